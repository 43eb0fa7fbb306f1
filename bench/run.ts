/**
 * `npm run bench`: what liseuse costs, written to bench/RESULTS.md.
 * - build cost (bench/build-cost.ts) at each size, against a stock Astro site (bench/baseline/)
 *   built from the same synthetic collection: cold and warm, phase by phase, time to publish,
 *   peak memory; medians of several runs;
 * - page weight per page type (bench/page-weight.ts) and Lighthouse (bench/lighthouse.ts) on the
 *   real site; an article with three pictures in Chromium at 360 and 1280 px
 *   (bench/picture-weight.ts);
 * - search on each collection (bench/search.ts), after its builds.
 * Flags: `--sizes 100,1000` (default 1,100,1000; `--huge` adds 3,000 and 10,000), `--runs 3`
 * (default 3, 1 from 3,000 articles), `--no-site` (build cost only, printed, RESULTS.md untouched; no search
 * or browser measures), `--quick`
 * (1 and 10 articles, once: checks the benchmark itself; figures not worth reporting).
 * Not part of `npm test`: timings depend on the machine; budgets in bytes are tested instead.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { seedParagraphs } from '../tools/seed';
import { measureSize, type BuildMeasure, type SizeResult } from './build-cost';
import { lighthouseRows, lighthouseTable } from './lighthouse';
import { pageWeights, weightTable } from './page-weight';
import { measurePictureWeight } from './picture-weight';
import { measureSearch, searchSection, type SearchRow } from './search';
import { buildCostTable, phaseTable, publishTable, remarkTable, targetsSection, writtenTable } from './report';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    huge: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-site': { type: 'boolean', default: false },
  },
});
const sizes = flags.quick
  ? [1, 10]
  : (flags.sizes?.split(',').map(Number) ?? [1, 100, 1000, ...(flags.huge ? [3000, 10_000] : [])]);
const runsFor = (count: number) => (flags.quick ? 1 : flags.runs ? Number(flags.runs) : count >= 3000 ? 1 : 3);

const root = new URL('../', import.meta.url).pathname;
const work = await mkdtemp(join(tmpdir(), 'liseuse-bench-'));
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

const results: SizeResult[] = [];
const searchRows: SearchRow[] = [];
for (const count of sizes) {
  const search = async (outDir: string, cold: BuildMeasure) => {
    log(`${count} articles: search`);
    searchRows.push(await measureSearch(count, outDir, cold));
  };
  results.push(
    await measureSize(work, count, runsFor(count), seedParagraphs, log, flags['no-site'] ? undefined : search),
  );
  // Each size is printed as soon as it is measured: the large ones take long.
  log(`\n${buildCostTable(results.slice(-1))}\n`);
}

/** The installed version of a package, from its package.json. */
const versionOf = async (name: string): Promise<string> =>
  (JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const versions = {
  node: process.version,
  astro: await versionOf('astro'),
  lighthouse: await versionOf('lighthouse'),
};
const buildCost = `## Build cost (medians; cold = no cache; warm = rebuild after editing one article, caches kept)

Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB;
Node ${versions.node}, Astro ${versions.astro}. The machine may be shared: compare ratios to the
baseline measured in the same run rather than absolute times. CPU ratio: CPU time of all threads.

${buildCostTable(results)}

Time to publish: from saving the edited article to a \`dist/\` ready to upload (the warm build,
process start included). The baseline (bench/baseline/) is a stock Astro site: default Markdown
processor, one layout, no preview images, feeds, listings, metadata or precompression.

### Publishing one edit

The same correction published by each site in turn, caches and \`dist/\` of its previous build
kept: from the save to a \`dist/\` ready to upload, process start included. Medians of the
publishes column's count (at least 3, where the cold builds may be one run).

${publishTable(results)}

### The Markdown pipeline the stack requires

Astro 7 renders Markdown with its own processor by default; liseuse's stack is remark/rehype
(unified). The same stock baseline built with Astro's \`unified()\` processor, GFM on and
SmartyPants off as in liseuse, but none of liseuse's plugins, tells what that choice alone costs:

${remarkTable(results)}

### Phases (wall time, from the build's log)

Pages: article pages and the 404; cards: preview images (drawn by worker threads while the
pages render, so this is only the wait for the last ones); listings: home, section, tag and
publisher pages; feeds: the site's feeds and the OPML file; listing feeds: the feeds of every
section, tag and publisher; bundle: Astro's setup and Vite, which bundles the collection's
data store (100 MB of JavaScript at 10,000 articles); other routes: icons, manifest, robots.txt,
and before them Astro collecting every route's paths (\`getStaticPaths\`), whose first
\`getCollection()\` compiles that data store. Both sites run Astro with liseuse's patch, which
makes that compilation linear (README, "Performance"; without it the stock site spent 88 s there
at 10,000 articles). Phases add up to a little less than the build: Astro's start and end are in
no phase.

${phaseTable(results)}

### What the listings and their feeds write

Listing pages: home pages 2 and on, section, tag and publisher pages, and the page of sources;
listing feeds: the RSS, Atom and JSON feeds of every section, tag and publisher (20 full texts at
most each); site feeds: the three site-wide feeds (50 at most) and the OPML file. The synthetic
collection spreads its articles over 6 sections, 300 tags and 30 publishers, the first ones
far busier than the last, as a newsroom's are.

${writtenTable(results)}

${targetsSection(results)}`;

if (flags['no-site']) {
  console.log(buildCost);
} else {
  // The real site, built for serving on a fixed local origin (Lighthouse checks that canonical
  // URLs match the page's own origin).
  const port = 4399;
  const siteDir = join(work, 'site');
  log('real site: build for page weight and Lighthouse');
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: `http://127.0.0.1:${port}`,
      // Measured as nginx serves it, twins included.
      LISEUSE_HOST: 'all',
      LISEUSE_OUT_DIR: siteDir,
      LISEUSE_CACHE_DIR: join(work, 'site-cache'),
    },
  });
  const weights = await pageWeights(siteDir);
  log('Lighthouse (mobile): home, article and search with a query');
  const seedSlug = (await readdir(join(siteDir, 'articles'))).sort()[0]!;
  const scores = await lighthouseRows(siteDir, port, `/articles/${seedSlug}/`);
  log('article with pictures: weight in Chromium at 360 and 1280 px');
  const pictureRows = await measurePictureWeight();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const report = `# liseuse benchmark

Regenerate with \`npm run bench\` (\`npm run bench -- --huge\` adds 3,000 and 10,000 articles; the flags are
at the top of bench/run.ts). Lighthouse ${versions.lighthouse}.

${buildCost}

${weightTable(weights)}

## Article with a lead picture and two pictures in its text (Chromium, device pixel ratio 1)

Pictures: 2400 × 1600 and 2000 × 1333 px JPEGs grained like photographs; the browser picks AVIF
from each \`srcset\`. The first view's budget counts everything but pictures.

| viewport | HTML, CSS, JS | pictures | total |
| ---: | ---: | ---: | ---: |
${pictureRows.map((row) => `| ${row.width} px | ${kb(row.firstView)} | ${kb(row.pictures)} | ${kb(row.total)} |`).join('\n')}

${lighthouseTable(scores)}

${searchSection(searchRows)}`;
  await writeFile(join(root, 'bench/RESULTS.md'), report);
  console.log(report);
}
await rm(work, { recursive: true, force: true });
