/**
 * The paginated listings (home, sections, tags): the one place their pages and everything they
 * show are computed. Each page's props are all its layout needs, so a layout queries nothing and a
 * page's cacheKey (its props) covers every input.
 */
import { getArticles, sectionsOf, sourcesOf, tagsOf, withReadingStats, type ListedArticle } from './articles';
import type { Article } from './content.config';
import { paginate, type Page } from './lib/pagination';
import type { GetStaticPaths } from 'astro';
import type { Group } from './lib/article-lists';
import { cacheKey } from './lib/cache-key';
import { sectionPath, sourcePath, tagPath } from './lib/urls';

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
    sourceCount: sourcesOf(articles).length,
    sections: sectionsOf(articles).map(({ name }) => name),
  };
  return paginate(articles, '/').map((page) => ({ page: withStats(page), ...archive }));
}

/** What a group listing gathers articles by. Not `kind`, which is an article's genre (ARTICLE_KINDS). */
export type ListingGroup = 'section' | 'tag' | 'source';

/** A publisher as its page presents it. */
export type Publisher = {
  /** The publisher's site: the origin of its newest article's URL. */
  home: string;
  /** Languages its texts were first published in, most used first (BCP 47 tags). */
  languages: string[];
};

/** One section, tag or publisher: what its listing pages and feeds share. */
export type Listing = {
  group: ListingGroup;
  name: string;
  slug: string;
  /** Path of the listing's first page, e.g. "/tags/russie/"; its feeds are in the same folder. */
  path: string;
  count: number;
  /** For a publisher's listing. */
  publisher?: Publisher;
};

/** A page of a section's, a tag's or a publisher's listing (GroupListingLayout's props). A type, not an interface, so Astro accepts it as props. */
export type GroupPage = Listing & { page: Page<ListedArticle> };

function publisherOf(entries: readonly Article[]): Publisher {
  const uses = new Map<string, number>();
  for (const { data } of entries) {
    const lang = data.source.lang ?? data.lang;
    uses.set(lang, (uses.get(lang) ?? 0) + 1);
  }
  return {
    home: `${new URL(entries[0]!.data.source.url).origin}/`,
    languages: [...uses].sort((a, b) => b[1] - a[1]).map(([lang]) => lang),
  };
}

const grouping = {
  section: { groups: sectionsOf, path: (group: Group<Article>) => sectionPath(group.name) },
  tag: { groups: tagsOf, path: (group: Group<Article>) => tagPath(group.name) },
  source: { groups: sourcesOf, path: (group: Group<Article>) => sourcePath(group) },
} as const;

/** Every section, tag or publisher, with its articles newest first. */
export async function listings(group: ListingGroup): Promise<(Listing & { entries: Article[] })[]> {
  const { groups, path } = grouping[group];
  return groups(await getArticles()).map((found) => ({
    group,
    name: found.name,
    slug: found.slug,
    path: path(found),
    count: found.entries.length,
    ...(group === 'source' && { publisher: publisherOf(found.entries) }),
    entries: found.entries,
  }));
}

/** Every page of every section, tag or publisher listing. */
export async function groupPages(group: ListingGroup): Promise<GroupPage[]> {
  return (await listings(group)).flatMap(({ entries, ...listing }) =>
    paginate(entries, listing.path).map((page) => ({ ...listing, page: withStats(page) })),
  );
}

/**
 * The paths of a section's, tag's or publisher's listing pages, for its route: `index.astro` takes
 * the first page of each (`which: 'first'`), `page/[page].astro` the others.
 */
export function groupPagePaths(group: ListingGroup, param: string, which: 'first' | 'rest'): GetStaticPaths {
  return async () =>
    (await groupPages(group))
      .filter(({ page }) => (page.current === 1) === (which === 'first'))
      .map((props) => ({
        params: { [param]: props.slug, ...(which === 'rest' && { page: String(props.page.current) }) },
        props,
        cacheKey: cacheKey(props),
      }));
}

/** The page of all publishers: each with its address and article count, by name in French order. */
export async function sourceDirectory(): Promise<Listing[]> {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  return (await listings('source'))
    .map(({ group, name, slug, path, count, publisher }) => ({ group, name, slug, path, count, publisher }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
