/**
 * Lighthouse on the home, article and search pages as deployed (each host, its own headers),
 * with the site built for that origin so canonical URLs are the page's own. Accessibility, best
 * practices and SEO are pass/fail audits and must score 100; nothing the reader sees may move
 * as a page loads (CLS under 0.01), the search page's results arriving included. Performance is
 * a timing, so it is reported here and measured by `npm run bench`, never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLighthouse, SEARCH_WITH_QUERY } from '../../bench/lighthouse';
import { buildSite } from '../../tools/build';
import { hostNames, startHost, type Host } from '../helpers/hosts';
import { seedSlug } from '../../tools/paths';
import { freePort } from '../helpers/port';

let lighthouse: Awaited<ReturnType<typeof openLighthouse>>;
beforeAll(async () => {
  lighthouse = await openLighthouse();
});
afterAll(() => lighthouse?.close());

describe.each(hostNames)('served by %s', (hostName) => {
  let host: Host;
  beforeAll(async () => {
    const port = await freePort();
    const build = await buildSite({ SITE_URL: `http://127.0.0.1:${port}` });
    if (build.code !== 0) throw new Error(build.output);
    host = await startHost(hostName, build.outDir, port);
  }, 240_000);
  afterAll(() => host?.stop());

  it.each([
    ['home', '/'],
    ['article', `/articles/${seedSlug}/`],
    ['search, with a query,', SEARCH_WITH_QUERY],
    ['search', '/recherche/'],
  ])(
    'the %s page scores 100 in accessibility, best practices and SEO, and nothing on it moves',
    async (_, path) => {
      const { performance, accessibility, bestPractices, seo, cls, failed } = await lighthouse.audit(
        host.origin + path,
      );
      console.log(
        `Lighthouse ${hostName} ${path}: performance ${performance}, CLS ${cls}, failed audits: ${failed.join(', ') || 'none'}`,
      );
      expect({ accessibility, bestPractices, seo }).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
      expect(cls).toBeLessThan(0.01);
    },
    120_000,
  );
});
