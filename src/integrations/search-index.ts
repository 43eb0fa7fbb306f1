/**
 * The search index, built by Pagefind while Astro renders the pages, as two indexes: the newest
 * two calendar months of publication, and the archive of the months before. As soon as Astro
 * lists the articles, the article route hands over one small document per article
 * (src/search-documents.ts: title, dek and text, with what a result shows and filters by);
 * Pagefind, a process of its own, indexes them on another core while the build goes on. At the
 * end of the build the indexes become `dist/pagefind/<months>/` ("2031-11_2031-12",
 * "2024-01_2031-10"), beside Pagefind's script and `shards.json`, their names newest first, which
 * /recherche/ loads only once a reader types a query, and searches together
 * (src/client/search-page.ts).
 *
 * Why two: Pagefind cannot update an index, so one index for the whole archive was written
 * again, every page of it, for every correction (33 s of a 77 s publish at 10,000 articles). An
 * index is written again only when one of its documents changed, joined or left, compared by the
 * SHA-256 of every (URL, document) pair it holds and the Pagefind version: the news of the last
 * weeks and their corrections rewrite the newest index alone, and the archive is written again
 * once a month, on the first publish of a new month. Why two months: the newest year, the first
 * split, was a whole archive of its own (1,233 articles at 10,000, all 1,000 at 1,000) written
 * again for each correction; the newest month alone holds a single article on the 1st, and
 * Pagefind weighs a word by its rarity within each index, so that article's words would weigh
 * next to nothing against the archive's, and a correction to yesterday's story would rewrite the
 * archive. Why not one index per month or year: every index adds its own word chunks to a first
 * query (eight years at 10,000 articles: 477 KB and 1.07 s instead of 313 KB), where two cost
 * little more than one. Documents are always added in the order of their URLs, so a rewritten
 * index is byte for byte the one a build from scratch writes. The split by month keeps results
 * in date order across indexes: every article of the newest index is newer than every article of
 * the archive.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { exists, writeAtomically } from '../cache-files';
import { site } from '../site';
import { COMPRESSIBLE, precompress, twinSource, twinsOf } from './precompress';

/** The folder, under the site's root, that /recherche/ imports `pagefind.js` from. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** Where, beside it in dist/, the indexes are written during the build, then moved at its end. */
export const SEARCH_STAGING_DIR = '.pagefind-next';
/** The list of indexes (the names of their folders: their months), newest first, in SEARCH_BUNDLE_DIR. */
export const SHARD_LIST = 'shards.json';

/** One article as Pagefind indexes it: its URL, an HTML document marked with `data-pagefind-*`, and its index. */
export interface SearchDocument {
  url: string;
  /** The document, made when its index is written. */
  html: () => string;
  /** What differs whenever the document does, at no more cost than the document's frame. */
  fingerprint: string;
  /** Its month of publication, `YYYY-MM` in UTC like the date it is sorted by: the newest two have an index of their own. */
  month: string;
}

/**
 * Pagefind also writes its ready-made interfaces; liseuse has its own (src/pages/recherche/), so
 * they are left out: nothing unused is published.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
/**
 * The script, the same in every index: one copy is published, at the top, which the search page
 * imports while it fetches the list. The worker stays in each index: Pagefind starts it from the
 * folder of the index it starts with (the newest), like the WebAssembly.
 */
const ENGINE = 'pagefind.js';

/** Documents sent to Pagefind at once: enough to keep it busy, few enough to keep memory flat. */
const BATCH = 64;

/** What each index was made from, by the previous build: `{ [shard]: signature }`. */
const signaturesFile = join(site.cacheDir, 'liseuse-search', 'shards.json');

/** Throw the errors Pagefind reports, which it returns instead of throwing. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** The Pagefind in use: an index written by another version is written again. */
const pagefindVersion = readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8').then(
  (text) => (JSON.parse(text) as { version: string }).version,
);

/** What an index's folder holds besides Pagefind's files: changed whenever `publish` moves or leaves out others. */
const FOLDER_LAYOUT = 'newest-two-months-and-archive, worker-kept-script-moved';

/** What identifies an index's content: Pagefind's version, the folder's layout, then each page's URL and document's fingerprint, in URL order. */
async function signature(documents: readonly SearchDocument[]): Promise<string> {
  const hash = createHash('sha256').update(`${await pagefindVersion}\0${FOLDER_LAYOUT}`);
  for (const { url, fingerprint } of documents) hash.update(`\0${url}\0${fingerprint}`);
  return hash.digest('hex');
}

