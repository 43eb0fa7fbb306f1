/**
 * Sitemap `lastmod` from the built pages themselves: each article page already states its
 * `article:modified_time`, so the sitemap can never disagree with the page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

const MODIFIED = /<meta property="article:modified_time" content="([^"]+)"/;

/** A `serialize` hook for @astrojs/sitemap that reads pages from `outDir`. */
export function lastmodFromPages(outDir: string) {
  return async (item: SitemapItem): Promise<SitemapItem> => {
    const file = join(outDir, new URL(item.url).pathname, 'index.html');
    const html = await readFile(file, 'utf8').catch(() => '');
    const modified = MODIFIED.exec(html)?.[1];
    return modified ? { ...item, lastmod: new Date(modified).toISOString() } : item;
  };
}
