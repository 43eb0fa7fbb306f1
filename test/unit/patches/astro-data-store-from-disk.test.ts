/**
 * The second part of the patch to Astro (patches/astro+7.3.5.patch, README "Performance"): a
 * build prerenders in its own Node process right after bundling (unless an adapter brings its
 * own prerenderer), so the prerender environment reads the collection's data store from disk
 * instead of receiving it as a bundled module (100 MB of JavaScript at 10,000 articles, which
 * Rolldown parsed and wrote and V8 compiled again: 9.5 s of a 10,000-article publish). Better,
 * it takes the collections the same build's content sync just saved, while the file is the one
 * saved (parsing 70 MB again took 2 s at 10,000 articles). Written as the test proposed upstream.
 */
import { writeFile } from 'node:fs/promises';
import nodeFs from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// Not among Astro's exports: the patched file itself, as the build loads it.
import { astroContentVirtualModPlugin } from '../../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js';
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { makeTempDir } from '../../../tools/temp-dir';

const STORE_ID = '\0astro:data-layer-content';

/** The data store module as the plugin loads it for `environment` in a build (or in dev). */
async function storeModule(
  environment: string,
  { command = 'build', adapterPrerenders = false }: { command?: 'build' | 'serve'; adapterPrerenders?: boolean } = {},
) {
  // A folder whose name JavaScript and URLs both need escaped.
  const root = await makeTempDir(`liseuse "store" é #1 `);
  const rootUrl = pathToFileURL(`${root}/`);
  const store = [['Map', 1], 'articles', 'un texte "cité"\u2028 é'];
  const settings = {
    config: {
      root: rootUrl,
      srcDir: new URL('src/', rootUrl),
      cacheDir: new URL('.cache/', rootUrl),
      experimental: {},
      legacy: {},
    },
    dotAstroDir: new URL('.astro/', rootUrl),
    contentEntryTypes: [],
    dataEntryTypes: [],
    // An adapter's prerenderer, which may run the bundle in another runtime (Cloudflare's workerd).
    ...(adapterPrerenders ? { prerenderer: () => ({}) } : {}),
  };
  for (const dir of ['.cache', '.astro']) nodeFs.mkdirSync(join(root, dir));
  // The file a build reads is in cacheDir, dev's in .astro: the same store is put in both.
  for (const dir of ['.cache', '.astro']) await writeFile(join(root, dir, 'data-store.json'), JSON.stringify(store));
  const plugin = astroContentVirtualModPlugin({ settings, fs: nodeFs } as never) as unknown as {
    config: (config: object, env: { command: string }) => void;
    load: { handler: (this: object, id: string) => Promise<{ code: string }> };
  };
  plugin.config({}, { command });
  const context = {
    environment: { name: environment },
    error: (message: unknown) => Promise.reject(new Error(String(message))),
  };
  const { code } = await plugin.load.handler.call(context, STORE_ID);
  return { code, store, file: join(root, '.cache', 'data-store.json') };
}

/** Run a module's code as Node would run the bundled chunk (kept elsewhere), and return its default export. */
async function run(code: string): Promise<unknown> {
  const file = join(await makeTempDir('liseuse-chunk-'), 'chunk.mjs');
  await writeFile(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/**
 * A build's content sync: a store saved to `file`, then kept for the prerender. Its entries are
 * set out of order, as a loader whose renders finish in any order sets them.
 */
async function syncedStore(file: string) {
  nodeFs.rmSync(file);
  const store = await MutableDataStore.fromFile(pathToFileURL(file));
  store.set('articles', 'seed', { id: 'seed', data: { title: 'La Corée du Nord' } });
  store.set('articles', 'autre', { id: 'autre', data: { title: 'Un autre article' } });
  await store.waitUntilSaveComplete();
  await store.keepForPrerender();
  return store;
}

const SYNCED = Symbol.for('astro.syncedDataStore');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SYNCED];
});

describe('the data store in a build', () => {
  it('is read from disk when prerendering: the module holds its path, not its contents', async () => {
    const { code, store } = await storeModule('prerender');
    expect(code).not.toContain('articles');
    expect(code.length).toBeLessThan(1000);
    expect(await run(code)).toEqual(store);
  });

  it('is taken from the content sync of the same build, not parsed again, while the file is the one it saved', async () => {
    const { code, file } = await storeModule('prerender');
    const synced = await syncedStore(file);
    const collections = (await run(code)) as Map<string, Map<string, unknown>>;
    // The sync's own entries: nothing was read or parsed.
    expect(collections.get('articles')!.get('seed')).toBe(synced.get('articles', 'seed'));
    expect(synced.get('articles', 'seed')).toEqual({ id: 'seed', data: { title: 'La Corée du Nord' } });
  });

  it('is handed over in the order of the file, whatever order the sync set its entries in', async () => {
    const { code, file } = await storeModule('prerender');
    await syncedStore(file);
    const collections = (await run(code)) as Map<string, Map<string, unknown>>;
    expect([...collections.get('articles')!.keys()]).toEqual(['autre', 'seed']);
    const saved = (await MutableDataStore.fromFile(pathToFileURL(file))).collections();
    expect([...collections.get('articles')!.keys()]).toEqual([...saved.get('articles')!.keys()]);
  });

  it('is read from the file again if the file changed after the sync saved it', async () => {
    const { code, file, store } = await storeModule('prerender');
    await syncedStore(file);
    await writeFile(file, JSON.stringify(store));
    expect(await run(code)).toEqual(store);
  });

  it('stays inside the module for an environment that may run elsewhere (a server build), as in stock Astro', async () => {
    const { code, store } = await storeModule('ssr');
    expect(code).toContain('articles');
    expect(await run(code)).toEqual(store);
  });

  it('stays inside the module when an adapter prerenders, perhaps without Node, as in stock Astro', async () => {
    const { code, store } = await storeModule('prerender', { adapterPrerenders: true });
    expect(code).toContain('articles');
    expect(await run(code)).toEqual(store);
  });

  it('stays inside the module in dev, as in stock Astro', async () => {
    const { code, store } = await storeModule('prerender', { command: 'serve' });
    expect(code).toContain('articles');
    expect(await run(code)).toEqual(store);
  });
});
