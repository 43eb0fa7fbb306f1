/**
 * Lighthouse on the home and article pages as deployed (each host, its own headers), with the
 * site built for that origin so canonical URLs are the page's own. Accessibility, best practices
 * and SEO are pass/fail audits and must score 100; performance is a timing, so it is reported
 * here and measured by `npm run bench`, never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLighthouse } from '../../bench/lighthouse';
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
  ])(
    'the %s page scores 100 in accessibility, best practices and SEO',
    async (_, path) => {
      const { performance, accessibility, bestPractices, seo, failed } = await lighthouse.audit(host.origin + path);
      console.log(
        `Lighthouse ${hostName} ${path}: performance ${performance}, failed audits: ${failed.join(', ') || 'none'}`,
      );
      expect({ accessibility, bestPractices, seo }).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
    },
    120_000,
  );
});
