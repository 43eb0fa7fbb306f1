/**
 * What search costs, on synthetic collections: the index on disk, the bytes a browser fetches
 * for a first query (brotli where the build precompresses; Pagefind's index files are gzip
 * streams already), the time from submit to the first result in Chromium, and Pagefind's share
 * of the build. bench/run.ts calls `measureSearch` on each collection it builds; on its own,
 * `npm run bench:search [-- --huge | sizes…]` builds 100 and 1,000 articles (and 10,000) and rewrites the
 * "Search" section of bench/RESULTS.md.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tools/browser';
import { seedParagraphs } from '../tools/seed';
import { serveStatic } from '../tools/serve';
import { build, type BuildMeasure } from './build-cost';
import { writeCollection } from './synthetic';

/** A word of the seed text, so nearly every synthetic article matches: the costliest first query. */
export const COMMON_QUERY = 'Corée';
const RUNS = 3;
const COMPRESSED_BY_BUILD = /\.(js|json)$/;

/** What one query cost in a fresh browser. */
export interface QueryCost {
  query: string;
  /** Everything it fetched, as sent compressed. */
  bytes: number;
  requests: number;
  results: number;
  /** Median over cold browser contexts, from pressing Enter to the first result on screen. */
  firstResultMs: number;
  /** The same, the query typed at five keys a second first, as a reader does (the page loads the engine meanwhile). */
  typedFirstResultMs: number;
}

/** Keys a second of a reader typing a query. */
const TYPING_DELAY_MS = 200;

