/**
 * The search index, built by Pagefind while Astro renders the pages. As soon as Astro lists the
 * articles, the article route hands over one small document per article (src/search-documents.ts:
 * title, dek and text, with what a result shows and filters by); Pagefind, a process of its own,
 * indexes them on another core while the build goes on and writes the index as soon as it is
 * complete; at the end of the build it becomes `dist/pagefind/`, which /recherche/ loads only
 * when a reader runs a query.
 *
 * Pagefind cannot update an index, and Astro lists the articles only after loading the whole
 * collection (12 s at 10,000 articles). So each build also keeps its documents in the cache
 * folder, and the next one starts, as soon as it starts, by sending Pagefind the documents of the
 * article files that have not changed since; when the route then hands over the fresh documents,
 * only the new and edited ones are left to send. A kept document is used only if it is exactly
 * the fresh one (same SHA-256): if the code that makes documents changed, the index starts over.
 * Indexing the built pages instead, as Pagefind usually does, meant reading all of them back
 * after every build: 48 s at 10,000 articles, longer than the rest of a rebuild.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { reuse, sha256, writeAtomically } from '../cache-files';
import { site } from '../site';

/** The folder, under the site's root, that /recherche/ imports `pagefind.js` from. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** Where, beside it in dist/, the index is written during the build, then renamed at its end. */
export const SEARCH_STAGING_DIR = '.pagefind-next';

/** One article as Pagefind indexes it: its URL, an HTML document marked with `data-pagefind-*`, and its Markdown file. */
export interface SearchDocument {
  url: string;
  html: string;
  /** The article's file, as Astro names it (relative to the project's root). */
  source: string;
}

/** A document kept for the next build, under `hash` in the cache, valid while its file hashes to `sourceHash`. */
interface KeptDocument {
  url: string;
  hash: string;
  source: string;
  sourceHash: string;
}

/**
 * Pagefind also writes its ready-made interfaces; liseuse has its own (src/pages/recherche/), so
 * they are left out: nothing unused is published.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Documents sent to Pagefind at once: enough to keep it busy, few enough to keep memory flat. */
const BATCH = 64;

const cacheDir = join(site.cacheDir, 'liseuse-search');
const keptList = join(cacheDir, 'documents.json');
const keptFile = (hash: string) => join(cacheDir, `${hash}.html`);
/** The kept documents a build starts with, as pages for Pagefind to read. */
const earlyDir = join(cacheDir, 'early');

/** What identifies a document's content, URL included. */
export const documentHash = ({ url, html }: Pick<SearchDocument, 'url' | 'html'>) => sha256(`${url}\0${html}`);

/** The hash of an article file's bytes, or undefined when it is gone. */
const sourceHash = (source: string) => readFile(resolve(source)).then(sha256, () => undefined);

/** Throw the errors Pagefind reports, which it returns instead of throwing. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
  const { errors, index } = await pagefind.createIndex({});
  check('createIndex', errors);
  return index!;
}

async function add(index: pagefind.PagefindIndex, documents: readonly Pick<SearchDocument, 'url' | 'html'>[]) {
  const added = await Promise.all(documents.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
  for (const { errors } of added) check('indexing', errors);
}

/** `items` in arrays of at most `size`, taken as they come. */
function* batches<T>(items: Iterator<T>, size: number): Generator<T[]> {
  for (let next = items.next(); next.done !== true;) {
    const batch: T[] = [];
    for (; next.done !== true && batch.length < size; next = items.next()) batch.push(next.value);
    yield batch;
  }
}

/**
 * A new index holding the kept documents whose article file is unchanged; their URLs and hashes.
 * They are laid out as pages in a folder that Pagefind reads itself, so indexing them goes on
 * while this process is busy: Astro's loading of the collection blocks it for seconds.
 */
async function indexKept(): Promise<{ index: pagefind.PagefindIndex; sent: Map<string, string> }> {
  const index = await createIndex();
  const sent = new Map<string, string>();
  const kept = JSON.parse(await readFile(keptList, 'utf8').catch(() => '[]')) as KeptDocument[];
  await rm(earlyDir, { recursive: true, force: true });
  for (const batch of batches(kept.values(), BATCH)) {
    await Promise.all(
      batch.map(async ({ url, hash, source, sourceHash: expected }) => {
        if ((await sourceHash(source)) !== expected) return;
        const html = await readFile(keptFile(hash), 'utf8').catch(() => undefined);
        // Used only if it is exactly what was kept: the fresh document is compared by this hash.
        if (html === undefined || documentHash({ url, html }) !== hash) return;
        // Pagefind names a page by its path: /articles/x/index.html is /articles/x/.
        const page = join(earlyDir, url, 'index.html');
        await mkdir(dirname(page), { recursive: true });
        await reuse(keptFile(hash), page);
        sent.set(url, hash);
      }),
    );
  }
  if (sent.size > 0) {
    const { errors, page_count } = await index.addDirectory({ path: earlyDir });
    check('indexing', errors);
    if (page_count !== sent.size) throw new Error(`Pagefind read ${page_count} kept documents of ${sent.size}`);
  }
  return { index, sent };
}

