/** Read the Pagefind index a build wrote into `<site>/pagefind/`, as its browser code would. */
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

/** Every page of the index, one fragment each. */
export async function readFragments(siteDir: string): Promise<Fragment[]> {
  const dir = join(siteDir, 'pagefind/fragment');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment'));
  return Promise.all(files.map(async (file) => JSON.parse(decode(await readFile(join(dir, file)))) as Fragment));
}

/** Pages indexed, per language, as pagefind-entry.json counts them. */
export async function indexedPageCounts(siteDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}
