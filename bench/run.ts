/**
 * `npm run bench`: what liseuse costs, as medians of several runs, written to bench/RESULTS.md.
 * - build time, ms per article, peak memory and dist/ size for 1, 100 and 1,000 synthetic
 *   articles (and 10,000 with `-- --huge`), cold and warm (one article edited), against a stock
 *   Astro site (bench/baseline/) built from the same collection;
 * - page weight per page type (raw, gzip, brotli) and requests, from the real site;
 * - Lighthouse (mobile) on the home and article pages;
 * - search on each collection (bench/search.ts);
 * - an article with three pictures in Chromium at 360 and 1280 px (bench/picture-weight.ts).
 * Not part of `npm test`: timings depend on the machine; budgets in bytes are tested instead.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { JSDOM } from 'jsdom';
import { budgets } from './budgets';
import { measureSearch, searchSection, type SearchRow } from './search';
import { measurePictureWeight } from './picture-weight';
import { writeCollection } from './synthetic';
import { serveStatic } from '../test/helpers/serve';

const root = new URL('../', import.meta.url).pathname;
const huge = process.argv.includes('--huge');
// --quick checks the benchmark itself in a minute; its figures are not worth reporting.
const quick = process.argv.includes('--quick');
const sizes = quick ? [1, 10] : huge ? [1, 100, 1000, 10_000] : [1, 100, 1000];
const runs = (count: number) => (quick || count >= 10_000 ? 1 : 3);
const work = await mkdtemp(join(tmpdir(), 'liseuse-bench-'));
const run = promisify(execFile);

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, file));
    if (info.isFile()) total += info.size;
  }
  return total;
}

interface Measure {
  ms: number;
  maxRssKb: number;
}

/** Build `project` from `contentDir` into `outDir` with `cacheDir`, in a child process. */
async function build(project: string, contentDir: string, outDir: string, cacheDir: string): Promise<Measure> {
  const { stdout } = await run(process.execPath, [join(root, 'bench/measure-build.ts'), project], {
    cwd: project,
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      LISEUSE_CONTENT_DIR: contentDir,
      LISEUSE_OUT_DIR: outDir,
      LISEUSE_CACHE_DIR: cacheDir,
      LISEUSE_STRICT: '1',
    },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure;
}

const seed = (await readFile(join(root, 'test/fixtures/seed/article-fr.txt'), 'utf8'))
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('Source:'));

interface BuildRow {
  articles: number;
  liseuseMs: number;
  baselineMs: number;
  warmMs: number;
  maxRssMb: number;
  distMb: number;
  cardsRerendered: number;
}
const buildRows: BuildRow[] = [];
const searchRows: SearchRow[] = [];

for (const count of sizes) {
  const contentDir = join(work, `content-${count}`);
  await writeCollection(contentDir, count, seed);
  const liseuse: Measure[] = [];
  const baseline: Measure[] = [];
  let distBytes = 0;
  const cacheDir = join(work, `cache-${count}`);
  for (let i = 0; i < runs(count); i++) {
    log(`${count} articles: liseuse cold build ${i + 1}/${runs(count)}`);
    await rm(cacheDir, { recursive: true, force: true });
    const outDir = join(work, `dist-${count}`);
    await rm(outDir, { recursive: true, force: true });
    liseuse.push(await build(root, contentDir, outDir, cacheDir));
    distBytes = await folderSize(outDir);
    log(`${count} articles: baseline build ${i + 1}/${runs(count)}`);
    const baseOut = join(work, `base-${count}`);
    await rm(baseOut, { recursive: true, force: true });
    await rm(join(work, `base-cache-${count}`), { recursive: true, force: true });
    baseline.push(await build(join(root, 'bench/baseline'), contentDir, baseOut, join(work, `base-cache-${count}`)));
  }
  // Warm: the cache of the last cold build is kept, and one article is edited.
  const edited = join(contentDir, 'article-00000.md');
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: "/m, 'title: "Corrigé : '));
  const cards = join(cacheDir, 'liseuse-cards');
  const before = new Set(await readdir(cards));
  log(`${count} articles: liseuse warm rebuild`);
  const warm = await build(root, contentDir, join(work, `dist-${count}`), cacheDir);
  const cardsRerendered = (await readdir(cards)).filter((file) => !before.has(file)).length;
  log(`${count} articles: search`);
  searchRows.push(await measureSearch(count, join(work, `dist-${count}`), median(liseuse.map((m) => m.ms))));
  buildRows.push({
    articles: count,
    liseuseMs: median(liseuse.map((m) => m.ms)),
    baselineMs: median(baseline.map((m) => m.ms)),
    warmMs: warm.ms,
    maxRssMb: median(liseuse.map((m) => m.maxRssKb)) / 1024,
    distMb: distBytes / 1024 / 1024,
    cardsRerendered,
  });
  await rm(contentDir, { recursive: true, force: true });
}

