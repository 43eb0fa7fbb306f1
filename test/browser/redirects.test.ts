/**
 * Former addresses as readers follow them: a permanent redirect from nginx and from Cloudflare's
 * runtime (their own servers, with the build's include and `_redirects`), the #fragment kept in
 * Chromium, and the fallback page on a server that reads neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFile, validArticle } from '../../tools/build';
import { serveStatic, type StaticServer } from '../../tools/serve';
import { securityHeaders } from '../../src/lib/security-headers';
import { hostNames } from '../helpers/hosts';
import { useBuiltFixture, useHost } from '../helpers/served-site';

const aliases = ['/articles/ancien-titre/', '/articles/sans-barre', '/2023/09/13/poutine-kim.html'];

const fixture = useBuiltFixture({
  'nouveau-titre.md': articleFile(
    `${validArticle.frontmatter.replace('Un titre', 'Le nouveau titre')}\naliases: ${JSON.stringify(aliases)}`,
    'Premier paragraphe.\n\n## Un intertitre\n\nDeuxième paragraphe.',
  ),
  'autre.md': articleFile(validArticle.frontmatter),
  // A withdrawn article puts a _worker.js in front of Cloudflare's static assets: the
  // redirects must not notice (test/browser/withdrawn.test.ts tests the article itself).
  'retire.md': articleFile(
    `${validArticle.frontmatter}\nwithdrawn:\n  date: "2026-12-01T09:00:00+01:00"\n  reason: "Retiré."`,
  ),
});

describe.each(hostNames)('served by %s', (hostName) => {
  const host = useHost(hostName, () => fixture.dir);

  it.each(aliases)('answers %s with a permanent redirect to the article', async (alias) => {
    const response = await fetch(host.origin + alias, { redirect: 'manual' });
    expect([301, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location')!, host.origin).href).toBe(`${host.origin}/articles/nouveau-titre/`);
  });

  it('sends its redirects with the security headers of every response', async () => {
    const response = await fetch(host.origin + aliases[0], { redirect: 'manual' });
    expect([301, 308]).toContain(response.status);
    for (const [name, value] of securityHeaders()) expect(response.headers.get(name), name).toBe(value);
  });

  it.each([
    ['/articles/ancien-titre', '/articles/nouveau-titre/'],
    ['/articles/ancien-titre/?utm_source=lettre', '/articles/nouveau-titre/?utm_source=lettre'],
  ])('takes %s, another form of an alias, to %s', async (from, to) => {
    const response = await fetch(host.origin + from);
    expect(response.status).toBe(200);
    expect(response.url).toBe(host.origin + to);
  });

  it('takes Chromium from an old link to the article, fragment kept', async () => {
    const page = await fixture.browser.newPage();
    try {
      const response = await page.goto(`${host.origin}/articles/ancien-titre/#un-intertitre`);
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(`${host.origin}/articles/nouveau-titre/#un-intertitre`);
      expect(await page.locator('h1').innerText()).toBe('Le nouveau titre');
      // The fragment still points into the page: the heading is where the browser scrolled.
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('un-intertitre');
    } finally {
      await page.close();
    }
  });

  it('still serves the article itself and answers 404 for an address that never was', async () => {
    expect((await fetch(`${host.origin}/articles/nouveau-titre/`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${host.origin}/articles/jamais/`, { redirect: 'manual' })).status).toBe(404);
  });

  it('does not serve its redirect files, nor the worker of withdrawn articles', async () => {
    // Cloudflare serves the nginx includes as any file (public facts: where old links lead, which
    // addresses are gone); it never serves its worker.
    const hostFiles = ['/_redirects', '/_worker.js'];
    for (const path of hostName === 'nginx'
      ? [...hostFiles, '/_routes.json', '/_nginx-redirects.conf', '/_nginx-gone.conf']
      : hostFiles) {
      const response = await fetch(host.origin + path);
      // nginx answers 404; wrangler's runtime an error status of its own. Neither sends the file.
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await response.text(), path).not.toMatch(/\/articles\/(nouveau-titre|retire)\//);
    }
  });
});

describe('on a server that reads no redirect file', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(fixture.dir);
  });
  afterAll(() => server?.close());

  it.each(aliases)('the fallback page at %s sends Chromium on to the article', async (alias) => {
    const page = await fixture.browser.newPage();
    try {
      await page.goto(server.origin + alias);
      await page.waitForURL(`${server.origin}/articles/nouveau-titre/`);
      expect(await page.locator('h1').innerText()).toBe('Le nouveau titre');
    } finally {
      await page.close();
    }
  });
});
