/**
 * The fifth part of the patch to Astro (patches/astro+7.3.5.patch, README "Performance"): saving
 * the data store compares it with the file already there as bytes, and only when their sizes
 * match. Stock Astro read the old file back as text to compare strings: decoding 70 MB of UTF-8
 * at 10,000 articles, for a store that a publish has always changed. Written as the test proposed
 * upstream with it.
 */
import nodeFs from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Not among Astro's exports: the patched file itself, as the build loads it.
import { writeFileAtomic } from '../../../node_modules/astro/dist/content/data-store-writer.js';
import { makeTempDir } from '../../../tools/temp-dir';

const STORE = '[["Map",1],"articles","La Corée du Nord, 13 septembre"]';

async function savedStore(text = STORE) {
  const file = join(await makeTempDir('liseuse-store-write-'), 'data-store.json');
  await writeFile(file, text);
  return file;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saving the data store over the previous one', () => {
  it('leaves the file alone when nothing changed, as stock Astro does (no rewrite, no watcher woken)', async () => {
    const file = await savedStore();
    const before = await stat(file);
    expect(await writeFileAtomic(file, STORE)).toBe(false);
    const after = await stat(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('writes a change that keeps the size in bytes', async () => {
    const file = await savedStore();
    const changed = STORE.replace('13', '14');
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(STORE));
    expect(await writeFileAtomic(file, changed)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(changed);
  });

  it('writes a store of another size without reading the old one back', async () => {
    const file = await savedStore();
    const reads = vi.spyOn(nodeFs.promises, 'readFile');
    const changed = STORE.replace('Corée', 'Corée du Sud et la Corée');
    expect(await writeFileAtomic(file, changed)).toBe(true);
    expect(reads).not.toHaveBeenCalled();
    expect(await readFile(file, 'utf8')).toBe(changed);
  });

  it('compares the same size as bytes, not as decoded text', async () => {
    const file = await savedStore();
    const reads = vi.spyOn(nodeFs.promises, 'readFile');
    expect(await writeFileAtomic(file, STORE)).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.calls[0]).toHaveLength(1);
  });

  it('writes a store where there was none', async () => {
    const file = join(await makeTempDir('liseuse-store-write-'), 'data-store.json');
    expect(await writeFileAtomic(file, STORE)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(STORE);
  });
});