/** What a build's search index came to, written to its staging folder. */
interface Indexed {
  count: number;
  /** Documents sent before Astro listed the articles, from the previous build. */
  reused: number;
  kept: KeptDocument[];
}

/**
 * Complete the index begun with kept documents: send the fresh documents it lacks, keep every
 * fresh one for the next build, and start over with only fresh ones if a kept document turns out
 * to differ from its fresh version or to be no longer published.
 */
async function completeIndex(
  begun: Promise<{ index: pagefind.PagefindIndex; sent: Map<string, string> }>,
  fresh: () => Iterator<SearchDocument>,
  staging: string,
): Promise<Indexed> {
  const { index, sent } = await begun;
  const unmatched = new Map(sent);
  const kept: KeptDocument[] = [];
  let differs = false;
  await mkdir(cacheDir, { recursive: true });
  for (const batch of batches(fresh(), BATCH)) {
    const hashed = await Promise.all(
      batch.map(async (document) => {
        const hash = documentHash(document);
        if (sent.get(document.url) !== hash) await writeFile(keptFile(hash), document.html);
        // A file that cannot be read now never matches: its document is not reused.
        return { document, hash, sourceHash: (await sourceHash(document.source)) ?? '' };
      }),
    );
    const missing = [];
    for (const { document, hash, sourceHash } of hashed) {
      kept.push({ url: document.url, hash, source: document.source, sourceHash });
      const sentHash = unmatched.get(document.url);
      if (sentHash === undefined) missing.push(document);
      else if (sentHash !== hash) differs = true;
      unmatched.delete(document.url);
    }
    if (!differs) await add(index, missing);
  }
  if (!differs && unmatched.size === 0) {
    await writeIndex(index, staging);
    return { count: kept.length, reused: sent.size, kept };
  }
  await index.deleteIndex();
  const restarted = await createIndex();
  for (const batch of batches(fresh(), BATCH)) await add(restarted, batch);
  await writeIndex(restarted, staging);
  return { count: kept.length, reused: 0, kept };
}

/** Keep this build's documents for the next one, and drop the files of those no longer used. */
async function keepDocuments(kept: readonly KeptDocument[]): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(keptList, JSON.stringify(kept));
  const used = new Set(kept.map(({ hash }) => `${hash}.html`));
  for (const file of await readdir(cacheDir)) {
    if (file.endsWith('.html') && !used.has(file)) await rm(join(cacheDir, file), { force: true });
  }
}

/**
 * Where the article route finds this build's index. Astro runs the pages' code and the
 * integrations in one process but from separate module graphs, so a module variable would not be
 * shared; a registered symbol on the global object is.
 */
const SLOT = Symbol.for('liseuse.search-index');
interface Build {
  begun: Promise<{ index: pagefind.PagefindIndex; sent: Map<string, string> }>;
  indexing?: Promise<Indexed>;
  /** Where the index is written as soon as it is complete, while the build goes on. */
  staging: string;
  since: number;
}
const slot = globalThis as typeof globalThis & { [SLOT]?: Build };

/**
 * Complete this build's index with `documents` (called again if the index must start over), in
 * the background; the build writes the index when it is done. Outside a build (the dev server),
 * nothing happens.
 */
export function indexForSearch(documents: () => Iterator<SearchDocument>): void {
  const build = slot[SLOT];
  if (!build || build.indexing) return;
  build.indexing = completeIndex(build.begun, documents, build.staging);
  // A failure is thrown where the build waits for the index, not here.
  build.indexing.catch(() => {});
}

/** Write the index Pagefind holds into `folder`, without the files liseuse does not use. */
async function writeIndex(index: pagefind.PagefindIndex, folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  // Pagefind writes the files itself: passing tens of thousands of them through its pipe as
  // base64 took seconds.
  const { errors } = await index.writeFiles({ outputPath: folder });
  check('writing', errors);
  for (const file of await readdir(folder)) {
    if (UNUSED.test(file)) await rm(join(folder, file));
  }
}

/** Index the articles for search during the build; must come before the precompression of deploy-files. */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'liseuse:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const begun = indexKept();
        // A failure is thrown where the build waits for the index, not here.
        begun.catch(() => {});
        slot[SLOT] = { begun, staging: join(outDir, SEARCH_STAGING_DIR), since: performance.now() };
      },
      'astro:build:done': async ({ logger }) => {
        const build = slot[SLOT]!;
        const waited = performance.now();
        try {
          // No article route ran (an empty collection): the search page still gets an index to load.
          const { count, reused, kept } = await (build.indexing ??
            completeIndex(build.begun, () => [].values(), build.staging));
          // Swapped in whole, so a rebuild never serves fragments of articles that are gone.
          const published = join(outDir, SEARCH_BUNDLE_DIR);
          await rm(published, { recursive: true, force: true });
          await rename(build.staging, published);
          await keepDocuments(kept);
          await rm(earlyDir, { recursive: true, force: true });
          const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
          logger.info(
            `${count} article${count === 1 ? '' : 's'} indexed for search (${reused} kept from the previous build) in ${seconds(build.since)} s, alongside the pages; the build waited ${seconds(waited)} s for it`,
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
