/**
 * Build one Astro project in this process and print what it cost as JSON on the last line:
 * `{ "ms", "cpuMs", "maxRssKb", "phases" }`. bench/run.ts runs it as a child, so each build's
 * peak memory (workers included: they are threads of this process) and CPU time are its own.
 * The build's log is stamped line by line to split it into phases (bench/phases.ts).
 * Usage: node measure-build.ts <project root>
 */
import module from 'node:module';
import { phasesOf, type LogEvent } from './phases.ts';

// As `astro build` does (astro/bin/astro.mjs, which skips it in CI): Node keeps its compiled code
// between runs, so a rebuild does not compile Astro, Vite and the project's modules again.
// Enabled before Astro loads, whose loading the measure now includes.
if (!process.env.CI) module.enableCompileCache();
const { build } = await import('astro');

const root = process.argv[2] ?? '.';
const events: LogEvent[] = [];
const start = performance.now();
const streams = [process.stdout, process.stderr] as const;
const writes = streams.map((stream) => stream.write.bind(stream));
for (const stream of streams) {
  stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    events.push({ ms: performance.now() - start, text: String(chunk) });
    (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
    return true;
  };
}
const restore = () => streams.forEach((stream, i) => (stream.write = writes[i]!));
try {
  await build({ root, logLevel: 'info' });
} catch (error) {
  restore();
  process.stderr.write(events.map((event) => event.text).join(''));
  throw error;
}
const ms = performance.now() - start;
restore();
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    ms,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: usage.maxRSS,
    phases: phasesOf(events),
  }),
);
