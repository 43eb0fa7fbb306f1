/** The JSON the site writes, typed for the tests that read it: the JSON Feed and the pages' JSON-LD. */

/** The fields of a JSON Feed 1.1 item the tests read. */
export type JsonFeedItem = {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  date_published: string;
  date_modified?: string;
  image?: string;
  tags?: string[];
  authors?: Array<{ name: string; url?: string }>;
};

/** A JSON Feed 1.1 document (a type alias, so it is also a `Record<string, unknown>` for the feed reader). */
export type JsonFeed = { version: string; title: string; items: JsonFeedItem[] };

/** Parse feed.json. */
export const parseJsonFeed = (text: string): JsonFeed => JSON.parse(text) as JsonFeed;

/** A node of a page's JSON-LD graph: its type, and properties the tests check one by one. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/** The nodes of one `<script type="application/ld+json">`, which liseuse writes as an `@graph`. */
export const jsonLdGraph = (text: string): JsonLdNode[] => (JSON.parse(text) as { '@graph': JsonLdNode[] })['@graph'];
