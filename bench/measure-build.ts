/**
 * Build one Astro project in this process and print what it cost as JSON on the last line:
 * `{ "ms": …, "maxRssKb": … }`. bench/run.ts runs it as a child, so each build's peak memory is
 * its own. Usage: node measure-build.ts <project root>
 */
import { build } from 'astro';

const root = process.argv[2] ?? '.';
const start = performance.now();
await build({ root, logLevel: 'error' });
console.log(JSON.stringify({ ms: performance.now() - start, maxRssKb: process.resourceUsage().maxRSS }));
