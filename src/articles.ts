/** The one place pages query the `articles` collection. */
import { getCollection, render } from 'astro:content';
import type { Article } from './content.config';
import { newestFirst, visibleArticles } from './lib/articles';
import { readingStatsOf, type ReadingStats } from './markdown/remark-reading-stats';

/** Articles readers may see, newest first. Drafts appear only on the dev server. */
export async function getArticles(): Promise<Article[]> {
  return newestFirst(visibleArticles(await getCollection('articles'), { includeDrafts: import.meta.env.DEV }));
}

/** Word count and reading time of an article's rendered text. */
export async function getReadingStats(article: Article): Promise<ReadingStats> {
  return readingStatsOf((await render(article)).remarkPluginFrontmatter);
}
