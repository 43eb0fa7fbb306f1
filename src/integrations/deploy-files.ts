/**
 * After the build: write the hosts' header files (src/lib/security-headers.ts), and
 * precompress text files so servers send brotli or gzip without compressing on each request.
 * Compressed files are cached by content hash: a rebuild compresses only what changed.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxHeaders } from '../lib/security-headers';
import { site } from '../site';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

/**
 * Brotli quality 5, measured on built article pages (`npm run bench`, bench/RESULTS.md): about
 * 40 MB/s on one core where quality 11 makes 1 MB/s, for files about 8 % larger (an article's
 * first view grows from 6.6 to 7.2 KB, well inside its 14 KB budget). At 11, compression took as
 * long as rendering every page. gzip 9 costs no more than 6 here and stays.
 */
export const BROTLI_QUALITY = 5;

const encoders = {
  br: (content: Buffer) =>
    promisify(brotliCompress)(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
  gz: (content: Buffer) => promisify(gzip)(content, { level: 9 }),
};

/**
 * Put the cached file `from` at `to`: a hard link when both are on one file system (a rebuild
 * writes tens of thousands of twins; a link copies no data), else a copy. Astro empties dist/
 * before each build, which removes links without touching the cache.
 */
async function reuse(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    await copyFile(from, to);
  }
}

/** Write `${path}.br` and `${path}.gz`, from the cache when this exact content was compressed before. */
async function precompress(path: string, cacheDir: string): Promise<void> {
  const content = await readFile(path);
  const hash = createHash('sha256').update(content).digest('hex');
  await Promise.all(
    Object.entries(encoders).map(async ([extension, encode]) => {
      // The quality is part of the name: changing it never serves files compressed at the old one.
      const cached = join(cacheDir, `${hash}.${extension === 'br' ? `q${BROTLI_QUALITY}.` : ''}${extension}`);
      try {
        await reuse(cached, `${path}.${extension}`);
      } catch {
        const compressed = await encode(content);
        await writeFile(`${path}.${extension}`, compressed);
        await writeFile(cached, compressed);
      }
    }),
  );
}

/** Run `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Write `_headers` (Netlify, Cloudflare Pages) and `_nginx-headers.conf`, and `.br`/`.gz` twins. */
export function deployFiles(): AstroIntegration {
  return {
    name: 'liseuse:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), netlifyHeaders());
        await writeFile(join(outDir, '_nginx-headers.conf'), nginxHeaders());

        const cacheDir = join(site.cacheDir, 'liseuse-compressed');
        await mkdir(cacheDir, { recursive: true });
        const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
        // zlib works on libuv's thread pool: keep every core busy.
        await eachLimited(files, availableParallelism() * 2, (file) => precompress(join(outDir, file), cacheDir));
        logger.info(`header files written; ${files.length} files precompressed (brotli, gzip)`);
      },
    },
  };
}
