/**
 * A build for one static host (LISEUSE_HOST, or the host's own NETLIFY / CF_PAGES): Netlify and
 * Cloudflare Pages compress what they send and read `_headers`, so dist/ carries no brotli or gzip
 * twins and no nginx includes, which they would publish as files (the includes list every former
 * and withdrawn address). Built again for every host, the same dist/ gets them back.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, rebuildFixture, validArticle, type FixtureBuild } from '../../tools/build';
import { startHost } from '../helpers/hosts';

const files = {
  'vivant.md': articleFile(`${validArticle.frontmatter}\naliases: ["/articles/ancien-vivant/"]`),
  'retire.md': articleFile(
    `${validArticle.frontmatter}\nwithdrawn:\n  date: "2026-12-01T09:00:00+01:00"\n  reason: "Retiré."`,
  ),
};

const NGINX_FILES = ['_nginx-headers.conf', '_nginx-redirects.conf', '_nginx-gone.conf'];
/** Cloudflare's worker of withdrawn articles, which a Netlify build leaves out. */
const WORKER_FILES = ['_worker.js', '_routes.json'];
const isTwin = (file: string) => /\.(br|gz)$/.test(file);

let everyHost: FixtureBuild;
let everyHostFiles: string[];
beforeAll(async () => {
  everyHost = await buildFixture(files);
  if (everyHost.code !== 0) throw new Error(everyHost.output);
  everyHostFiles = await readdir(everyHost.outDir, { recursive: true });
});

const read = (build: FixtureBuild, file: string) => readFile(join(build.outDir, file), 'utf8');

describe('a build for every host', () => {
  it('has nginx’s includes and the twins it serves precompressed', () => {
    expect(everyHostFiles).toEqual(expect.arrayContaining([...NGINX_FILES, 'index.html.br', 'index.html.gz']));
    expect(everyHostFiles.filter((file) => file.startsWith('pagefind/') && isTwin(file)).length).toBeGreaterThan(0);
  });
});

describe.each(['cloudflare', 'netlify'] as const)('the same dist/ built again for %s', (host) => {
  let build: FixtureBuild;
  let built: string[];
  beforeAll(async () => {
    build = await rebuildFixture(everyHost, {}, { LISEUSE_HOST: host });
    if (build.code !== 0) throw new Error(build.output);
    built = await readdir(build.outDir, { recursive: true });
  });

  it('has no twin, in the pages or the search index, and no nginx include', () => {
    expect(built.filter(isTwin)).toEqual([]);
    for (const file of NGINX_FILES) expect(built).not.toContain(file);
    // The pages themselves are all there.
    const content = (file: string) => !isTwin(file) && ![...NGINX_FILES, ...WORKER_FILES].includes(file);
    expect(built.filter(content).sort()).toEqual(everyHostFiles.filter(content).sort());
    expect(build.output).toContain(`no brotli or gzip twins: ${host} compresses what it sends`);
  });

  it('has the host’s own redirects, and a worker only for Cloudflare', async () => {
    const redirects = await read(build, '_redirects');
    expect(await read(build, '_headers')).toContain('Content-Security-Policy');
    if (host === 'netlify') {
      expect(redirects).toBe(
        '/articles/ancien-vivant/ /articles/vivant/ 301!\n/articles/retire/ /articles/retire/index.html 410!\n',
      );
      // Netlify would publish them as files.
      expect(existsSync(join(build.outDir, '_worker.js'))).toBe(false);
      expect(existsSync(join(build.outDir, '_routes.json'))).toBe(false);
    } else {
      expect(redirects).toBe('/articles/ancien-vivant/ /articles/vivant/ 301\n');
      expect(await read(build, '_worker.js')).toContain('/articles/retire/');
    }
  });
});

it('served by Cloudflare’s runtime from a Cloudflare build, sends no nginx include and no twin', async () => {
  const build = await rebuildFixture(everyHost, {}, { LISEUSE_HOST: '', CF_PAGES: '1' });
  expect(build.code, build.output).toBe(0);
  const host = await startHost('cloudflare', build.outDir);
  try {
    for (const path of ['/_nginx-redirects.conf', '/_nginx-gone.conf', '/_nginx-headers.conf', '/index.html.br']) {
      const response = await fetch(host.origin + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('/articles/ancien-vivant/');
    }
    const redirect = await fetch(`${host.origin}/articles/ancien-vivant/`, { redirect: 'manual' });
    expect(redirect.headers.get('location')).toBe('/articles/vivant/');
    expect((await fetch(`${host.origin}/articles/retire/`)).status).toBe(410);
  } finally {
    await host.stop();
  }
});

it('builds for every host with LISEUSE_HOST=all, even on a host’s own build machine', async () => {
  const build = await rebuildFixture(everyHost, {}, { LISEUSE_HOST: 'all', NETLIFY: 'true', CF_PAGES: '1' });
  expect(build.code, build.output).toBe(0);
  const built = await readdir(build.outDir, { recursive: true });
  expect(built).toEqual(expect.arrayContaining([...NGINX_FILES, ...WORKER_FILES, 'index.html.br', 'index.html.gz']));
});

it('refuses a host it does not know, naming LISEUSE_HOST', async () => {
  const build = await rebuildFixture(everyHost, {}, { LISEUSE_HOST: 'vercel' });
  expect(build.code).not.toBe(0);
  expect(build.output).toContain('LISEUSE_HOST must be all, netlify or cloudflare; got vercel');
});
