/**
 * The search index, built by Pagefind while Astro renders the pages. As soon as Astro lists the
 * articles, the article route hands over one small document per article (src/search-documents.ts:
 * title, dek and text, with what a result shows and filters by); Pagefind, a process of its own,
 * indexes them on another core while the build goes on, and after the build this integration
 * writes the index into `dist/pagefind/`, which /recherche/ loads only when a reader runs a query.
 *
 * Indexing the built pages instead meant reading all of them back after the build, in every build:
 * 48 s at 10,000 articles, longer than the rest of a rebuild after one correction.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder, under the site's root, that /recherche/ imports `pagefind.js` from. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** One article as Pagefind indexes it: its URL and an HTML document marked with `data-pagefind-*`. */
export interface SearchDocument {
  url: string;
  html: string;
}

/**
 * Pagefind also writes its ready-made interfaces; liseuse has its own (src/pages/recherche/), so
 * they are left out: nothing unused is published.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Documents sent to Pagefind at once: enough to keep it busy, few enough to keep memory flat. */
const BATCH = 64;

/**
 * Where the article route finds this build's index. Astro runs the pages' code and the
 * integrations in one process but from separate module graphs, so a module variable would not be
 * shared; a registered symbol on the global object is.
 */
const SLOT = Symbol.for('liseuse.search-index');
interface Build {
  indexing?: Promise<{ index: pagefind.PagefindIndex; count: number }>;
  since?: number;
}
const slot = globalThis as typeof globalThis & { [SLOT]?: Build };

/** Throw the errors Pagefind reports, which it returns instead of throwing. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

async function indexDocuments(documents: Iterator<SearchDocument>) {
  const { errors, index } = await pagefind.createIndex({});
  check('createIndex', errors);
  let count = 0;
  let next = documents.next();
  while (next.done !== true) {
    const batch: SearchDocument[] = [];
    for (; next.done !== true && batch.length < BATCH; next = documents.next()) batch.push(next.value);
    const added = await Promise.all(batch.map(({ url, html }) => index!.addHTMLFile({ url, content: html })));
    for (const { errors } of added) check('indexing', errors);
    count += batch.length;
  }
  return { index: index!, count };
}

/**
 * Start indexing `documents` in the background; the build writes the index when it is done.
 * Outside a build (the dev server), nothing happens.
 */
export function indexForSearch(documents: Iterator<SearchDocument>): void {
  const build = slot[SLOT];
  if (!build || build.indexing) return;
  build.since = performance.now();
  build.indexing = indexDocuments(documents);
  // A failure is thrown where the build waits for the index, not here.
  build.indexing.catch(() => {});
}

/** Write the index Pagefind holds into `outDir/pagefind/`. */
async function writeIndex(index: pagefind.PagefindIndex, outDir: string): Promise<void> {
  const outputPath = join(outDir, SEARCH_BUNDLE_DIR);
  // A rebuild into the same folder must not serve fragments of articles that are gone.
  await rm(outputPath, { recursive: true, force: true });
  // Pagefind writes the files itself: passing tens of thousands of them through its pipe as
  // base64 took seconds.
  const { errors } = await index.writeFiles({ outputPath });
  check('writing', errors);
  for (const file of await readdir(outputPath)) {
    if (UNUSED.test(file)) await rm(join(outputPath, file));
  }
}

/** Index the articles for search during the build; must come before the precompression of deploy-files. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'liseuse:search-index',
    hooks: {
      'astro:build:start': () => {
        slot[SLOT] = {};
      },
      'astro:build:done': async ({ dir, logger }) => {
        const build = slot[SLOT]!;
        const waited = performance.now();
        try {
          // No article route ran (an empty collection): the search page still gets an index to load.
          const { index, count } = await (build.indexing ?? indexDocuments([].values()));
          await writeIndex(index, fileURLToPath(dir));
          const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
          logger.info(
            `${count} article${count === 1 ? '' : 's'} indexed for search in ${seconds(build.since ?? waited)} s, alongside the pages; the build waited ${seconds(waited)} s for it`,
          );
        } finally {
          delete slot[SLOT];
          // The Pagefind service is a child process: the build would never exit while it runs.
          await pagefind.close();
        }
      },
    },
  };
}
