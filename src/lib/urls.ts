/** Where things live on the site. Paths end with a slash, as the built site's folders do. */
import { sourceSlug, type SourceName } from './publishers';
import { slugify } from './slug';

/** Path of an article page, e.g. "/articles/mon-article/". */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** Absolute URL of a site path, e.g. for canonical links and social previews. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}

/** Path of a section's page, e.g. "/rubriques/international/". */
export function sectionPath(section: string): string {
  return `/rubriques/${slugify(section)}/`;
}

/** Path of a tag's page, e.g. "/tags/coree-du-nord/". */
export function tagPath(tag: string): string {
  return `/tags/${slugify(tag)}/`;
}

/** Path of a publisher's page, e.g. "/sources/attuale-info/" (src/lib/publishers.ts says why). */
export function sourcePath(source: Pick<SourceName, 'name'>): string {
  return `/sources/${sourceSlug(source)}/`;
}

/** Path of the page that lists every publisher. */
export const SOURCES_PATH = '/sources/';

/** Path of the OPML file that lists every feed of the site. */
export const OPML_PATH = '/abonnements.opml';

/** The feed formats every listing offers, by the file name each has in the listing's folder. */
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;

export type FeedFormat = keyof typeof FEED_FILES;

/** Paths of the feeds of the listing at `listing` ("/" for the whole site, "/tags/russie/"). */
export function feedPaths(listing: string): Record<FeedFormat, string> {
  return {
    rss: `${listing}${FEED_FILES.rss}`,
    atom: `${listing}${FEED_FILES.atom}`,
    json: `${listing}${FEED_FILES.json}`,
  };
}
