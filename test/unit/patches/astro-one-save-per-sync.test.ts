/**
 * The third part of the patch to Astro (patches/astro+7.3.5.patch, README "Performance"): a
 * content sync saves the data store once, at its end. Stock Astro also saved it 500 ms after the
 * sync's first change, in the middle of the sync, serialising the whole store once more for
 * nothing (3 s of a 10,000-article publish). Written as the test proposed upstream with it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the patched file itself, as the build loads it.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { makeTempDir } from '../../../tools/temp-dir';

const DEBOUNCE_MS = 500;

async function emptyStore() {
  const file = join(await makeTempDir('liseuse-store-'), 'data-store.json');
  return { file, store: await MutableDataStore.fromFile(pathToFileURL(file)) };
}

describe('saving the data store during a content sync', () => {
  it('waits for the end of the sync, however long it takes', async () => {
    const { file, store } = await emptyStore();
    store.deferSaves(true);
    store.set('articles', 'a', { id: 'a', data: { title: 'Un' } });
    await sleep(DEBOUNCE_MS * 2);
    expect(existsSync(file)).toBe(false);
    store.set('articles', 'b', { id: 'b', data: { title: 'Deux' } });
    store.deferSaves(false);
    await store.waitUntilSaveComplete();
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('Un');
    expect(saved).toContain('Deux');
  });

  it('is still debounced outside a sync, as in stock Astro (dev edits saved without a sync)', async () => {
    const { file, store } = await emptyStore();
    store.set('articles', 'a', { id: 'a', data: { title: 'Un' } });
    await sleep(DEBOUNCE_MS * 3);
    expect(await readFile(file, 'utf8')).toContain('Un');
  });
});
