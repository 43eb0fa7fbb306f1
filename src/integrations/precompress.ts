/**
 * Brotli and gzip twins of dist/'s text files, so servers send them compressed without
 * compressing on each request. Used by deploy-files for the pages and by search-index for the
 * search engine's own files. Compressed files are cached by content hash. Many files are
 * compressed on worker threads, one per core (./precompress-worker.ts): a cold build of 10,000
 * articles compresses 13,700.
 * THIS FILE IS RUN BY NODE IN THE WORKERS TOO: imports carry their `.ts` extension.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { reuse, sha256, writeAtomicallySync } from '../cache-files.ts';
import { site } from '../site.ts';
import { WorkerPool } from '../worker-pool.ts';

/** The files that get twins: text. Pictures, fonts and Pagefind's index chunks are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest|opml)$/;

/**
 * Brotli quality 5, measured on built article pages (`npm run bench`, bench/RESULTS.md): about
 * 40 MB/s on one core where quality 11 makes 1 MB/s, for files about 8 % larger (an article's
 * first view grows from 6.6 to 7.2 KB, well inside its 14 KB budget). At 11, compression took as
 * long as rendering every page. gzip 9 costs no more than 6 here and stays.
 */
export const BROTLI_QUALITY = 5;

/**
 * Brotli's window, fitted to the file: the default, 4 MB, made each compression of a 35 KB page
 * allocate and clear buffers for a file a hundred times its size. Fitted, 600 article pages took
 * 0.39 s of CPU instead of 0.75 s (0.23 s of wall time instead of 0.42 s, four at a time on two
 * cores), for files no larger. Between brotli's smallest window (1 KB) and its largest (16 MB).
 */
const brotliWindow = (bytes: number) =>
  Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes))));

const encoders = {
  br: (content: Buffer) =>
    brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: brotliWindow(content.byteLength),
        [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
  gz: (content: Buffer) => gzipSync(content, { level: 9 }),
};

/** The twins of `file`, one per encoder: `${file}.br`, `${file}.gz`. */
export const twinsOf = (file: string) => Object.keys(encoders).map((extension) => `${file}.${extension}`);

/** The text file that `file` is a twin of, or undefined when it is none. */
export function twinSource(file: string): string | undefined {
  const source = file.replace(/\.[^./\\]+$/, '');
  return COMPRESSIBLE.test(source) && twinsOf(source).includes(file) ? source : undefined;
}

/** Where compressed files are kept between builds, named by the hash of what they compress. */
export const COMPRESSED_CACHE_DIR = join(site.cacheDir, 'liseuse-compressed');

/**
 * Write `${path}.br` and `${path}.gz` of the file at `path`, from `cacheDir` when this exact
 * content was compressed before: what a worker does for each request, and this thread for a
 * few files. Every step is synchronous (a promise of `fs/promises` or of `zlib` costs several
 * round trips through libuv's thread pool: 600 article pages took 2.2 s of CPU that way, of
 * which 0.75 s compressing).
 */
export function precompressFile(path: string, cacheDir: string): void {
  const content = readFileSync(path);
  const hash = sha256(content);
  for (const [extension, encode] of Object.entries(encoders)) {
    // The settings are part of the name: changing them never serves files compressed with the old ones.
    const cached = join(cacheDir, `${hash}.${extension === 'br' ? `q${BROTLI_QUALITY}-fitted.` : ''}${extension}`);
    const twin = `${path}.${extension}`;
    // The previous twin may be a link into the cache: remove it, never write through it.
    rmSync(twin, { force: true });
    if (!existsSync(cached)) {
      // Only on a miss: a publish takes most twins from the cache, and its folder is there.
      mkdirSync(cacheDir, { recursive: true });
      writeAtomicallySync(cached, encode(content));
    }
    reuse(cached, twin);
  }
}

let pool: WorkerPool<string, void> | undefined;

/**
 * Files from which starting the workers pays: a publish at 10,000 articles compresses about 250
 * files, in 0.47 s on this thread against 0.63 s with two workers to start; a cold build, 13,700.
 */
const WORKERS_FROM = 1000;

/**
 * Give the files at `paths` their twins: on worker threads, which end soon after the last file
 * and give their memory back, or on this thread when there are few.
 */
export async function precompress(paths: readonly string[]): Promise<void> {
  if (paths.length < WORKERS_FROM) {
    for (const path of paths) precompressFile(path, COMPRESSED_CACHE_DIR);
    return;
  }
  // The folder is given to the workers, not read again from their environment: the build's.
  const workers = (pool ??= new WorkerPool<string, void>(new URL('./precompress-worker.ts', import.meta.url), {
    workerData: COMPRESSED_CACHE_DIR,
    idleTimeout: 200,
    // A worker only passes buffers between the disk and zlib: with a 4 MB young generation
    // instead of V8's default, compressing the 13,700 files of a 10,000-article dist/ peaked at
    // 256 MB of memory instead of 325, in the same time (two runs each way).
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  }));
  await Promise.all(paths.map((path) => workers.run(path).value));
}
