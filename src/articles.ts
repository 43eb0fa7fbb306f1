/** The one place pages query the `articles` collection. */
import { getCollection, render } from 'astro:content';
import type { Article } from './content.config';
import { newestFirst, visibleArticles } from './lib/articles';
import { readingStatsOf, type ReadingStats } from './markdown/remark-reading-stats';

/**
 * Articles readers may see, newest first. Drafts appear only on the dev server: the test is on
 * Vite's mode, not `import.meta.env.DEV`, which follows NODE_ENV and is true in a build run
 * with NODE_ENV=test or development.
 */
export async function getArticles(): Promise<Article[]> {
  const includeDrafts = import.meta.env.MODE === 'development';
  return newestFirst(visibleArticles(await getCollection('articles'), { includeDrafts }));
}

/** Word count and reading time of an article's rendered text. */
export async function getReadingStats(article: Article): Promise<ReadingStats> {
  return readingStatsOf((await render(article)).remarkPluginFrontmatter);
}
