/**
 * The paginated listings (home, sections, tags): the one place their pages and everything they
 * show are computed. Each page's props are all its layout needs, so a layout queries nothing and a
 * page's cacheKey (its props) covers every input.
 */
import { getArticles, sectionsOf, sourceCount, tagsOf, withReadingStats, type ListedArticle } from './articles';
import type { Article } from './content.config';
import { paginate, type Page } from './lib/pagination';
import { sectionPath, tagPath } from './lib/urls';

/** Turn a page of articles into a page of articles with their reading stats. */
function withStats(page: Page<Article>): Page<ListedArticle> {
  return { ...page, items: withReadingStats(page.items) };
}

/** A page of the home listing, with the archive's size and sections shown beside it (HomeLayout's props). */
export type HomePage = {
  page: Page<ListedArticle>;
  articleCount: number;
  sourceCount: number;
  /** Names of the sections, in the order of their newest article. */
  sections: string[];
};

/** Pages of the home listing, newest first. */
export async function homePages(): Promise<HomePage[]> {
  const articles = await getArticles();
  const archive = {
    articleCount: articles.length,
    sourceCount: sourceCount(articles),
    sections: sectionsOf(articles).map(({ name }) => name),
  };
  return paginate(articles, '/').map((page) => ({ page: withStats(page), ...archive }));
}

/** What a group listing gathers articles by. Not `kind`, which is an article's genre (ARTICLE_KINDS). */
export type ListingGroup = 'section' | 'tag';

/** A page of a section's or a tag's listing (GroupListingLayout's props). A type, not an interface, so Astro accepts it as props. */
export type GroupPage = {
  group: ListingGroup;
  name: string;
  slug: string;
  count: number;
  page: Page<ListedArticle>;
};

/** Every page of every section and tag listing. */
export async function groupPages(group: ListingGroup): Promise<GroupPage[]> {
  const articles = await getArticles();
  const groups = group === 'section' ? sectionsOf(articles) : tagsOf(articles);
  const path = group === 'section' ? sectionPath : tagPath;
  return groups.flatMap(({ name, slug, entries }) =>
    paginate(entries, path(name)).map((page) => ({ group, name, slug, count: entries.length, page: withStats(page) })),
  );
}
