/** The one place pages query the `articles` collection. */
import { getCollection } from 'astro:content';
import type { Article } from './content.config';
import { futureDatesWarning, groupBy, newestFirst, visibleArticles, type Group } from './lib/article-lists';
import { aliasConflicts } from './lib/aliases';
import { sourceCollisions, sourceSlug } from './lib/publishers';
import { slugify } from './lib/slug';
import { site } from './site';
import { readingStatsOf, type ReadingStats } from './markdown/remark-reading-stats';

/**
 * Articles readers may see, newest first: every listing, feed, sitemap, search document, related
 * article and preview card starts here, so a withdrawn article is in none of them. Drafts appear
 * only on the dev server: the test is on Vite's mode, not `import.meta.env.DEV`, which follows
 * NODE_ENV and is true in a build run with NODE_ENV=test or development.
 */
export async function getArticles(): Promise<Article[]> {
  return (await collection()).live;
}

/** Withdrawn articles (`withdrawn` in their frontmatter), newest first: only their 410 page uses them. */
export async function getWithdrawnArticles(): Promise<WithdrawnArticle[]> {
  return (await collection()).withdrawn;
}

/** An article whose frontmatter says it is withdrawn. */
export type WithdrawnArticle = Article & { data: { withdrawn: NonNullable<Article['data']['withdrawn']> } };

interface Collection {
  live: Article[];
  withdrawn: WithdrawnArticle[];
}

function collection(): Promise<Collection> {
  // The dev server must see every edit; a build reads the collection once, not once per page
  // (each read copies every entry: listing pages made that quadratic in the archive's size).
  if (import.meta.env.MODE === 'development') return loadArticles(true);
  return (published ??= loadArticles(false));
}

let published: Promise<Collection> | undefined;

async function loadArticles(includeDrafts: boolean): Promise<Collection> {
  const articles = newestFirst(visibleArticles(await getCollection('articles'), { includeDrafts }));
  // A withdrawn article keeps its addresses: no other article or alias may take them.
  const files = articles.map(({ id, filePath, data }) => ({ file: filePath ?? id, id, ...data }));
  // Thrown, not logged: a publisher's page would otherwise show one spelling and hide the
  // other, and an old address would lead to one of two articles.
  const [problem] = [...sourceCollisions(files), ...aliasConflicts(files)];
  if (problem) throw Object.assign(new Error(`${problem.file}: ${problem.message}`), { stack: '' });
  // Once per build; the dev server reads the collection again at each request.
  const future = includeDrafts ? undefined : futureDatesWarning(files, site.now);
  if (future) console.warn(future);
  return {
    live: articles.filter((article) => !article.data.withdrawn),
    withdrawn: articles.filter((article): article is WithdrawnArticle => !!article.data.withdrawn),
  };
}

/** Compute `derive(list)` once per list: pages of one build share the list of getArticles(). */
function perList<T>(derive: (articles: readonly Article[]) => T): (articles: readonly Article[]) => T {
  const results = new WeakMap<readonly Article[], T>();
  return (articles) => {
    if (!results.has(articles)) results.set(articles, derive(articles));
    return results.get(articles)!;
  };
}

/**
 * Word count and reading time of an article's rendered text. The glob loader renders each entry
 * once when it syncs the collection and keeps what the remark plugins added to the frontmatter in
 * `rendered.metadata.frontmatter` (what `render()` returns as `remarkPluginFrontmatter`), so
 * listings need no second render.
 */
export function getReadingStats(article: Article): ReadingStats {
  return readingStatsOf(article.rendered?.metadata?.frontmatter, article.filePath ?? article.id);
}

/** An article with its reading stats, as listings show it. */
export interface ListedArticle {
  article: Article;
  stats: ReadingStats;
}

/** Add reading stats to each article of a listing. */
export function withReadingStats(articles: readonly Article[]): ListedArticle[] {
  return articles.map((article) => ({ article, stats: getReadingStats(article) }));
}

/** The sections of `articles` (from getArticles), each with its articles, newest first. */
export const sectionsOf: (articles: readonly Article[]) => Group<Article>[] = perList((articles) =>
  groupBy(articles, (article) => [article.data.section], slugify),
);

/** The tags of `articles` (from getArticles), each with its articles, newest first. */
export const tagsOf: (articles: readonly Article[]) => Group<Article>[] = perList((articles) =>
  groupBy(articles, (article) => article.data.tags, slugify),
);

/** The publishers of `articles` (from getArticles), each with its articles, newest first. */
export const sourcesOf: (articles: readonly Article[]) => Group<Article>[] = perList((articles) =>
  groupBy(
    articles,
    (article) => [article.data.source.name],
    (name) => sourceSlug({ name }),
  ),
);
