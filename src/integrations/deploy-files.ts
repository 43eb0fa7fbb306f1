/**
 * After the build: write the hosts' header files (src/lib/security-headers.ts), remove from dist/
 * what the build did not make, and precompress text files so servers send brotli or gzip without
 * compressing on each request. Compressed files are cached by content hash, and a rebuild only
 * looks at the files it wrote.
 */
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { reuse, sha256 } from '../cache-files';
import { netlifyHeaders, nginxHeaders } from '../lib/security-headers';
import { pageCsp } from '../lib/page-csp';
import { SEARCH_BUNDLE_DIR, SEARCH_STAGING_DIR } from './search-index';
import { site } from '../site';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest|opml)$/;

/**
 * Brotli quality 5, measured on built article pages (`npm run bench`, bench/RESULTS.md): about
 * 40 MB/s on one core where quality 11 makes 1 MB/s, for files about 8 % larger (an article's
 * first view grows from 6.6 to 7.2 KB, well inside its 14 KB budget). At 11, compression took as
 * long as rendering every page. gzip 9 costs no more than 6 here and stays.
 */
export const BROTLI_QUALITY = 5;

const encoders = {
  br: (content: Buffer) =>
    promisify(brotliCompress)(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
  gz: (content: Buffer) => promisify(gzip)(content, { level: 9 }),
};

/** Write `${path}.br` and `${path}.gz` of `content`, from the cache when this exact content was compressed before. */
async function precompress(path: string, content: Buffer, cacheDir: string): Promise<void> {
  const hash = sha256(content);
  await Promise.all(
    Object.entries(encoders).map(async ([extension, encode]) => {
      // The quality is part of the name: changing it never serves files compressed at the old one.
      const cached = join(cacheDir, `${hash}.${extension === 'br' ? `q${BROTLI_QUALITY}.` : ''}${extension}`);
      const twin = `${path}.${extension}`;
      // The previous twin may be a link into the cache: remove it, never write through it.
      await rm(twin, { force: true });
      try {
        await reuse(cached, twin);
      } catch {
        const compressed = await encode(content);
        await writeFile(cached, compressed);
        await reuse(cached, twin);
      }
    }),
  );
}

/** Run `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** File system calls in flight at once when looking through dist/: one at a time took seconds at 10,000 articles. */
const STAT_CONCURRENCY = 64;

/**
 * Every regular file under `root`, as paths relative to it. Folders are read in parallel: Node's
 * recursive `readdir` reads one at a time, 1.3 s for dist/ at 10,000 articles where this takes 0.5 s.
 */
async function listFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(join(root, folder), { withFileTypes: true });
    const folders: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) folders.push(join(folder, entry.name));
      else if (entry.isFile()) files.push(join(folder, entry.name));
    }
    await Promise.all(folders.map(visit));
  };
  await visit('');
  return files;
}

const isTwin = (file: string) => /\.(br|gz)$/.test(file) && COMPRESSIBLE.test(file.slice(0, -3));

/**
 * dist/ is not emptied before a build (`vite.build.emptyOutDir: false` in astro.config.mjs):
 * deleting and copying back tens of thousands of unchanged pages, cards and twins took most of a
 * rebuild. So remove here what this build did not make: files that are none of its pages and
 * were not written during it (pages of deleted articles, old assets), and twins whose file is gone.
 */
