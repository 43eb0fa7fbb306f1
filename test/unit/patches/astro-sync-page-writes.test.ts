/**
 * The seventh part of the patch to Astro (patches/astro+7.3.5.patch, README "Performance"): a
 * build writes each page, and the incremental build's copy of it, with synchronous calls. Stock
 * Astro awaited `fs.promises.mkdir` and `fs.promises.writeFile` for each, page after page: four
 * to eight round trips through libuv's thread pool, each waiting longer while worker threads
 * kept the cores busy. A cold build of 1,000 articles took 24.6 to 26.8 s instead of 27.4 to
 * 33.9 s. Written as the tests proposed upstream with it: they count the promise-based file
 * requests, which grew with the number of pages.
 */
import { createHook } from 'node:async_hooks';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeCollection } from '../../../bench/synthetic';
// Not among Astro's exports: the patched class, as the build loads it.
import { IncrementalBuildCache } from '../../../node_modules/astro/dist/core/build/incremental.js';
import { root } from '../../../tools/paths';
import { seedParagraphs } from '../../../tools/seed';
import { makeTempDir } from '../../../tools/temp-dir';

describe("the incremental build's copy of a page", () => {
  it('is written when writeOutputFile returns, with no thread-pool request', async () => {
    const cacheDir = pathToFileURL(`${await makeTempDir('liseuse-incremental-')}/`);
    const cache = IncrementalBuildCache.load({ config: { cacheDir } } as never, 'config', 'lockfile', 'key');
    let requests = 0;
    const hook = createHook({
      init: (_id, type) => {
        if (type === 'FSREQPROMISE' || type === 'FSREQCALLBACK') requests++;
      },
    }).enable();
    try {
      for (const page of ['a/index.html', 'a/b/index.html', 'c/index.html']) {
        cache.writeOutputFile({ config: { cacheDir } } as never, page, `<p>${page}</p>`);
        expect(existsSync(new URL(`dist/${page}`, cacheDir))).toBe(true);
      }
    } finally {
      hook.disable();
    }
    expect(requests).toBe(0);
  });
});

/**
 * Build the stock site of the benchmark (bench/baseline/) with `count` articles in a child
 * process, and count the promise-based file requests it makes.
 */
async function promiseRequestsForPages(count: number): Promise<number> {
  const work = await makeTempDir('liseuse-writes-');
  await writeCollection(join(work, 'content'), count, seedParagraphs);
  // Counted over the whole build, by a module loaded first.
  const counter = join(work, 'count.mjs');
  await writeFile(
    counter,
    `import { createHook } from 'node:async_hooks';
let requests = 0;
createHook({ init: (_id, type) => { if (type === 'FSREQPROMISE') requests++; } }).enable();
process.on('exit', () => process.stderr.write('promise requests: ' + requests + '\\n'));
`,
  );
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', pathToFileURL(counter).href, join(root, 'bench/measure-build.ts'), join(root, 'bench/baseline')],
    {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        LISEUSE_CONTENT_DIR: join(work, 'content'),
        LISEUSE_OUT_DIR: join(work, 'dist'),
        LISEUSE_CACHE_DIR: join(work, 'cache'),
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return Number(/promise requests: (\d+)/.exec(stderr)?.[1]);
}

describe("a build's pages", () => {
  it('are written without a thread-pool request each: the requests do not grow with the pages', async () => {
    const few = await promiseRequestsForPages(5);
    const many = await promiseRequestsForPages(45);
    expect(Number.isFinite(few) && Number.isFinite(many)).toBe(true);
    // 40 more pages: stock Astro made at least four more requests for each.
    expect(many - few).toBeLessThan(40);
  }, 120_000);
});
