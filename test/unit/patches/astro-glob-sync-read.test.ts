/**
 * The sixth part of the patch to Astro (patches/astro+7.3.5.patch, README "Performance"): the
 * glob loader reads each file with one synchronous call. Stock Astro awaited `fs.promises.readFile`,
 * four round trips through libuv's thread pool per file (open, stat, read, close): reading the
 * 10,000 files of a publish cost about 0.9 s of the main thread's time where one synchronous read
 * each costs 0.25 s. Written as the test proposed upstream with it: it counts the promise-based
 * file requests a load makes, which grew with the number of files.
 */
import { createHook } from 'node:async_hooks';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the patched loader and store, as the build loads them.
import { glob } from '../../../node_modules/astro/dist/content/loaders/glob.js';
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { makeTempDir } from '../../../tools/temp-dir';

const FILES = 200;

/** A folder of `count` Markdown files, and a store to load them into. */
async function collection(count: number) {
  const root = await makeTempDir('liseuse-glob-');
  await mkdir(join(root, 'articles'));
  for (let n = 0; n < count; n++) {
    await writeFile(join(root, 'articles', `a${n}.md`), `Texte ${n}\n`);
  }
  const store = await MutableDataStore.fromFile(pathToFileURL(join(root, 'data-store.json')));
  return { root, store: store.scopedStore('articles') };
}

/** Load `root/articles/*.md` with the glob loader. */
async function load(root: string, store: ReturnType<MutableDataStore['scopedStore']>) {
  const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };
  await glob({ pattern: '*.md', base: 'articles' }).load({
    collection: 'articles',
    store,
    logger,
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    generateDigest: (contents: string) => String(contents.length) + contents,
    entryTypes: new Map([
      ['.md', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: {}, body: contents }) }],
    ]),
  } as never);
}

/** The promise-based file-system requests started while `task` runs. */
async function fileRequestsDuring(task: () => Promise<void>): Promise<number> {
  let requests = 0;
  const hook = createHook({
    init: (_id, type) => {
      if (type === 'FSREQPROMISE') requests++;
    },
  }).enable();
  try {
    await task();
  } finally {
    hook.disable();
  }
  return requests;
}

describe("the glob loader's reads", () => {
  it('read every file, each into its own entry', async () => {
    const { root, store } = await collection(FILES);
    await load(root, store);
    expect(store.keys()).toHaveLength(FILES);
    expect(store.get('a7')?.digest).toBe('8Texte 7\n');
  });

  it('cost no thread-pool round trip per file: the requests do not grow with the files', async () => {
    const few = await collection(2);
    const many = await collection(FILES);
    const forFew = await fileRequestsDuring(() => load(few.root, few.store));
    const forMany = await fileRequestsDuring(() => load(many.root, many.store));
    // Listing the folder takes a few requests, the same for 2 files as for 200.
    expect(forMany - forFew).toBeLessThan(FILES / 10);
  });
});
