/**
 * A withdrawn article as readers meet it: behind nginx (deploy/nginx.conf with the build's
 * `_nginx-gone.conf`) and Cloudflare's runtime (the build's `_worker.js`), its address and its
 * aliases answer 410 Gone with the French withdrawal page and the site's security headers, which
 * Chromium shows styled, without CSP violation or axe violation, light and dark; everything else,
 * the former addresses' 301s included, is served as before (test/browser/redirects.test.ts also
 * checks that the host files are not served). Elsewhere the page is at the address.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/security-headers';
import { palette } from '../../src/styles/theme';
import { articleFile, validArticle } from '../../tools/build';
import { serveStatic, type StaticServer } from '../../tools/serve';
import { hostNames } from '../helpers/hosts';
import { useBuiltFixture, useHost } from '../helpers/served-site';
import { cssRgb } from '../helpers/theme';

const withdrawnPaths = ['/articles/retire/', '/articles/ancien-retire/', '/2023/09/vieux.html'];
const body = 'Phrase litigieuse xylophonique.';

const fixture = useBuiltFixture({
  'retire.md': articleFile(
    `${validArticle.frontmatter.replace('Un titre', 'Un titre diffamatoire')}\naliases: ["/articles/ancien-retire/", "/2023/09/vieux.html"]\nwithdrawn:\n  date: "2026-12-01T09:00:00+01:00"\n  reason: "À la demande de l'éditeur."`,
    body,
  ),
  'vivant.md': articleFile(
    `${validArticle.frontmatter.replace('Un titre', 'Un article vivant')}\naliases: ["/articles/ancien-vivant/"]`,
  ),
});

describe.each(hostNames)('served by %s', (hostName) => {
  const host = useHost(hostName, () => fixture.dir);

  it.each(withdrawnPaths)('answers %s with 410 Gone, the French page and the security headers', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await fetch(host.origin + path, { method, redirect: 'manual' });
      expect(response.status, method).toBe(410);
      expect(response.headers.get('content-type'), method).toMatch(/^text\/html/);
      for (const [name, value] of securityHeaders()) expect(response.headers.get(name), name).toBe(value);
      const text = await response.text();
      if (method === 'HEAD') continue;
      expect(text).toContain('<h1');
      expect(text).toContain('Cet article a été retiré');
      expect(text).toContain('<meta name="robots" content="noindex">');
      expect(text).not.toContain(body);
      expect(text).not.toContain('Un titre diffamatoire');
    }
  });

  it('answers 410 even to a browser revalidating its copy', async () => {
    const first = await fetch(`${host.origin}/articles/retire/`);
    const etag = first.headers.get('etag') ?? '"x"';
    const again = await fetch(`${host.origin}/articles/retire/`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Cet article a été retiré');
  });

  it.each((['light', 'dark'] as const).flatMap((scheme) => withdrawnPaths.slice(0, 2).map((path) => [scheme, path])))(
    'shows Chromium the page in %s at %s, styled, with no CSP or axe violation',
    async (scheme, path) => {
      const context = await fixture.browser.newContext({ colorScheme: scheme as 'light' | 'dark' });
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          w.__csp.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
        );
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        // The document's own 410 is reported as a failed load; nothing else may fail.
        if (message.type() === 'error' && !/status of 410/.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const response = await page.goto(host.origin + path);
        expect(response?.status()).toBe(410);
        expect(page.url()).toBe(host.origin + path);
        expect(await page.locator('h1').innerText()).toBe('Cet article a été retiré');
        await page.getByRole('link', { name: 'Revenir à la page d’accueil et aux derniers articles' }).isVisible();
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
        expect(errors).toEqual([]);
        const style = await page.evaluate(() => {
          const computed = getComputedStyle(document.body);
          return { background: computed.backgroundColor, text: computed.color };
        });
        expect(style).toEqual({
          background: cssRgb(palette[scheme as 'light' | 'dark'].bg),
          text: cssRgb(palette[scheme as 'light' | 'dark'].text),
        });
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('serves everything else as before: the live article, its former address, the home page, a 404', async () => {
    const live = await fetch(`${host.origin}/articles/vivant/`, { redirect: 'manual' });
    expect(live.status).toBe(200);
    expect(live.headers.get('content-security-policy')).toBe(securityHeaders()[0]![1]);
    const moved = await fetch(`${host.origin}/articles/ancien-vivant/`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(new URL(moved.headers.get('location')!, host.origin).pathname).toBe('/articles/vivant/');
    const home = await fetch(`${host.origin}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).not.toContain('/articles/retire/');
    expect((await fetch(`${host.origin}/articles/jamais/`, { redirect: 'manual' })).status).toBe(404);
  });
});

describe('on a server that reads no host file', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(fixture.dir);
  });
  afterAll(() => server?.close());

  it.each(withdrawnPaths)('the page at %s says the article was withdrawn, not to be indexed', async (path) => {
    const page = await fixture.browser.newPage();
    try {
      const response = await page.goto(server.origin + path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').innerText()).toBe('Cet article a été retiré');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('body').innerText()).not.toContain(body);
    } finally {
      await page.close();
    }
  });
});
