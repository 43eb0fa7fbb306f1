/** Every built page is valid HTML (W3C Nu checker) and no internal link is broken (linkinator). */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { ensureDebianPackages } from '../helpers/debian';
import { distDir } from '../helpers/paths';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
const java = ensureDebianPackages(['default-jre-headless'], () =>
  ['/usr/bin/java', '/usr/local/bin/java'].some((path) => existsSync(path)),
);
const hasJava = 'ok' in java;
if ('reason' in java) console.warn(`vnu test skipped: ${java.reason}`);

describe('the built site', () => {
  it.skipIf(!hasJava)(
    'passes the W3C Nu HTML checker with 0 errors on every page',
    async () => {
      const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
      // A page known to be invalid is checked with the site: silence from the checker is never a pass.
      const canary = join(await mkdtemp(join(tmpdir(), 'liseuse-vnu-')), 'canary.html');
      await writeFile(canary, '<!doctype html><html lang="fr"><title>x</title><p><div></p>');
      const { stdout, stderr } = await promisify(execFile)(
        java,
        ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', distDir, canary],
        { maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { stdout: string; stderr: string }) => error);
      const { messages } = JSON.parse(stderr || stdout) as {
        messages: Array<{ type: string; url: string; message: string; lastLine?: number }>;
      };
      const errors = messages
        .filter((message) => message.type === 'error')
        .map((message) => `${message.url.replace(/^file:.*\/dist/, '')}:${message.lastLine}: ${message.message}`);
      expect(errors.filter((error) => error.includes('canary.html')).length).toBeGreaterThan(0);
      expect(errors.filter((error) => !error.includes('canary.html'))).toEqual([]);
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
