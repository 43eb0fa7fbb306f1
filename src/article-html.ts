/**
 * Articles' rendered HTML, kept in files of its own beside Astro's data store rather than in it.
 * The store is one document that every build parses whole when it starts and writes whole after
 * its content sync: at 10,000 articles the HTML was 58 of its 67 MB, read and written again for
 * each correction, and held in memory by every build. The loader writes each article's HTML here
 * as it renders it, named by its hash, and the store keeps the rest (data, digest, headings, reading
 * stats, but not the frontmatter a second time); a page, feed or search document reads one
 * article's HTML back when it needs it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStore } from 'astro/loaders';
import { sha256, writeAtomicallySync } from './cache-files';
import { site } from './site';

const HTML_DIR = join(site.cacheDir, 'liseuse-html');

/**
 * The key under which an entry's `rendered.metadata` holds the SHA-256 of its HTML, which names
 * the HTML's file: an edit, or a change of the Markdown pipeline, gives a new file.
 */
const HASH_KEY = 'liseuseHtmlSha256';

const fileName = (hash: string) => `${hash}.html`;

/** An entry as the store holds it: enough to find its HTML. */
interface StoredEntry {
  id: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The article's file, or its id, for error messages. */
const where = (entry: StoredEntry) => entry.filePath ?? entry.id;

/** The SHA-256 of an entry's HTML, as the store records it; undefined when its HTML is not apart. */
function storedHash(entry: StoredEntry): string | undefined {
  const hash = entry.rendered?.metadata?.[HASH_KEY];
  return typeof hash === 'string' ? hash : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the remark plugins added to an article's frontmatter (its reading stats): the keys it
 * already gave are in `data`, parsed. Astro's renderer returns the whole frontmatter, so the store
 * held every article's title, summary, tags and source twice; without them, at 10,000 articles,
 * it is 7.6 MB instead of 9.3 and serialised in 0.58 s instead of 0.71 at each publish.
 */
function addedByPlugins(frontmatter: Record<string, unknown>, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(frontmatter).filter(([key]) => !Object.hasOwn(data, key)));
}

/**
 * `store`, but the HTML of each entry set into it goes to its own file, the store keeping an empty
 * string and the HTML's hash in its place. An entry whose file is gone (a cache folder cleared by
 * hand), or stored with its HTML by an earlier version, is dropped first, so the loader renders
 * it again. `prune`, once a build's loader is done, removes the files no entry names. `astro dev`
 * does not call it, so it never removes a file a build needs; a build can remove one that a
 * running dev server (whose store is its own) still names, for a version of an article the
 * build did not see, and that page then says to restart the dev server, which renders it again.
 * Two builds sharing one cache folder at once are not supported: they share Astro's store too.
 */
export function storeWithHtmlApart(store: DataStore): { store: DataStore; prune: () => void } {
  mkdirSync(HTML_DIR, { recursive: true });
  const onDisk = new Set(readdirSync(HTML_DIR));
  for (const [id, entry] of store.entries()) {
    const hash = storedHash(entry);
    if (entry.rendered && (hash === undefined || !onDisk.has(fileName(hash)))) store.delete(id);
  }
  return {
    store: {
      ...store,
      set: (entry) => {
        if (!entry.rendered) return store.set(entry);
        const hash = sha256(entry.rendered.html);
        // Written before the store names it; looked for on disk, not in the listing above, which
        // a build's prune may have made stale by the time `astro dev` sets an entry again.
        const file = join(HTML_DIR, fileName(hash));
        if (!existsSync(file)) {
          try {
            writeAtomicallySync(file, entry.rendered.html);
          } catch (error) {
            throw new Error(`${where(entry)}: its rendered HTML could not be written to ${file}`, {
              cause: error,
            });
          }
        }
        const metadata = { ...entry.rendered.metadata, [HASH_KEY]: hash };
        if (isRecord(metadata.frontmatter)) metadata.frontmatter = addedByPlugins(metadata.frontmatter, entry.data);
        return store.set({ ...entry, rendered: { ...entry.rendered, html: '', metadata } });
      },
    },
    prune: () => {
      const named = new Set(
        store
          .values()
          .flatMap((entry) => storedHash(entry) ?? [])
          .map(fileName),
      );
      for (const name of onDisk) if (!named.has(name)) rmSync(join(HTML_DIR, name), { force: true });
    },
  };
}

/**
 * What identifies an article's HTML without reading it: what the search index's signature
 * hashes for every article of the archive at each publish.
 */
export function articleHtmlHash(entry: StoredEntry): string {
  const hash = storedHash(entry);
  if (hash === undefined) throw new Error(`${where(entry)}: the article was not rendered`);
  return hash;
}

/** An article's HTML as the Markdown pipeline rendered it: sanitised, pictures still placeholders. */
export function articleHtml(entry: StoredEntry): string {
  const file = join(HTML_DIR, fileName(articleHtmlHash(entry)));
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${where(entry)}: its rendered HTML is missing (${file}); build again, or restart astro dev`, {
      cause: error,
    });
  }
}

/** `entry` with its HTML back in place, as Astro's `render()` takes it. */
export function withArticleHtml<Entry extends StoredEntry>(entry: Entry): Entry {
  return { ...entry, rendered: { ...entry.rendered, html: articleHtml(entry) } };
}