const byUrl = (a: SearchDocument, b: SearchDocument) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** Index `documents` into `folder`, in the order given, without the files liseuse does not use. */
async function writeShard(documents: readonly SearchDocument[], folder: string): Promise<void> {
  const created = await pagefind.createIndex({});
  check('createIndex', created.errors);
  const index = created.index!;
  try {
    for (let start = 0; start < documents.length; start += BATCH) {
      const added = await Promise.all(
        documents.slice(start, start + BATCH).map(({ url, html }) => index.addHTMLFile({ url, content: html() })),
      );
      for (const { errors } of added) check('indexing', errors);
    }
    await rm(folder, { recursive: true, force: true });
    // Pagefind writes the files itself: passing tens of thousands of them through its pipe as
    // base64 took seconds.
    const { errors } = await index.writeFiles({ outputPath: folder });
    check('writing', errors);
  } finally {
    await index.deleteIndex();
  }
  for (const file of await readdir(folder)) {
    if (UNUSED.test(file)) await rm(join(folder, file));
  }
}

/** What a build's search indexes came to. */
interface Indexed {
  count: number;
  /** Every index, newest first, with its signature. */
  shards: Array<{ name: string; signature: string }>;
  /** The indexes written by this build, into the staging folder. */
  written: string[];
}

/** The calendar month before a `YYYY-MM` month. */
function monthBefore(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** An index's name: its first and last months, e.g. "2024-01_2031-10", or one month, "2031-11". */
function monthsName(months: readonly string[]): string {
  return months.length === 1 ? months[0]! : `${months[0]}_${months.at(-1)}`;
}

/**
 * The documents of the newest two calendar months ("2031-11_2031-12"), and those of the months
 * before ("2024-01_2031-10"), each index named by the months it holds.
 */
function splitByMonth(documents: Iterable<SearchDocument>): Map<string, SearchDocument[]> {
  const all = [...documents];
  // `YYYY-MM` sorts as text in time order.
  const months = [...new Set(all.map(({ month }) => month))].sort();
  // The first month of the newest index: the calendar month before the newest article's.
  const cut = months.length > 0 ? monthBefore(months.at(-1)!) : '';
  const recent = (month: string) => month >= cut;
  const newest = monthsName(months.filter(recent));
  const archive = monthsName(months.filter((month) => !recent(month)));
  const shards = new Map<string, SearchDocument[]>();
  for (const document of all) {
    const name = recent(document.month) ? newest : archive;
    const shard = shards.get(name);
    if (shard) shard.push(document);
    else shards.set(name, [document]);
  }
  return shards;
}

/**
 * Write, into `staging`, every index whose documents differ from what the previous build indexed
 * for it (or whose published folder is missing); the others are kept as they are.
 */
async function indexShards(documents: Iterable<SearchDocument>, staging: string, published: string): Promise<Indexed> {
  const byShard = splitByMonth(documents);
  let count = 0;
  for (const shard of byShard.values()) count += shard.length;
  const previous = JSON.parse(await readFile(signaturesFile, 'utf8').catch(() => '{}')) as Record<string, string>;
  const shards = [];
  const written = [];
  await rm(staging, { recursive: true, force: true });
  // Newest first ("2031-11_2031-12" before "2024-01_2031-10"): the order /recherche/ merges them in.
  for (const name of [...byShard.keys()].sort().reverse()) {
    const shardDocuments = byShard.get(name)!.sort(byUrl);
    const shardSignature = await signature(shardDocuments);
    shards.push({ name, signature: shardSignature });
    if (previous[name] === shardSignature && (await exists(join(published, name, 'pagefind-entry.json')))) continue;
    await writeShard(shardDocuments, join(staging, name));
    written.push(name);
  }
  return { count, shards, written };
}

/** Record what each of `shards` was made from, for the next build. */
async function writeSignatures(shards: Indexed['shards']): Promise<void> {
  await mkdir(dirname(signaturesFile), { recursive: true });
  await writeAtomically(
    signaturesFile,
    JSON.stringify(Object.fromEntries(shards.map(({ name, signature }) => [name, signature]))),
  );
}

/**
 * Put the indexes written by this build in place of the old ones in `published`, write the list
 * /recherche/ merges, and remove the indexes of months no longer published. Each index is swapped in
 * whole, so a rebuild never serves fragments of articles that are gone. Returns the files written
 * (relative to `published`).
 */
async function publish({ shards, written }: Indexed, staging: string, published: string): Promise<string[]> {
  await mkdir(published, { recursive: true });
  // The record first forgets the indexes about to be replaced: should the build die before the
  // new record is written, it would otherwise vouch for a folder that no longer holds what it
  // describes, and a publish whose documents match the old record (an edit undone) would keep it.
  if (written.length > 0) await writeSignatures(shards.filter(({ name }) => !written.includes(name)));
  for (const name of written) {
    const folder = join(staging, name);
    await rename(join(folder, ENGINE), join(published, ENGINE));
    await rm(join(published, name), { recursive: true, force: true });
    await rename(folder, join(published, name));
  }
  // Rewritten only when the list changes, so an unchanged archive keeps its compressed twins; and
  // before the folders it no longer names go, so it never names a folder that is gone.
  const list = `${JSON.stringify(shards.map(({ name }) => name))}\n`;
  const listFile = join(published, SHARD_LIST);
  const listChanged = (await readFile(listFile, 'utf8').catch(() => '')) !== list;
  if (listChanged) await writeAtomically(listFile, list);
  // Anything else goes: months no longer published, files of an older layout, and, when there is
  // no article at all, the engine (the search page says so itself).
  const kept = new Set([...shards.map(({ name }) => name), SHARD_LIST, ...(shards.length > 0 ? [ENGINE] : [])]);
  for (const entry of await readdir(published)) {
    if (!kept.has(twinSource(entry) ?? entry)) await rm(join(published, entry), { recursive: true });
  }
  await rm(staging, { recursive: true, force: true });
  await writeSignatures(shards);
  const inShards = await Promise.all(
    written.map(async (name) =>
      (await readdir(join(published, name), { recursive: true })).map((file) => join(name, file)),
    ),
  );
  return [...(written.length > 0 ? [ENGINE] : []), ...(listChanged ? [SHARD_LIST] : []), ...inShards.flat()];
}

/**
 * Give the engine's text files their brotli and gzip twins: those this build wrote, and any whose
 * twins are missing; none for a host that compresses itself. deploy-files leaves the search
 * folders to this integration, so its compression of the pages runs while Pagefind is still
 * indexing.
 */
async function writeTwins(published: string, written: readonly string[]): Promise<void> {
  const files = await readdir(published, { recursive: true });
  if (site.host !== 'all') {
    // The host compresses what it sends (src/site.ts): twins of an earlier build go.
    for (const file of files.filter((file) => twinSource(file) !== undefined)) await rm(join(published, file));
    return;
  }
  const rewritten = new Set(written);
  const text = files.filter((file) => COMPRESSIBLE.test(file));
  const stale = await Promise.all(
    text.map(async (file) => {
      const path = join(published, file);
      const twinsMissing = (await Promise.all(twinsOf(path).map(exists))).includes(false);
      return rewritten.has(file) || twinsMissing ? [path] : [];
    }),
  );
  await precompress(stale.flat());
}

/**
 * Where the article route finds this build's indexing. Astro runs the pages' code and the
 * integrations in one process but from separate module graphs, so a module variable would not be
 * shared; a registered symbol on the global object is.
 */
const SLOT = Symbol.for('liseuse.search-index');
interface Build {
  indexing?: Promise<Indexed>;
  /** Where the indexes are written as soon as they are complete, while the build goes on. */
  staging: string;
  published: string;
  since: number;
}
const slot = globalThis as typeof globalThis & { [SLOT]?: Build };

/**
 * Index `documents` for search in the background; the build publishes the indexes when they are
 * done. Only the first call of a build counts; outside a build (the dev server), nothing happens.
 */
export function indexForSearch(documents: () => Iterable<SearchDocument>): void {
  const build = slot[SLOT];
  if (!build || build.indexing) return;
  build.indexing = indexShards(documents(), build.staging, build.published);
  // A failure is thrown where the build waits for the index, not here.
  build.indexing.catch(() => {});
}

/**
 * Index the articles for search during the build. Listed after deploy-files in astro.config.mjs:
 * the build waits for Pagefind only once the pages are compressed.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'liseuse:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        slot[SLOT] = {
          staging: join(outDir, SEARCH_STAGING_DIR),
          published: join(outDir, SEARCH_BUNDLE_DIR),
          since: performance.now(),
        };
      },
      'astro:build:done': async ({ logger }) => {
        const build = slot[SLOT]!;
        const waited = performance.now();
        try {
          // No article route ran: an empty collection.
          const indexed = await (build.indexing ?? indexShards([], build.staging, build.published));
          await writeTwins(build.published, await publish(indexed, build.staging, build.published));
          const { count, shards, written } = indexed;
          const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
          logger.info(
            `${count} article${count === 1 ? '' : 's'} indexed for search in ${shards.length} index${shards.length === 1 ? '' : 'es'}, ${written.length} written (${written.join(', ') || 'none'}) in ${seconds(build.since)} s, alongside the pages; the build waited ${seconds(waited)} s for it`,
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
