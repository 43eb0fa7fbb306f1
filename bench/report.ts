/** The build-cost tables of bench/RESULTS.md, from bench/build-cost.ts's measures. */
import type { SizeResult } from './build-cost';
import { PHASES, type Phases } from './phases';
import { KINDS } from './written';

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const n = (count: number) => count.toLocaleString('en');

/** Cold and warm builds against the baseline, time to publish, memory. */
export function buildCostTable(results: readonly SizeResult[]): string {
  return `| articles | runs | liseuse cold | baseline cold | ratio | CPU ratio | liseuse warm | baseline warm | warm ratio | time to publish | cards re-rendered | peak memory liseuse / baseline | dist/ |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map(
    (r) =>
      `| ${n(r.articles)} | ${r.runs} | ${s(r.liseuseCold.ms)} | ${s(r.baselineCold.ms)} | ${ratio(r.liseuseCold.ms, r.baselineCold.ms)} | ${ratio(r.liseuseCold.cpuMs, r.baselineCold.cpuMs)} | ${s(r.liseuseWarm.ms)} | ${s(r.baselineWarm.ms)} | ${ratio(r.liseuseWarm.ms, r.baselineWarm.ms)} | ${s(r.publishMs.liseuse)} | ${r.cardsRerendered} | ${mb(r.liseuseCold.maxRssKb)} / ${mb(r.baselineCold.maxRssKb)} | ${r.distMb.toFixed(1)} MB |`,
  )
  .join('\n')}`;
}

/** Publishing one edit, from the save to a dist/ ready to upload, against the stock site built both ways. */
export function publishTable(results: readonly SizeResult[]): string {
  return `| articles | publishes | liseuse | stock Astro | ratio | stock Astro with remark | ratio |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map(
    ({ articles, publishes, publishMs: p }) =>
      `| ${n(articles)} | ${publishes} | ${s(p.liseuse)} | ${s(p.baseline)} | ${ratio(p.liseuse, p.baseline)} | ${s(p.remark)} | ${ratio(p.liseuse, p.remark)} |`,
  )
  .join('\n')}`;
}

/** What Astro's remark/rehype processor costs the stock site, against liseuse, cold. */
export function remarkTable(results: readonly SizeResult[]): string {
  return `| articles | baseline cold | baseline cold with remark | ratio | content sync, default / remark | liseuse cold | liseuse ÷ baseline with remark | CPU ratio |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map(
    (r) =>
      `| ${n(r.articles)} | ${s(r.baselineCold.ms)} | ${s(r.remarkCold.ms)} | ${ratio(r.remarkCold.ms, r.baselineCold.ms)} | ${s(r.baselineCold.phases['content sync'])} / ${s(r.remarkCold.phases['content sync'])} | ${s(r.liseuseCold.ms)} | ${ratio(r.liseuseCold.ms, r.remarkCold.ms)} | ${ratio(r.liseuseCold.cpuMs, r.remarkCold.cpuMs)} |`,
  )
  .join('\n')}`;
}

const phaseRow = (label: string, phases: Phases, total: number) =>
  `| ${label} | ${PHASES.map((phase) => s(phases[phase])).join(' | ')} | ${s(total)} |`;

/** Where the time goes, phase by phase, for each size; and how each phase grows from 1,000 to 10,000. */
export function phaseTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap((r) => [
    phaseRow(`${n(r.articles)} liseuse cold`, r.liseuseCold.phases, r.liseuseCold.ms),
    phaseRow(`${n(r.articles)} baseline cold`, r.baselineCold.phases, r.baselineCold.ms),
    phaseRow(`${n(r.articles)} baseline with remark cold`, r.remarkCold.phases, r.remarkCold.ms),
    phaseRow(`${n(r.articles)} liseuse warm`, r.liseuseWarm.phases, r.liseuseWarm.ms),
    phaseRow(`${n(r.articles)} baseline warm`, r.baselineWarm.phases, r.baselineWarm.ms),
    phaseRow(`${n(r.articles)} baseline with remark warm`, r.remarkWarm.phases, r.remarkWarm.ms),
  ]);
  const small = results.find((r) => r.articles === 1000);
  const large = results.find((r) => r.articles === 10_000);
  if (small && large) {
    const growth = (a: number, b: number) => (a < 50 ? '—' : `${(b / a).toFixed(1)}×`);
    for (const [label, key] of [
      ['liseuse cold', 'liseuseCold'],
      ['liseuse warm', 'liseuseWarm'],
      ['baseline cold', 'baselineCold'],
    ] as const) {
      rows.push(
        `| growth 1,000 → 10,000 (${label}) | ${PHASES.map((phase) => growth(small[key].phases[phase], large[key].phases[phase])).join(' | ')} | ${growth(small[key].ms, large[key].ms)} |`,
      );
    }
  }
  return `| build | ${PHASES.join(' | ')} | total |
| --- | ${PHASES.map(() => '---:').join(' | ')} | ---: |
${rows.join('\n')}`;
}

/** What the listings (sections, tags, publishers) and their feeds write, from the cold build. */
export function writtenTable(results: readonly SizeResult[]): string {
  const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `| articles | ${KINDS.map((kind) => `${kind}: files, bytes (+ br and gz twins)`).join(' | ')} |
| ---: | ${KINDS.map(() => '---:').join(' | ')} |
${results
  .map(
    (r) =>
      `| ${n(r.articles)} | ${KINDS.map((kind) => {
        const { files, bytes, twinBytes } = r.written[kind];
        return `${n(files)}, ${size(bytes)} (+ ${size(twinBytes)})`;
      }).join(' | ')} |`,
  )
  .join('\n')}`;
}

/** Issues 12 and 23's targets, checked on this run's figures. */
export function targetsSection(results: readonly SizeResult[]): string {
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  const lines = results
    .filter((r) => r.articles >= 1000)
    .map((r) => {
      const cold = r.liseuseCold.ms / r.baselineCold.ms;
      const warm = r.liseuseWarm.ms / r.baselineWarm.ms;
      const memory = r.liseuseCold.maxRssKb / r.baselineCold.maxRssKb;
      const remark = r.liseuseCold.ms / r.remarkCold.ms;
      const publish = r.publishMs.liseuse;
      return `- ${n(r.articles)} articles: cold ${cold.toFixed(2)}× the baseline (target 3×: ${mark(cold <= 3)}; ${remark.toFixed(2)}× the baseline built with remark); warm ${warm.toFixed(2)}× (target 1.5×: ${mark(warm <= 1.5)}); peak memory ${memory.toFixed(2)}× the baseline's (target 1×: ${mark(memory <= 1)}); one edit published in ${s(publish)}${r.articles >= 10_000 ? ` (target 10 s: ${mark(publish <= 10_000)})` : ''}, ${ratio(publish, r.publishMs.baseline)} the stock site's.`;
    });
  const small = results.find((r) => r.articles === 1000);
  const large = results.find((r) => r.articles === 10_000);
  if (small && large) {
    const worst = PHASES.filter((phase) => small.liseuseCold.phases[phase] >= 50)
      .map((phase) => ({ phase, growth: large.liseuseCold.phases[phase] / small.liseuseCold.phases[phase] }))
      .sort((a, b) => b.growth - a.growth)[0]!;
    lines.push(
      `- Linearity, 1,000 → 10,000 articles: the phase that grows most is ${worst.phase}, ${worst.growth.toFixed(1)}× (target ≤ 11×: ${mark(worst.growth <= 11)}).`,
    );
  }
  return `### Targets (issues 12 and 23)\n\n${lines.join('\n') || '- Measured below 1,000 articles only: the targets apply from 1,000.'}`;
}