export interface SearchRow {
  articles: number;
  /** dist/pagefind/ without the .br/.gz twins. */
  indexBytes: number;
  indexFiles: number;
  /** A word in nearly every article: the most the first query can cost. */
  common: QueryCost;
  /** A word in one article's title. */
  rare: QueryCost;
  /** How long the build waited for the index after its pages (Pagefind indexes while they render). */
  indexMs: number;
  buildMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Size of a file as a host sends it: the brotli twin for text, the file itself for Pagefind's gzip streams. */
async function sentBytes(file: string): Promise<number> {
  const content = await readFile(file);
  if (!COMPRESSED_BY_BUILD.test(file)) return content.byteLength;
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
}

/** Run `query` as a reader's first search, in fresh contexts (an empty cache each time). */
async function firstQuery(browser: Browser, origin: string, outDir: string, query: string): Promise<QueryCost> {
  const times: number[] = [];
  const typedTimes: number[] = [];
  let fetched: string[] = [];
  let results = 0;
  for (let run = 0; run < 2 * RUNS; run++) {
    const typed = run >= RUNS;
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/recherche/`, { waitUntil: 'networkidle' });
    requests.length = 0;
    const box = page.getByRole('searchbox');
    if (typed) await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
    else await box.fill(query);
    const start = performance.now();
    await page.keyboard.press('Enter');
    // The first result, or the answer that there is none.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-results] li') ||
        /^Aucun/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
    (typed ? typedTimes : times).push(performance.now() - start);
    // Results show one by one; the count is written once they are all in.
    await page.waitForFunction(() =>
      /résultat|^Aucun/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
    await page.waitForLoadState('networkidle');
    const status = await page.locator('[role="status"]').innerText();
    results = status.startsWith('Aucun') ? 0 : Number(status.split('\u00a0résultat')[0]!.replace(/\D/g, ''));
    // What a pasted query fetches; a typed one fetches the same (the page searches ahead from three letters).
    if (!typed) fetched = [...new Set(requests.filter((path) => path.startsWith('/pagefind/')))];
    await context.close();
  }
  let bytes = 0;
  for (const path of fetched) bytes += await sentBytes(join(outDir, path));
  return {
    query,
    bytes,
    requests: fetched.length,
    results,
    firstResultMs: median(times),
    typedFirstResultMs: median(typedTimes),
  };
}

/** Measure search on a site already built in `outDir` from `articles` synthetic articles by `built`. */
export async function measureSearch(articles: number, outDir: string, built: BuildMeasure): Promise<SearchRow> {
  const bundle = join(outDir, 'pagefind');
  let indexBytes = 0;
  let indexFiles = 0;
  for (const file of await readdir(bundle, { recursive: true })) {
    const info = await stat(join(bundle, file));
    if (info.isFile() && !/\.(br|gz)$/.test(file)) {
      indexBytes += info.size;
      indexFiles++;
    }
  }
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  let common: QueryCost;
  let rare: QueryCost;
  try {
    common = await firstQuery(browser, server.origin, outDir, COMMON_QUERY);
    // bench/synthetic.ts ends each title with the article's number: the last one is in one title.
    rare = await firstQuery(browser, server.origin, outDir, String(articles - 1));
  } finally {
    await browser.close();
    await server.close();
  }
  return { articles, indexBytes, indexFiles, common, rare, indexMs: built.phases['search index'], buildMs: built.ms };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The "Search" section of bench/RESULTS.md. */
export function searchSection(rows: readonly SearchRow[]): string {
  const cost = (query: QueryCost) =>
    `${kb(query.bytes)} in ${query.requests} files, ${query.results.toLocaleString('en')} found, ${Math.round(query.firstResultMs)} ms (typed: ${Math.round(query.typedFirstResultMs)} ms)`;
  return `## Search (Pagefind)

| articles | index on disk | files | first query, common word (“${COMMON_QUERY}”) | first query, rare word (one title) | wait for the index | share of build |
| ---: | ---: | ---: | --- | --- | ---: | ---: |
${rows
  .map(
    (row) =>
      `| ${row.articles.toLocaleString('en')} | ${kb(row.indexBytes)} | ${row.indexFiles.toLocaleString('en')} | ${cost(row.common)} | ${cost(row.rare)} | ${(row.indexMs / 1000).toFixed(2)} s | ${((100 * row.indexMs) / row.buildMs).toFixed(1)} % |`,
  )
  .join('\n')}

A first query fetches Pagefind's script, worker and WebAssembly (about 80 KB, the same at every
size), the index chunks of its words and the fragments of the results shown (up to 20); sizes
are as sent (brotli for scripts; the index files are gzip streams). Nothing is fetched before the
reader goes to the search box, and no other page loads any of it. Times are the median of ${RUNS} cold Chromium
contexts from pressing Enter to the first result, on 127.0.0.1 (no network latency): the query
pasted whole, then ("typed") typed at ${1000 / TYPING_DELAY_MS} keys a second, during which the
page starts Pagefind and, from the third letter, searches the words typed so far (shown on Enter).
Pagefind indexes the articles in its own process while Astro renders the pages
(src/integrations/search-index.ts); the last columns are how long the cold build then waited for it.

What grows: Pagefind's metadata file, fetched by every first query, lists every page (about
7.6 bytes a page gzipped, plus 2.5 for the date sort: 101 KB at 10,000 articles), and one chunk
of the word index can reach 95 KB; each of the two indexes (the newest months, the archive) adds
its own. So a first query passes 150 KB from about 1,000 articles, and costs about 330 KB at
10,000 whatever the word; no Pagefind setting lowers that floor.
`;
}

/** Replace (or add) the Search section of a RESULTS.md text. */
export function withSearchSection(results: string, section: string): string {
  const start = results.indexOf('## Search');
  if (start === -1) return `${results.trimEnd()}\n\n${section}`;
  const next = results.indexOf('\n## ', start + 1);
  return `${results.slice(0, start)}${section}${next === -1 ? '' : results.slice(next)}`;
}

// Run on its own: build each size, measure, and update bench/RESULTS.md.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../', import.meta.url).pathname;
  const given = process.argv.slice(2).map(Number).filter(Number.isInteger);
  const sizes = given.length ? given : process.argv.includes('--huge') ? [100, 1000, 10_000] : [100, 1000];
  const work = await mkdtemp(join(tmpdir(), 'liseuse-bench-search-'));
  const rows: SearchRow[] = [];
  for (const count of sizes) {
    const contentDir = join(work, `content-${count}`);
    const outDir = join(work, `dist-${count}`);
    await writeCollection(contentDir, count, seedParagraphs);
    process.stderr.write(`${count} articles: build\n`);
    const built = await build(root, contentDir, outDir, join(work, `cache-${count}`));
    process.stderr.write(`${count} articles: search\n`);
    rows.push(await measureSearch(count, outDir, built));
    await rm(join(work, `cache-${count}`), { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
    await rm(contentDir, { recursive: true, force: true });
    // Written after each size: a long run that stops still leaves what it measured.
    const resultsFile = join(root, 'bench/RESULTS.md');
    await writeFile(resultsFile, withSearchSection(await readFile(resultsFile, 'utf8'), searchSection(rows)));
  }
  await rm(work, { recursive: true, force: true });
  console.log(searchSection(rows));
}
