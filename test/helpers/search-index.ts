/** Read the Pagefind indexes a build wrote into `<site>/pagefind/<months>/`, as its browser code would. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One indexed page, as Pagefind stored it. */
export interface Fragment {
  url: string;
  /** The indexed text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's files are gzip streams whose text starts with a signature. */
function decode(file: Buffer): string {
  const text = gunzipSync(file).toString('utf8');
  if (!text.startsWith('pagefind_dcd')) throw new Error('not a Pagefind file');
  return text.slice('pagefind_dcd'.length);
}

/** The folders of the indexes (newest months, archive), newest first, as `shards.json` lists them for the search page. */
export async function shardFolders(siteDir: string): Promise<string[]> {
  const list = JSON.parse(await readFile(join(siteDir, 'pagefind/shards.json'), 'utf8')) as string[];
  return list.map((name) => join(siteDir, 'pagefind', name));
}

/** Every page of one index (a folder `shardFolders` lists), one fragment each. */
export async function readShardFragments(shard: string): Promise<Fragment[]> {
  const dir = join(shard, 'fragment');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment'));
  return Promise.all(files.map(async (file) => JSON.parse(decode(await readFile(join(dir, file)))) as Fragment));
}

/** Every page of every index, one fragment each. */
export async function readFragments(siteDir: string): Promise<Fragment[]> {
  const fragments = [];
  for (const shard of await shardFolders(siteDir)) fragments.push(...(await readShardFragments(shard)));
  return fragments;
}

/** Pages indexed, per language, as the indexes' pagefind-entry.json count them. */
export async function indexedPageCounts(siteDir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const shard of await shardFolders(siteDir)) {
    const entry = JSON.parse(await readFile(join(shard, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const [lang, { page_count }] of Object.entries(entry.languages))
      counts[lang] = (counts[lang] ?? 0) + page_count;
  }
  return counts;
}
