/** deploy/nginx.conf on a real nginx, serving dist/: status codes, headers, compression, 404. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CACHE, MEDIA_CACHE, securityHeaders } from '../../src/lib/security-headers';
import { findNginx, startNginx, type Nginx } from '../helpers/nginx';
import { distDir, seedSlug } from '../../tools/paths';

const nginx = findNginx();
if ('reason' in nginx) console.warn(`nginx test skipped: ${nginx.reason}`);

describe.skipIf('reason' in nginx)('the site behind nginx', () => {
  let server: Nginx;
  const expected = securityHeaders();
  beforeAll(async () => {
    server = await startNginx((nginx as { path: string }).path, distDir);
  });
  afterAll(() => server?.stop());

  const get = (path: string, encoding = 'identity') =>
    fetch(server.origin + path, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });

  it.each(['/', `/articles/${seedSlug}/`, '/rss.xml', '/nexiste-pas/'])(
    'sends every security header on %s',
    async (path) => {
      const response = await get(path);
      for (const [name, value] of expected) expect(response.headers.get(name), name).toBe(value);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-(inline|eval)/);
      expect(response.headers.get('server')).toBe('nginx');
    },
  );

  it('serves pages with a short cache, UTF-8 HTML', async () => {
    const response = await get(`/articles/${seedSlug}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(PAGE_CACHE);
    expect(await response.text()).toBe(await readFile(join(distDir, 'articles', seedSlug, 'index.html'), 'utf8'));
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('sends the precompressed file for Accept-Encoding: %s', async (accept, encoding) => {
    const response = await get('/', accept);
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch decodes the body: it must be the page itself.
    expect(await response.text()).toBe(await readFile(join(distDir, 'index.html'), 'utf8'));
  });

  it('serves the web app manifest with its media type', async () => {
    const response = await get('/manifest.webmanifest');
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  });

  it('caches preview images for a day', async () => {
    const response = await get(`/og/${seedSlug}.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe(MEDIA_CACHE);
  });

  it('answers unknown addresses with the French 404 page and status 404', async () => {
    const response = await get('/articles/nexiste-pas/');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
  });

  it('does not serve the header files meant for other hosts', async () => {
    for (const path of ['/_headers', '/_nginx-headers.conf']) expect((await get(path)).status, path).toBe(404);
  });
});
