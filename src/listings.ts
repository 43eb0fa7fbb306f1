/** The paginated listings (home, sections, tags): the one place their pages are computed. */
import { getArticles, sectionsOf, tagsOf } from './articles';
import type { Article } from './content.config';
import { paginate, type Page } from './lib/pagination';
import { sectionPath, tagPath } from './lib/urls';

/** Pages of the home listing, newest first. */
export async function homePages(): Promise<Page<Article>[]> {
  return paginate(await getArticles(), '/');
}

/** A page of a section's or a tag's listing. A type, not an interface, so Astro accepts it as props. */
export type GroupPage = {
  kind: 'section' | 'tag';
  name: string;
  slug: string;
  count: number;
  page: Page<Article>;
};

/** Every page of every section and tag listing. */
export async function groupPages(kind: GroupPage['kind']): Promise<GroupPage[]> {
  const articles = await getArticles();
  const groups = kind === 'section' ? sectionsOf(articles) : tagsOf(articles);
  const path = kind === 'section' ? sectionPath : tagPath;
  return groups.flatMap(({ name, slug, entries }) =>
    paginate(entries, path(name)).map((page) => ({ kind, name, slug, count: entries.length, page })),
  );
}
