/**
 * The brotli and gzip twins of dist/'s text files (src/integrations/precompress.ts), written on
 * worker threads when there are many: what a server sends for a file is that file, whichever twin it picks, and the
 * cache of compressed files is never written through a twin.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tools/temp-dir';
import { importWithCacheDir } from '../helpers/cache-dir';

let precompress: typeof import('../../src/integrations/precompress').precompress;
let cacheDir: string;

beforeAll(async () => {
  let module: typeof import('../../src/integrations/precompress');
  ({ cacheDir, module } = await importWithCacheDir(
    'liseuse-precompress-',
    () => import('../../src/integrations/precompress'),
  ));
  ({ precompress } = module);
});

const cached = () => readdir(join(cacheDir, 'liseuse-compressed'));

/** A page of `size` bytes or so, different for each `seed`. */
const page = (seed: number, size = 35_000) =>
  `<!doctype html><p>${Array.from({ length: size / 40 }, (_, n) => `Paragraphe ${seed}-${n} de l’article. `).join('')}</p>`;

async function twinsOf(file: string): Promise<{ br: Buffer; gz: Buffer }> {
  return { br: brotliDecompressSync(await readFile(`${file}.br`)), gz: gunzipSync(await readFile(`${file}.gz`)) };
}

describe('precompress', () => {
  it('gives each file twins that decompress to it, small or large', async () => {
    const dist = await makeTempDir('liseuse-dist-');
    const files = await Promise.all(
      [40, 35_000, 2_000_000].map(async (size, seed) => {
        const file = join(dist, `page-${seed}.html`);
        await writeFile(file, page(seed, size));
        return file;
      }),
    );
    await precompress(files);
    for (const file of files) {
      const content = await readFile(file);
      const { br, gz } = await twinsOf(file);
      expect(br.equals(content)).toBe(true);
      expect(gz.equals(content)).toBe(true);
    }
  });

  it('gives as many files as a cold build has their twins, on worker threads', async () => {
    const dist = await makeTempDir('liseuse-dist-');
    const files = await Promise.all(
      Array.from({ length: 1200 }, async (_, seed) => {
        const file = join(dist, `page-${seed}.html`);
        await writeFile(file, page(seed, 2_000));
        return file;
      }),
    );
    await precompress(files);
    for (const file of files) {
      const content = (await readFile(file)).toString();
      const { br, gz } = await twinsOf(file);
      expect([br.toString(), gz.toString()]).toEqual([content, content]);
    }
  });

  it('takes the twins of content it compressed before from the cache, as links', async () => {
    const dist = await makeTempDir('liseuse-dist-');
    await mkdir(join(dist, 'a'));
    await mkdir(join(dist, 'b'));
    await writeFile(join(dist, 'a', 'index.html'), page(1000));
    await writeFile(join(dist, 'b', 'index.html'), page(1000));
    await precompress([join(dist, 'a', 'index.html')]);
    const files = await cached();
    await precompress([join(dist, 'b', 'index.html')]);
    expect(await cached()).toEqual(files);
    expect((await stat(join(dist, 'b', 'index.html.br'))).nlink).toBeGreaterThan(1);
  });

  it('never writes through a twin into the cache when the file changes', async () => {
    const dist = await makeTempDir('liseuse-dist-');
    const file = join(dist, 'index.html');
    await writeFile(file, page(2000));
    await precompress([file]);
    const first = await twinsOf(file);
    await writeFile(file, page(2001));
    await precompress([file]);
    expect((await twinsOf(file)).br.toString()).toBe(page(2001));
    // The first content's cached twins are still the first content's: a page of another site
    // or an older build linking to them is unharmed.
    await writeFile(join(dist, 'again.html'), page(2000));
    await precompress([join(dist, 'again.html')]);
    expect((await twinsOf(join(dist, 'again.html'))).br.equals(first.br)).toBe(true);
    expect((await twinsOf(join(dist, 'again.html'))).gz.toString()).toBe(page(2000));
  });

  it('fails for a file that is not there, naming it', async () => {
    const missing = join(await makeTempDir('liseuse-dist-'), 'gone.html');
    await expect(precompress([missing])).rejects.toThrow(missing);
  });
});
