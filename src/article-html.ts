/**
 * Articles' rendered HTML, kept in files of its own beside Astro's data store rather than in it.
 * The store is one document that every build parses whole when it starts and writes whole after
 * its content sync: at 10,000 articles the HTML was 58 of its 67 MB, read and written again for
 * each correction, and held in memory by every build. The loader writes each article's HTML here
 * as it renders it and the store keeps the rest (data, digest, headings, reading stats); a page,
 * feed or search document reads one article's HTML back when it needs it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStore } from 'astro/loaders';
import { sha256, writeAtomicallySync } from './cache-files';
import { site } from './site';

const HTML_DIR = join(site.cacheDir, 'liseuse-html');

/** The file of an entry's HTML, named by its id and its source's digest: an edit gets a new file. */
const htmlName = (id: string, digest: string | number) => `${sha256(id, '\0', String(digest)).slice(0, 40)}.html`;

/**
 * `store`, but the HTML of each entry set into it goes to its own file, the store keeping an empty
 * string in its place. An entry whose file is gone (a cache folder cleared by hand) is dropped
 * first, so the loader renders it again; the files of entries no longer in the store go once the
 * loader is done (`prune`).
 */
export function storeWithHtmlApart(store: DataStore): { store: DataStore; prune: () => void } {
  mkdirSync(HTML_DIR, { recursive: true });
  const found = new Set(readdirSync(HTML_DIR));
  for (const [id, entry] of store.entries()) {
    if (entry.rendered && entry.digest !== undefined && !found.has(htmlName(id, entry.digest))) store.delete(id);
  }
  return {
    store: {
      ...store,
      set: (entry) => {
        if (!entry.rendered || entry.digest === undefined) return store.set(entry);
        // Written before the store changes: an entry in the store always has its file.
        writeAtomicallySync(join(HTML_DIR, htmlName(entry.id, entry.digest)), entry.rendered.html);
        return store.set({ ...entry, rendered: { ...entry.rendered, html: '' } });
      },
    },
    prune: () => {
      const kept = new Set(
        store.entries().flatMap(([id, entry]) => (entry.digest === undefined ? [] : [htmlName(id, entry.digest)])),
      );
      for (const name of found) if (!kept.has(name)) rmSync(join(HTML_DIR, name), { force: true });
    },
  };
}

/** An entry as the store holds it: enough to find its HTML. */
interface StoredEntry {
  id: string;
  digest?: string | number;
  filePath?: string;
  rendered?: { html: string };
}

/** An article's HTML as the Markdown pipeline rendered it: sanitised, pictures still placeholders. */
export function articleHtml(entry: StoredEntry): string {
  const where = entry.filePath ?? entry.id;
  if (!entry.rendered || entry.digest === undefined) throw new Error(`${where}: the article was not rendered`);
  try {
    return readFileSync(join(HTML_DIR, htmlName(entry.id, entry.digest)), 'utf8');
  } catch (error) {
    throw new Error(`${where}: its rendered HTML is missing from ${HTML_DIR}; build again`, { cause: error });
  }
}

/** `entry` with its HTML back in place, as Astro's `render()` takes it. */
export function withArticleHtml<Entry extends StoredEntry & { rendered?: object }>(entry: Entry): Entry {
  return { ...entry, rendered: { ...entry.rendered, html: articleHtml(entry) } };
}
