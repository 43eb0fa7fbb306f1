/**
 * After the build: write the hosts' header files (src/lib/security-headers.ts), remove from dist/
 * what the build did not make, and give the pages' text files brotli and gzip twins
 * (./precompress.ts), unless the build is for a host that compresses itself (src/site.ts); a
 * rebuild only looks at the files it wrote. The search index's folders are its own
 * integration's (./search-index.ts).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { sha256 } from '../cache-files';
import { netlifyHeaders, nginxHeaders } from '../lib/security-headers';
import { pageCsp } from '../lib/page-csp';
import { site } from '../site';
import { buildOutputs, isStale, type BuildOutputs } from './build-outputs';
import { COMPRESSED_CACHE_DIR, COMPRESSIBLE, precompress, twinSource, twinsOf } from './precompress';
import { SEARCH_BUNDLE_DIR, SEARCH_STAGING_DIR } from './search-index';

/**
 * The folders of dist/ that are not the pages': like Astro's own emptying of dist/, a .git folder
 * there (a deploy branch) is left alone, and the search index's folders are written, swapped and
 * compressed by their own integration (search-index.ts), whose engine may still be writing them.
 */
const NOT_PAGES = new Set(['.git', SEARCH_BUNDLE_DIR, SEARCH_STAGING_DIR]);

/**
 * Every regular file of the pages under `root`, as paths relative to it, listed once per build:
 * pruning and compressing share the listing. Read synchronously: at the end of the build only
 * Pagefind's indexing shares the main thread, and it waits no longer than the listing takes.
 * dist/ at 10,000 articles (51,000 files in 10,500 folders) is listed in 0.2 s, where promises
 * reading 64 folders at a time took 0.28 to 0.72 s, Node's recursive `readdir` 0.64 to 1.3 s, and
 * joining each name with `path.join` added 0.15 s: names read from the disk need no normalising.
 */
function listFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(root + sep + folder, { withFileTypes: true })) {
      const path = folder === '' ? entry.name : folder + sep + entry.name;
      if (entry.isDirectory()) {
        if (!(folder === '' && NOT_PAGES.has(entry.name))) visit(path);
      } else if (entry.isFile()) files.push(path);
    }
  };
  visit('');
  return files;
}

const isTwin = (file: string) => twinSource(file) !== undefined;

/**
 * dist/ is not emptied before a build (`vite.build.emptyOutDir: false` in astro.config.mjs):
 * deleting and copying back tens of thousands of unchanged pages, cards and twins took most of a
 * rebuild. So remove here what this build did not make (./build-outputs.ts: pages of deleted
 * articles, old assets), and twins whose file is gone, or all of them when the build is to have
 * none; return the files left.
 */
async function prune(
  outputs: BuildOutputs,
  files: readonly string[],
  twins: boolean,
): Promise<{ left: string[]; pruned: number }> {
  const { outDir } = outputs;
  const stale = new Set(files.filter((file) => !isTwin(file) && isStale(outputs, file)));
  const present = new Set(files);
  for (const file of files.filter(isTwin)) {
    const source = twinSource(file)!;
    if (!twins || stale.has(source) || !present.has(source)) stale.add(file);
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
  return { left: files.filter((file) => !stale.has(file)), pruned: stale.size };
}

/**
 * What each file looked like when it was last compressed (`size:mtime`), per output folder: a
 * rebuild compresses only the files it wrote, not the whole archive again.
 */
type Compressed = Record<string, string>;
const signature = (path: string) => {
  const info = statSync(path);
  return `${info.size}:${info.mtimeMs}`;
};

/**
 * Write `_headers` (Netlify, Cloudflare Pages) and `_nginx-headers.conf`; remove what this build
 * did not make (see `prune`); give each page written by this build a CSP naming its own inline
 * code only (src/lib/page-csp.ts); write `.br`/`.gz` twins. It runs after every integration that
 * writes into dist/ (the sitemap, the redirects), so astro.config.mjs lists it after them.
 */
export function deployFiles(): AstroIntegration {
  let startedAt = 0;
  return {
    name: 'liseuse:deploy-files',
    hooks: {
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outputs = buildOutputs(dir, assets, startedAt);
        const { outDir } = outputs;
        // Built for Netlify or Cloudflare, which compress what they send (src/site.ts): no twins,
        // and nginx's include left out too.
        const twins = site.host === 'all';
        await writeFile(join(outDir, '_headers'), netlifyHeaders());
        if (twins) await writeFile(join(outDir, '_nginx-headers.conf'), nginxHeaders());
        const { left: listed, pruned } = await prune(outputs, listFiles(outDir), twins);
        if (pruned > 0) logger.info(`${pruned} files of earlier builds removed`);

        await mkdir(COMPRESSED_CACHE_DIR, { recursive: true });
        // The record's version changes when what is done to a file before compressing it, or the
        // compression itself, does: every twin is then written again.
        const record = join(COMPRESSED_CACHE_DIR, `dist-v3-${sha256(outDir).slice(0, 16)}.json`);
        const before = JSON.parse(await readFile(record, 'utf8').catch(() => '{}')) as Compressed;
        const after: Compressed = {};
        const present = new Set(listed);
        // The hosts' own files at the root (`_worker.js`, `_routes.json`) are read by the host, never
        // sent to a reader: a twin of them would only be a stray public file.
        const files = listed.filter((file) => COMPRESSIBLE.test(file) && !/^_[^/\\]*$/.test(file));
        // First what changed (a publish changes a few hundred files of tens of thousands: 13,700
        // synchronous stats take 0.12 to 0.2 s, 0.3 s with 64 promises in flight).
        const changed = files.filter((file) => {
          after[file] = signature(join(outDir, file));
          return before[file] !== after[file] || (twins && twinsOf(file).some((twin) => !present.has(twin)));
        });
        for (const file of changed.filter((file) => file.endsWith('.html'))) {
          const path = join(outDir, file);
          const html = readFileSync(path, 'utf8');
          const trimmed = pageCsp(html, file);
          if (trimmed !== html) {
            writeFileSync(path, trimmed);
            after[file] = signature(path);
          }
        }
        if (twins) await precompress(changed.map((file) => join(outDir, file)));
        await writeFile(record, JSON.stringify(after));
        logger.info(
          twins
            ? `header files written; ${files.length} files with brotli and gzip twins (${changed.length} compressed or taken from the cache, the others unchanged)`
            : `header files written for ${site.host}; no brotli or gzip twins: ${site.host} compresses what it sends`,
        );
      },
    },
  };
}