// Page weight of the real site, built for serving on a fixed local origin (Lighthouse checks
// that canonical URLs match the page's own origin).
const PORT = 4399;
const siteDir = join(work, 'site');
log('real site: build for page weight and Lighthouse');
await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: `http://127.0.0.1:${PORT}`,
    LISEUSE_OUT_DIR: siteDir,
    LISEUSE_CACHE_DIR: join(work, 'site-cache'),
  },
});
const seedSlug = (await readdir(join(siteDir, 'articles')))[0]!;
const pageTypes: Record<string, string> = {
  article: `articles/${seedSlug}/index.html`,
  home: 'index.html',
  section: (await readdir(join(siteDir, 'rubriques'))).map((s) => `rubriques/${s}/index.html`)[0]!,
  tag: (await readdir(join(siteDir, 'tags'))).map((s) => `tags/${s}/index.html`)[0]!,
  '404': '404.html',
};
const weightRows = [];
for (const [type, file] of Object.entries(pageTypes)) {
  const html = await readFile(join(siteDir, file));
  const doc = new JSDOM(html).window.document;
  const css = [...doc.querySelectorAll('style')].reduce(
    (sum, style) => sum + Buffer.byteLength(style.textContent ?? ''),
    0,
  );
  const js = [...doc.querySelectorAll('script:not([type="application/ld+json"])')].reduce(
    (sum, script) => sum + Buffer.byteLength(script.textContent ?? ''),
    0,
  );
  const images = [...doc.querySelectorAll('img[src^="/"]')].length;
  const requests =
    1 +
    doc.querySelectorAll('link[rel="stylesheet"], script[src], img[src]:not([loading="lazy"]), link[as="font"]').length;
  weightRows.push({
    type,
    raw: html.byteLength,
    gzip: gzipSync(html, { level: 9 }).byteLength,
    brotli: brotliCompressSync(html).byteLength,
    css,
    js,
    fonts: 0,
    images,
    requests,
  });
}

log('Lighthouse (mobile): home and article');
const server = await serveStatic(siteDir, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || (await (await import('@sparticuz/chromium')).default.executablePath()),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const lighthouseRows = [];
try {
  for (const [type, path] of [
    ['home', '/'],
    ['article', `/articles/${seedSlug}/`],
  ] as const) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const { categories, audits } = result!.lhr;
    lighthouseRows.push({
      type,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
      seo: Math.round((categories.seo?.score ?? 0) * 100),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      failed: Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id),
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

log('article with pictures: weight in Chromium at 360 and 1280 px');
const pictureRows = await measurePictureWeight();

const versions = {
  node: process.version,
  astro: JSON.parse(await readFile(join(root, 'node_modules/astro/package.json'), 'utf8')).version,
  lighthouse: JSON.parse(await readFile(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version,
};
const report = `# liseuse benchmark

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB;
Node ${versions.node}, Astro ${versions.astro}, Lighthouse ${versions.lighthouse}. Regenerate with \`npm run bench\`
(\`npm run bench -- --huge\` adds 10,000 articles).

## Build cost (median of ${runs(1000)} cold builds; warm = rebuild after editing one article)

| articles | liseuse | ms / article | baseline (stock Astro) | ratio | warm rebuild | preview cards re-rendered | peak memory | dist/ |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${buildRows
  .map(
    (row) =>
      `| ${row.articles.toLocaleString('en')} | ${(row.liseuseMs / 1000).toFixed(1)} s | ${(row.liseuseMs / row.articles).toFixed(1)} | ${(row.baselineMs / 1000).toFixed(1)} s | ${(row.liseuseMs / row.baselineMs).toFixed(2)}× | ${(row.warmMs / 1000).toFixed(1)} s | ${row.cardsRerendered} | ${row.maxRssMb.toFixed(0)} MB | ${row.distMb.toFixed(1)} MB |`,
  )
  .join('\n')}

The baseline (bench/baseline/) is a stock Astro site: default Markdown processor, one layout, no
preview images, feeds, listings or metadata. liseuse does more per article, most of it the
1200×630 preview card, which the warm rebuild takes from its cache.

${searchSection(searchRows)}
## Page weight of the first view (budget: ${kb(budgets.firstViewBrotli)} brotli; CSS and JS are inline)

| page | HTML raw | gzip | brotli | of which CSS (raw) | JS (raw) | fonts | images | requests |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${weightRows.map((row) => `| ${row.type} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.css)} | ${kb(row.js)} | ${row.fonts} | ${row.images} | ${row.requests} |`).join('\n')}

## Article with a lead picture and two pictures in its text (Chromium, device pixel ratio 1)

Pictures: 2400 × 1600 and 2000 × 1333 px JPEGs grained like photographs; the browser picks AVIF
from each \`srcset\`. The first view's budget counts everything but pictures.

| viewport | HTML, CSS, JS | pictures | total |
| ---: | ---: | ---: | ---: |
${pictureRows.map((row) => `| ${row.width} px | ${kb(row.firstView)} | ${kb(row.pictures)} | ${kb(row.total)} |`).join('\n')}

## Lighthouse (mobile preset, simulated throttling)

| page | performance | accessibility | best practices | SEO | LCP (simulated) |
| --- | ---: | ---: | ---: | ---: | ---: |
${lighthouseRows.map((row) => `| ${row.type} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${(row.lcpMs / 1000).toFixed(2)} s |`).join('\n')}
${lighthouseRows.some((row) => row.failed.length) ? `\nFailed audits: ${lighthouseRows.map((row) => `${row.type}: ${row.failed.join(', ') || 'none'}`).join('; ')}\n` : ''}`;

await writeFile(join(root, 'bench/RESULTS.md'), report);
await rm(work, { recursive: true, force: true });
console.log(report);