async function prune(outDir: string, outputs: ReadonlySet<string>, since: number): Promise<number> {
  const files = (await listFiles(outDir))
    // Like Astro's own emptying of dist/, a .git folder there (a deploy branch) is left alone;
    // the search index's folders are rewritten whole by their own integration (search-index.ts).
    .filter((file) => !['.git', SEARCH_BUNDLE_DIR, SEARCH_STAGING_DIR].some((dir) => file.startsWith(`${dir}${sep}`)));
  const stale = new Set<string>();
  await eachLimited(
    files.filter((file) => !isTwin(file) && !outputs.has(file)),
    STAT_CONCURRENCY,
    async (file) => {
      if ((await stat(join(outDir, file))).mtimeMs < since) stale.add(file);
    },
  );
  const present = new Set(files);
  for (const file of files.filter(isTwin)) {
    const source = file.slice(0, -3);
    if (stale.has(source) || !present.has(source)) stale.add(file);
  }
  for (const file of stale) await rm(join(outDir, file));
  // Folders left empty (an article's, a listing page's) go too, deepest first; rmdir refuses the others.
  const folders = new Set<string>();
  for (let folder of [...stale].map(dirname)) {
    for (; folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(join(outDir, folder)).catch(() => {});
  }
  return stale.size;
}

/**
 * What each file looked like when it was last compressed (`size:mtime`), per output folder: a
 * rebuild compresses only the files it wrote, not the whole archive again.
 */
type Compressed = Record<string, string>;
const signature = async (path: string) => {
  const info = await stat(path);
  return `${info.size}:${info.mtimeMs}`;
};

/**
 * Remove from dist/ what this build did not make (see `prune`). It must run before deployFiles,
 * which compresses whatever dist/ holds, so astro.config.mjs lists it first.
 */
export function pruneStaleFiles(): AstroIntegration {
  let startedAt = 0;
  return {
    name: 'liseuse:prune-stale-files',
    hooks: {
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputs = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        const pruned = await prune(outDir, outputs, startedAt);
        if (pruned > 0) logger.info(`${pruned} files of earlier builds removed`);
      },
    },
  };
}

/**
 * Write `_headers` (Netlify, Cloudflare Pages) and `_nginx-headers.conf`; give each page written by
 * this build a CSP naming its own inline code only (src/lib/page-csp.ts); write `.br`/`.gz` twins.
 */
export function deployFiles(): AstroIntegration {
  return {
    name: 'liseuse:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), netlifyHeaders());
        await writeFile(join(outDir, '_nginx-headers.conf'), nginxHeaders());

        const cacheDir = join(site.cacheDir, 'liseuse-compressed');
        await mkdir(cacheDir, { recursive: true });
        // The record's version changes when what is done to a file before compressing it does.
        const record = join(cacheDir, `dist-v2-${sha256(outDir).slice(0, 16)}.json`);
        const before = JSON.parse(await readFile(record, 'utf8').catch(() => '{}')) as Compressed;
        const after: Compressed = {};
        // The hosts' own files at the root (`_worker.js`, `_routes.json`) are read by the host, never
        // sent to a reader: a twin of them would only be a stray public file.
        const listed = await listFiles(outDir);
        const present = new Set(listed);
        const files = listed.filter((file) => COMPRESSIBLE.test(file) && !/^_[^/\\]*$/.test(file));
        // First what changed, many stats in flight (a publish changes a few hundred files of tens of
        // thousands); then the compression, as many at a time as libuv's thread pool runs.
        const changed: string[] = [];
        await eachLimited(files, STAT_CONCURRENCY, async (file) => {
          const now = await signature(join(outDir, file));
          after[file] = now;
          if (before[file] !== now || !present.has(`${file}.br`) || !present.has(`${file}.gz`)) changed.push(file);
        });
        // zlib works on libuv's thread pool: keep every core busy.
        await eachLimited(changed, availableParallelism() * 2, async (file) => {
          const path = join(outDir, file);
          let content = await readFile(path);
          if (file.endsWith('.html')) {
            const html = content.toString('utf8');
            const trimmed = pageCsp(html, file);
            if (trimmed !== html) {
              content = Buffer.from(trimmed);
              await writeFile(path, content);
              after[file] = await signature(path);
            }
          }
          await precompress(path, content, cacheDir);
        });
        await writeFile(record, JSON.stringify(after));
        logger.info(
          `header files written; ${files.length} files with brotli and gzip twins (${changed.length} compressed or taken from the cache, the others unchanged)`,
        );
      },
    },
  };
}
