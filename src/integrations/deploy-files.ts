/**
 * After the build: write the hosts' header files (src/lib/security-headers.ts), and
 * precompress text files so servers send brotli or gzip without compressing on each request.
 * Compressed files are cached by content hash: a rebuild compresses only what changed.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxHeaders } from '../lib/security-headers';
import { site } from '../site';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

const encoders = {
  br: (content: Buffer) => promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gz: (content: Buffer) => promisify(gzip)(content, { level: 9 }),
};

/** Write `${path}.br` and `${path}.gz`, from the cache when this exact content was compressed before. */
async function precompress(path: string, cacheDir: string): Promise<void> {
  const content = await readFile(path);
  const hash = createHash('sha256').update(content).digest('hex');
  await Promise.all(
    Object.entries(encoders).map(async ([extension, encode]) => {
      const cached = join(cacheDir, `${hash}.${extension}`);
      try {
        await copyFile(cached, `${path}.${extension}`);
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
