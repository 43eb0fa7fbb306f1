import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLOUDFLARE_ROUTE_LIMIT,
  cloudflareRoutes,
  cloudflareWorker,
  gonePaths,
  netlifyGone,
  nginxGone,
  type GonePath,
} from '../../../src/lib/withdrawn';
import { makeTempDir } from '../../../tools/temp-dir';

const withdrawn = [
  { id: 'retire', data: { aliases: ['/articles/ancien-titre/', '/2023/09/13/vieux.html', '/archives/sans-barre'] } },
  { id: 'autre', data: { aliases: [] } },
];
const paths = gonePaths(withdrawn);

describe('gonePaths', () => {
  it('gives each withdrawn article its own address and its aliases, all leading to its page', () => {
    expect(paths).toEqual([
      { from: '/articles/retire/', page: '/articles/retire/' },
      { from: '/articles/ancien-titre/', page: '/articles/retire/' },
      { from: '/2023/09/13/vieux.html', page: '/articles/retire/' },
      { from: '/archives/sans-barre', page: '/articles/retire/' },
      { from: '/articles/autre/', page: '/articles/autre/' },
    ]);
  });
});

describe('nginx', () => {
  it('answers each address, with and without its trailing slash, 410 with the withdrawal page as body', () => {
    expect(nginxGone(paths.slice(0, 4))).toBe(
      [
        ['/articles/retire/', '/articles/retire/index.html'],
        ['/articles/retire', '/articles/retire/index.html'],
        ['/articles/ancien-titre/', '/articles/retire/index.html'],
        ['/articles/ancien-titre', '/articles/retire/index.html'],
        ['/2023/09/13/vieux.html', '/articles/retire/index.html'],
        ['/archives/sans-barre', '/articles/retire/index.html'],
        ['/archives/sans-barre/', '/articles/retire/index.html'],
      ]
        .map(([from, page]) => `location = ${from} {\n    error_page 410 ${page};\n    return 410;\n}\n`)
        .join(''),
    );
  });

  it('writes nothing when no article is withdrawn (the include stays valid)', () => {
    expect(nginxGone([])).toBe('');
  });
});

describe('Netlify', () => {
  it('gets one forced 410 rule per address, with the withdrawal page as body', () => {
    expect(netlifyGone(paths)).toBe(
      [
        '/articles/retire/ /articles/retire/index.html 410!',
        '/articles/ancien-titre/ /articles/retire/index.html 410!',
        '/2023/09/13/vieux.html /articles/retire/index.html 410!',
        '/archives/sans-barre /articles/retire/index.html 410!',
        '/articles/autre/ /articles/autre/index.html 410!',
        '',
      ].join('\n'),
    );
  });
});

