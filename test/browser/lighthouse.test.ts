/**
 * Lighthouse on the home and article pages as deployed (each host, its own headers), with the
 * site built for that origin so canonical URLs are the page's own. Accessibility, best practices
 * and SEO are pass/fail audits and must score 100; performance is a timing, so it is reported
 * here and measured by `npm run bench`, never asserted.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { hostNames, startHost, type Host } from '../helpers/hosts';
import { seedSlug } from '../helpers/paths';
import { freePort } from '../helpers/port';

let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || (await (await import('@sparticuz/chromium')).default.executablePath()),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});
afterAll(() => chrome?.kill());

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
  ])(
    'the %s page scores 100 in accessibility, best practices and SEO',
    async (_, path) => {
      const result = await lighthouse(host.origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories, audits } = result!.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failed = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      console.log(
        `Lighthouse ${hostName} ${path}: performance ${score('performance')}, failed audits: ${failed.join(', ') || 'none'}`,
      );
      expect({
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      }).toEqual({
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
      });
    },
    120_000,
  );
});
