/**
 * Sitemap `lastmod` from the collection: the article route records each article's last change
 * (the date its page states as `article:modified_time`) while Astro collects the pages' paths,
 * and the sitemap's `serialize` hook looks it up, instead of reading every built page back.
 *
 * astro.config.mjs and the pages are bundled apart, so each has its own copy of this module: the
 * record lives on `globalThis`, shared by both within the build's one process.
 */
import { OFFLINE_PATH } from './lib/offline';
import type { SitemapItem } from '@astrojs/sitemap';

const key = Symbol.for('liseuse.sitemap.lastmod');
const lastmods = ((globalThis as { [key]?: Map<string, Date> })[key] ??= new Map<string, Date>());

/** Record that the page at `path` (e.g. "/articles/x/") last changed at `date`. */
export function recordLastmod(path: string, date: Date): void {
  lastmods.set(path, date);
}

const leftOutKey = Symbol.for('liseuse.sitemap.leftOut');
const leftOut = ((globalThis as { [leftOutKey]?: Set<string> })[leftOutKey] ??= new Set<string>());

/** Keep the page at `path` out of the sitemap: a withdrawn article's page says it is gone. */
export function leaveOutOfSitemap(path: string): void {
  leftOut.add(path);
}

/**
 * A `serialize` hook for @astrojs/sitemap adding the recorded `lastmod` to article pages and
 * dropping the pages left out (the integration drops an item its hook returns nothing for).
 */
export function lastmodFromCollection() {
  return (item: SitemapItem): SitemapItem | undefined => {
    const path = new URL(item.url).pathname;
    // What one device keeps for reading offline is no page for search engines.
    if (leftOut.has(path) || path === OFFLINE_PATH) return undefined;
    const date = lastmods.get(path);
    return date ? { ...item, lastmod: date.toISOString() } : item;
  };
}
