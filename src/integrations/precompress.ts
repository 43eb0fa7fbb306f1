/**
 * Brotli and gzip twins of dist/'s text files, so servers send them compressed without
 * compressing on each request. Used by deploy-files for the pages and by search-index for the
 * search engine's own files. Compressed files are cached by content hash.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { reuse, sha256 } from '../cache-files';
import { site } from '../site';

/** The files that get twins: text. Pictures, fonts and Pagefind's index chunks are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest|opml)$/;

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

/** The twins of `file`, one per encoder: `${file}.br`, `${file}.gz`. */
export const twinsOf = (file: string) => Object.keys(encoders).map((extension) => `${file}.${extension}`);

/** The text file that `file` is a twin of, or undefined when it is none. */
export function twinSource(file: string): string | undefined {
  const source = file.replace(/\.[^./\\]+$/, '');
  return COMPRESSIBLE.test(source) && twinsOf(source).includes(file) ? source : undefined;
}

/** Where compressed files are kept between builds, named by the hash of what they compress. */
export const COMPRESSED_CACHE_DIR = join(site.cacheDir, 'liseuse-compressed');

/** Write `${path}.br` and `${path}.gz` of `content`, from the cache when this exact content was compressed before. */
export async function precompress(path: string, content: Buffer): Promise<void> {
  const hash = sha256(content);
  await Promise.all(
    Object.entries(encoders).map(async ([extension, encode]) => {
      // The quality is part of the name: changing it never serves files compressed at the old one.
      const cached = join(
        COMPRESSED_CACHE_DIR,
        `${hash}.${extension === 'br' ? `q${BROTLI_QUALITY}.` : ''}${extension}`,
      );
      const twin = `${path}.${extension}`;
      // The previous twin may be a link into the cache: remove it, never write through it.
      await rm(twin, { force: true });
      try {
        await reuse(cached, twin);
      } catch {
        const compressed = await encode(content);
        // Only on a miss: a publish takes most twins from the cache, and its folder is there.
        await mkdir(COMPRESSED_CACHE_DIR, { recursive: true });
        await writeFile(cached, compressed);
        await reuse(cached, twin);
      }
    }),
  );
}
