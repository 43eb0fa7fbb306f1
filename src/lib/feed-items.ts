/** One neutral description of feed entries, from which the RSS, Atom and JSON feeds are written. */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Article } from '../content.config';
import { newestFirst } from './article-lists';
import { correctionsFeedHtml } from './corrections';
import { typeset } from './french-typography';

/** Feeds carry the most recent articles only, so they never grow with the archive. */
export const FEED_LIMIT = 50;
/**
 * A section's, tag's or publisher's feed carries fewer: a feed reader polls it far more often than
 * 20 articles appear there, and hundreds of such feeds each holding 50 full texts would weigh
 * more than the archive's pages.
 */
export const LISTING_FEED_LIMIT = 20;

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  description: string;
  /** The article's sanitised HTML, followed by its corrections and its source attribution. */
  contentHtml: string;
  published: Date;
  updated: Date;
  lang: string;
  categories: string[];
  /** Who wrote the text: the named author, or else the publisher. */
  author: { name: string; url?: string };
  source: { name: string; url: string };
  /** The preview card, as an enclosure (feeds must state its size in bytes). */
  image: { url: string; type: 'image/png'; length: number };
  /** Absolute URL of the link-preview image: the lead picture's crop, or else the card. */
  preview: string;
}

export interface FeedArticle {
  data: Article['data'];
  /** Absolute URL of the article page. */
  url: string;
  /** The article body as rendered by the site's Markdown pipeline (already sanitised). */
  html: string;
  image: FeedItem['image'];
  /** Absolute URL of the lead picture's preview crop, when the article has a lead picture. */
  picture?: string;
}

/** The attribution paragraph appended to each entry, so feed readers credit the publisher too. */
export function attributionHtml(source: Article['data']['source']): string {
  return toHtml(
    h('p', [h('em', ['Source\u00a0: ', h('a', { href: source.url }, source.name), '. Texte republié par liseuse.'])]),
  );
}

/** Feed items for `articles`, newest first, at most `limit`. */
export function feedItems(articles: readonly FeedArticle[], timeZone: string, limit = FEED_LIMIT): FeedItem[] {
  return newestFirst(articles)
    .slice(0, limit)
    .map(({ data, url, html, image, picture }) => ({
      id: url,
      url,
      // As on the page: a French title keeps "50 %" and "XXIe siècle" on one line in a reader too.
      title: typeset(data.title, data.lang),
      description: typeset(data.description, data.lang),
      contentHtml: [html, correctionsFeedHtml(data.corrections, timeZone), attributionHtml(data.source)]
        .filter(Boolean)
        .join('\n'),
      published: data.pubDate,
      updated: data.updatedDate ?? data.pubDate,
      lang: data.lang,
      categories: [...new Set([data.section, ...data.tags])],
      author: data.author ? { name: data.author } : { name: data.source.name, url: data.source.url },
      source: { name: data.source.name, url: data.source.url },
      image,
      preview: picture ?? image.url,
    }));
}
