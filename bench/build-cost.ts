/**
 * Build cost at one archive size: liseuse and the stock Astro baseline (bench/baseline/) built
 * from the same synthetic collection, cold (no cache) and warm (one article edited, caches
 * kept), each in a child process, as medians of several runs; and the time to publish, from
 * saving the edited article to a dist/ ready to upload. The baseline is also built cold with
 * Astro's remark/rehype processor, which liseuse's stack requires, to tell what that alone costs.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PHASES, type Phases } from './phases';
import { writeCollection } from './synthetic';
import { writtenByKind, type Written } from './written';

const run = promisify(execFile);
const root = new URL('../', import.meta.url).pathname;

export interface BuildMeasure {
  /** Wall time of the build itself, in the child process. */
  ms: number;
  /** CPU time of the child, all threads: less sensitive than `ms` to other work on the machine. */
  cpuMs: number;
  maxRssKb: number;
  phases: Phases;
}

interface Project {
  root: string;
  outDir: string;
  cacheDir: string;
  env?: Record<string, string>;
}

export interface SizeResult {
  articles: number;
  runs: number;
  liseuseCold: BuildMeasure;
  baselineCold: BuildMeasure;
  /** The baseline with Astro's remark/rehype processor (`unified()`) instead of its default. */
  remarkCold: BuildMeasure;
  liseuseWarm: BuildMeasure;
  baselineWarm: BuildMeasure;
  remarkWarm: BuildMeasure;
  /** Publishing one edit: from saving the edited article to the build's exit, process start included. */
  publishMs: { liseuse: number; baseline: number; remark: number };
  /** Publishes measured per site (the warm builds): at least PUBLISHES, even where one cold build is. */
  publishes: number;
  cardsRerendered: number;
  distMb: number;
  /** What the listings and their feeds add to dist/, by kind (bench/written.ts). */
  written: Written;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Median of each figure separately. */
function medianMeasure(measures: BuildMeasure[]): BuildMeasure {
  return {
    ms: median(measures.map((m) => m.ms)),
    cpuMs: median(measures.map((m) => m.cpuMs)),
    maxRssKb: median(measures.map((m) => m.maxRssKb)),
    phases: Object.fromEntries(PHASES.map((phase) => [phase, median(measures.map((m) => m.phases[phase]))])) as Phases,
  };
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, file));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/**
 * Warm builds (publishes) per site at least: a single one, right after the cold builds, swung by
 * a second between two runs of the benchmark at 10,000 articles, and each costs far less than a
 * cold build.
 */
const PUBLISHES = 3;

/** Build `project` from `contentDir` into `outDir` with `cacheDir`, in a child process, measured. */
export async function build(
  project: string,
  contentDir: string,
  outDir: string,
  cacheDir: string,
  env: Record<string, string> = {},
): Promise<BuildMeasure> {
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
      LISEUSE_HOST: 'all',
      ...env,
    },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as BuildMeasure;
}

/** Measure liseuse and the baseline with `count` articles, `runs` times each, in `work`. */
export async function measureSize(
  work: string,
  count: number,
  runs: number,
  seed: readonly string[],
  log: (message: string) => void,
  /** Run on the last warm build's dist/, with the median cold build, before it is deleted. */
  measureSite?: (outDir: string, cold: BuildMeasure) => Promise<void>,
): Promise<SizeResult> {
  const contentDir = join(work, `content-${count}`);
  await writeCollection(contentDir, count, seed);
  const projects = {
    liseuse: { root, outDir: join(work, `dist-${count}`), cacheDir: join(work, `cache-${count}`) },
    baseline: {
      root: join(root, 'bench/baseline'),
      outDir: join(work, `base-${count}`),
      cacheDir: join(work, `base-cache-${count}`),
    },
  };
  // Its own folders: the warm baseline builds start from the default processor's cache.
  const remark: Project = {
    root: projects.baseline.root,
    outDir: join(work, `base-remark-${count}`),
    cacheDir: join(work, `base-remark-cache-${count}`),
    env: { BASELINE_MARKDOWN: 'unified' },
  };
  const coldBuilds = { ...projects, remark };
  const cold = { liseuse: [] as BuildMeasure[], baseline: [] as BuildMeasure[], remark: [] as BuildMeasure[] };
  // Interleaved, so a busy moment on the machine weighs on all.
  for (let i = 0; i < runs; i++) {
    for (const [name, project] of Object.entries(coldBuilds) as Array<[keyof typeof cold, Project]>) {
      log(`${count} articles: ${name} cold build ${i + 1}/${runs}`);
      await rm(project.cacheDir, { recursive: true, force: true });
      await rm(project.outDir, { recursive: true, force: true });
      cold[name].push(await build(project.root, contentDir, project.outDir, project.cacheDir, project.env));
    }
  }
  const distBytes = await folderSize(projects.liseuse.outDir);
  const written = await writtenByKind(projects.liseuse.outDir);

  // Warm: caches and dist/ of the last build kept; each run corrects the same article again and
  // publishes it with each site in turn, the time from the save counted for each.
  const warm = { liseuse: [] as BuildMeasure[], baseline: [] as BuildMeasure[], remark: [] as BuildMeasure[] };
  const publish = { liseuse: [] as number[], baseline: [] as number[], remark: [] as number[] };
  // The newest article: a newsroom corrects today's story far more often than last month's (the
  // search index of the months before is then left as it is; see src/integrations/search-index.ts).
  const edited = join(contentDir, `article-${String(count - 1).padStart(5, '0')}.md`);
  const cards = join(projects.liseuse.cacheDir, 'liseuse-cards');
  const before = new Set(await readdir(cards));
  const publishes = Math.max(runs, PUBLISHES);
  for (let i = 0; i < publishes; i++) {
    const text = await readFile(edited, 'utf8');
    const corrected = text.replace(/^title: "/m, `title: "Corrigé ${i + 1} : `);
    for (const [name, project] of Object.entries(coldBuilds) as Array<[keyof typeof warm, Project]>) {
      log(`${count} articles: ${name} warm build ${i + 1}/${runs}`);
      // Saved again for each site, so each starts from the same moment: the save.
      const start = performance.now();
      await writeFile(edited, corrected);
      warm[name].push(await build(project.root, contentDir, project.outDir, project.cacheDir, project.env));
      publish[name].push(performance.now() - start);
    }
  }
  const cardsRerendered = (await readdir(cards)).filter((file) => !before.has(file)).length / publishes;
  await measureSite?.(projects.liseuse.outDir, medianMeasure(cold.liseuse));
  await rm(contentDir, { recursive: true, force: true });
  for (const project of Object.values(coldBuilds)) {
    await rm(project.outDir, { recursive: true, force: true });
    await rm(project.cacheDir, { recursive: true, force: true });
  }
  return {
    articles: count,
    runs,
    liseuseCold: medianMeasure(cold.liseuse),
    baselineCold: medianMeasure(cold.baseline),
    remarkCold: medianMeasure(cold.remark),
    liseuseWarm: medianMeasure(warm.liseuse),
    baselineWarm: medianMeasure(warm.baseline),
    remarkWarm: medianMeasure(warm.remark),
    publishMs: { liseuse: median(publish.liseuse), baseline: median(publish.baseline), remark: median(publish.remark) },
    publishes,
    cardsRerendered,
    distMb: distBytes / 1024 / 1024,
    written,
  };
}
