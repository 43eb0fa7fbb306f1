/** The one place pages query the `articles` collection. */
import { getCollection, render } from 'astro:content';
import type { Article } from './content.config';
import { groupBy, newestFirst, visibleArticles, type Group } from './lib/articles';
import { slugify } from './lib/slug';
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

/** An article with its reading stats, as listings show it. */
export interface ListedArticle {
  article: Article;
  stats: ReadingStats;
}

/** Add reading stats to each article of a listing. */
export function withReadingStats(articles: readonly Article[]): Promise<ListedArticle[]> {
  return Promise.all(articles.map(async (article) => ({ article, stats: await getReadingStats(article) })));
}

/** The sections of `articles` (from getArticles), each with its articles, newest first. */
export function sectionsOf(articles: readonly Article[]): Group<Article>[] {
  return groupBy(articles, (article) => [article.data.section], slugify);
}

/** The tags of `articles` (from getArticles), each with its articles, newest first. */
export function tagsOf(articles: readonly Article[]): Group<Article>[] {
  return groupBy(articles, (article) => article.data.tags, slugify);
}
