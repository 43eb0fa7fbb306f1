/** Every built page is valid HTML (W3C Nu checker) and no internal link is broken (linkinator). */
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tools/paths';
import { hasJava, vnuErrors, vnuSkipReason } from '../helpers/vnu';

if (vnuSkipReason) console.warn(`vnu test skipped: ${vnuSkipReason}`);

describe('the built site', () => {
  it.skipIf(!hasJava)(
    'passes the W3C Nu HTML checker with 0 errors on every page',
    async () => {
      expect(await vnuErrors(distDir)).toEqual([]);
    },
    120_000,
  );

  it('has no broken internal link', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: distDir,
      recurse: true,
      // Only the site's own pages: the network is not part of the test.
      linksToSkip: (link) =>
        Promise.resolve(
          !link.startsWith('http://localhost') && !link.startsWith('http://127.0.0.1') && !link.startsWith('/'),
        ),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (from ${link.parent})`);
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  }, 120_000);
});
