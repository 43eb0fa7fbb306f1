/**
 * Preview cards alone: draw `count` cards (default 900) with the build's pool of card workers, one
 * per core, and print wall time, CPU time (all threads), peak memory of the process, and its memory
 * once the pool's idle workers have ended. Usage: `tsx bench/card-workers.ts [count]`.
 */
import { createHash } from 'node:crypto';
import type { CardContent } from '../src/og/card';
import { cardWorkerData, registerCardFonts } from '../src/og/card-fonts';
import { WorkerPool } from '../src/worker-pool';
import { cardFonts } from '../test/helpers/card-fonts';

const count = Number(process.argv[2] ?? 900);
const fonts = await cardFonts();
registerCardFonts(fonts);
const idleTimeout = 500;
const pool = new WorkerPool<CardContent, Uint8Array>(new URL('../src/og/card-worker.ts', import.meta.url), {
  workerData: cardWorkerData(fonts),
  idleTimeout,
});

const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
const cpuStart = process.cpuUsage();
const start = performance.now();
const pngs = await Promise.all(
  Array.from(
    { length: count },
    (_, index) =>
      pool.run(
        {
          siteName: 'liseuse',
          kicker: 'Opinion · International',
          title: `La Corée du Nord créera des problèmes supplémentaires pour les États-Unis, no ${index}`,
          date: '13 septembre 2023',
          source: 'Source : attuale.info',
        },
        { background: true },
      ).value,
  ),
);
const wall = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const rssDone = rssMb();
await new Promise((resolve) => setTimeout(resolve, idleTimeout + 1500));
clearInterval(sampler);
const digest = createHash('sha256');
for (const png of pngs) digest.update(png);
console.log(
  [
    `${count} cards in ${Math.round(wall)} ms`,
    `CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms (system ${Math.round(cpu.system / 1000)} ms)`,
    `peak ${peak} MB`,
    `${rssDone} MB when done, ${rssMb()} MB once the ${pool.threads === 0 ? 'workers ended' : 'workers idled'}`,
    `${Math.round(pngs.reduce((sum, png) => sum + png.byteLength, 0) / count / 1024)} KB a card`,
    `digest ${digest.digest('hex').slice(0, 16)}`,
  ].join('; '),
);
