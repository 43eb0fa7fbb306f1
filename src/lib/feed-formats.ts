/**
 * The three feed formats, written from one channel and its items: RSS 2.0 (@astrojs/rss), Atom
 * (the `feed` package) and JSON Feed 1.1 (plain JSON: the `feed` package only writes version 1,
 * without `authors` or `language`).
 */
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import type { FeedItem } from './feed-items';
import type { FeedFormat } from './urls';

/** A feed's own facts, whichever listing it follows. */
export interface FeedChannel {
  title: string;
  description: string;
  /** BCP 47 language of the interface. */
  lang: string;
  /** Absolute URL of the page the feed follows. */
  home: string;
  /** Absolute URLs of this feed in each format. */
  links: Record<FeedFormat, string>;
  icon: string;
  favicon: string;
}

/** The newest publication or update among `items`, as a feed's own updated date. */
export function lastChange(items: readonly FeedItem[]): Date {
  return items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), new Date(0));
}

export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    // lastBuildDate is the newest change, not the build time: the same content gives the same feed.
    customData: `<language>${channel.lang}</language><lastBuildDate>${lastChange(items).toUTCString()}</lastBuildDate><atom:link href="${channel.links.rss}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.description,
      content: item.contentHtml,
      categories: item.categories,
      enclosure: { url: item.image.url, type: item.image.type, length: item.image.length },
      // RSS 2.0 has no update date of its own; Dublin Core's is the one feed readers know.
      customData: `<dcterms:modified>${item.updated.toISOString()}</dcterms:modified>`,
    })),
  });
}

export function atomFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = new Feed({
    id: channel.home,
    title: channel.title,
    description: channel.description,
    link: channel.home,
    language: channel.lang,
    image: channel.icon,
    favicon: channel.favicon,
    copyright: 'Chaque texte appartient à son éditeur, nommé dans l’article.',
    // The newest change, not the build time: the same content always gives the same feed.
    updated: lastChange(items),
    feedLinks: { atom: channel.links.atom },
  });
  for (const item of items) {
    feed.addItem({
      id: item.id,
      link: item.url,
      title: item.title,
      description: item.description,
      content: item.contentHtml,
      date: item.updated,
      published: item.published,
      author: [{ name: item.author.name, link: item.author.url }],
      category: item.categories.map((name) => ({ name, term: name })),
      image: { url: item.image.url, type: item.image.type, length: item.image.length },
    });
  }
  return withLanguages(feed.atom1(), channel.lang, items);
}

/**
 * The `feed` package writes no language in Atom, where it is `xml:lang` (RFC 4287 §2): on the
 * feed, and on each entry in another language, in the order the entries were added. Language
 * tags are checked by the content schema (letters, digits and hyphens only).
 */
function withLanguages(xml: string, lang: string, items: readonly FeedItem[]): string {
  let roots = 0;
  let entries = 0;
  const written = xml
    .replace(/^<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">$/m, (root) => {
      roots++;
      return root.replace('>', ` xml:lang="${lang}">`);
    })
    .replace(/^ {4}<entry>$/gm, (entry) => {
      const own = items[entries++]?.lang ?? lang;
      return own === lang ? entry : entry.replace('>', ` xml:lang="${own}">`);
    });
  // A `feed` package that wrote otherwise would leave languages out or misplace them.
  if (roots !== 1 || entries !== items.length) {
    throw new Error(`Atom feed: expected <feed> and ${items.length} <entry> lines as the feed package writes them`);
  }
  return written;
}

/** @see https://www.jsonfeed.org/version/1.1/ */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.home,
    feed_url: channel.links.json,
    description: channel.description,
    icon: channel.icon,
    favicon: channel.favicon,
    language: channel.lang,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.description,
      content_html: item.contentHtml,
      image: item.preview,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      language: item.lang,
      tags: item.categories,
      authors: [item.author],
      // Extension (JSON Feed allows keys starting with "_"): who first published the text.
      _source: item.source,
    })),
  };
  return JSON.stringify(feed, null, 2);
}

/** The media type each format is served with (deploy/nginx.conf and `_headers` say the same). */
export const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const satisfies Record<FeedFormat, string>;

/** What each format is called where readers choose one. */
export const FEED_NAMES = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' } as const satisfies Record<FeedFormat, string>;

/** A feed in `format`, as a route's response. */
export async function feedResponse(
  format: FeedFormat,
  channel: FeedChannel,
  items: readonly FeedItem[],
): Promise<Response> {
  const body =
    format === 'rss'
      ? await rssFeed(channel, items)
      : format === 'atom'
        ? atomFeed(channel, items)
        : jsonFeed(channel, items);
  return new Response(body, { headers: { 'content-type': `${FEED_TYPES[format]}; charset=utf-8` } });
}