describe('Cloudflare Pages', () => {
  it('runs the worker only for the withdrawn addresses', () => {
    expect(cloudflareRoutes(paths)).toEqual({
      version: 1,
      include: paths.map(({ from }) => from),
      exclude: [],
    });
  });

  it('runs the worker for every request past the 100 rules or 100 characters Pages reads', () => {
    const many = Array.from({ length: CLOUDFLARE_ROUTE_LIMIT + 1 }, (_, index) => ({
      from: `/articles/a${index}/`,
      page: `/articles/a${index}/`,
    }));
    expect(cloudflareRoutes(many).include).toEqual(['/*']);
    expect(cloudflareRoutes(many.slice(1)).include).toHaveLength(CLOUDFLARE_ROUTE_LIMIT);
    const long = `/articles/${'a'.repeat(CLOUDFLARE_ROUTE_LIMIT)}/`;
    expect(cloudflareRoutes([{ from: long, page: long }]).include).toEqual(['/*']);
  });

  /** Load the generated worker as Pages would: an ES module whose default export has `fetch`. */
  async function loadWorker(gone: readonly GonePath[]) {
    const file = join(await makeTempDir('liseuse-worker-'), '_worker.js');
    await writeFile(file, cloudflareWorker(gone));
    const module = (await import(pathToFileURL(file).href)) as {
      default: { fetch(request: Request, env: unknown): Promise<Response> };
    };
    const seen: Request[] = [];
    // Pages' static assets: each page as its own body, with a header from `_headers` and an ETag.
    const env = {
      ASSETS: {
        fetch: (request: Request) => {
          seen.push(request);
          const { pathname } = new URL(request.url);
          return Promise.resolve(
            new Response(request.method === 'HEAD' ? null : `page ${pathname}`, {
              status: request.headers.has('If-None-Match') ? 304 : 200,
              headers: { 'Content-Security-Policy': "frame-ancestors 'none'", ETag: '"abc"' },
            }),
          );
        },
      },
    };
    return { fetch: (url: string, init?: RequestInit) => module.default.fetch(new Request(url, init), env), seen };
  }

  it('answers a withdrawn address and each alias with 410 and the withdrawal page, headers kept', async () => {
    const worker = await loadWorker(paths);
    for (const { from, page } of paths) {
      const response = await worker.fetch(`https://liseuse.example${from}`, { headers: { 'If-None-Match': '"abc"' } });
      expect(response.status, from).toBe(410);
      expect(await response.text(), from).toBe(`page ${page}`);
      expect(response.headers.get('Content-Security-Policy'), from).toBe("frame-ancestors 'none'");
      // A 410 is never revalidated into an empty 304.
      expect(response.headers.has('ETag'), from).toBe(false);
    }
    const head = await worker.fetch('https://liseuse.example/articles/retire/', { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([410, '']);
  });

  it('passes every other request to the static assets untouched, matching paths exactly', async () => {
    const worker = await loadWorker(paths);
    for (const path of [
      '/',
      '/articles/autre-chose/',
      // Not the exact path: Pages itself redirects these forms to the one with the slash.
      '/articles/retire',
      '/articles/retire/index.html',
      '/ARTICLES/RETIRE/',
      '/articles/%72etire/',
      '/articles/retire/?x=1',
    ]) {
      const response = await worker.fetch(`https://liseuse.example${path}`);
      if (path.includes('?')) {
        // The query string is not part of the path: still the withdrawn address.
        expect(response.status, path).toBe(410);
        continue;
      }
      expect(response.status, path).toBe(200);
      expect(worker.seen.at(-1)?.url, path).toBe(`https://liseuse.example${path}`);
    }
  });
});

describe('hostile paths', () => {
  // Aliases are checked by the schema (aliasProblem) and ids are slugs; the generators refuse
  // anything else again rather than write it into a server's configuration.
  it.each([
    '/articles/x; return 200 pwned/',
    '/articles/x/\nlocation / { return 200; }',
    '/articles/"x"/',
    "/articles/');fetch('//evil.example');('/",
    '/articles/${x}/',
    '//evil.example/',
    'https://evil.example/',
    '/articles/../_worker.js',
    '/articles/x/ /https://evil.example/ 301',
    '/articles/café/',
  ])('refuses %j in every host file', (path) => {
    for (const gone of [[{ from: path, page: '/articles/x/' }], [{ from: '/articles/x/', page: path }]]) {
      expect(() => nginxGone(gone)).toThrow(/not a plain site path/);
      expect(() => netlifyGone(gone)).toThrow(/not a plain site path/);
      expect(() => cloudflareWorker(gone)).toThrow(/not a plain site path/);
      expect(() => cloudflareRoutes(gone)).toThrow(/not a plain site path/);
    }
  });

  it('writes one rule per line and one location per block, nothing else', () => {
    expect(
      nginxGone(paths)
        .split('\n')
        .filter((line) => line.startsWith('location')),
    ).toHaveLength(9);
    expect(netlifyGone(paths).trimEnd().split('\n')).toHaveLength(paths.length);
    // The worker's table is JSON: exactly the paths given, as data.
    const table = /const GONE = new Map\((.*)\);\n/.exec(cloudflareWorker(paths))?.[1];
    expect(JSON.parse(table!)).toEqual(paths.map(({ from, page }) => [from, page]));
  });
});
