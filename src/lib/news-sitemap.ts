/**
 * The Google News sitemap: the articles of the last two days, with the facts Google News needs.
 * @see https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */
import { toZonedIso } from './dates';
import { escapeXml } from './escape-xml';

/** Google News reads only articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Google News reads at most 1,000 URLs per sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000;

export interface NewsSitemapArticle {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  pubDate: Date;
  /** Language of the article, an ISO 639 code such as "fr". */
  lang: string;
}

export interface NewsPublication {
  /** The publication's name, as Google News knows it. */
  name: string;
  timeZone: string;
}

/** `articles` published in the 48 hours up to `now` (none from the future), newest first. */
export function recentArticles<T extends { pubDate: Date }>(articles: readonly T[], now: Date): T[] {
  return articles
    .filter(({ pubDate }) => pubDate.getTime() <= now.getTime() && now.getTime() - pubDate.getTime() <= NEWS_WINDOW_MS)
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
}

/** The news sitemap of the articles published in the 48 hours up to `now`; a valid, empty urlset when none. */
export function newsSitemap(articles: readonly NewsSitemapArticle[], publication: NewsPublication, now: Date): string {
  const urls = recentArticles(articles, now).map(
    ({ url, title, pubDate, lang }) =>
      `<url><loc>${escapeXml(url)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(lang)}</news:language></news:publication><news:publication_date>${toZonedIso(pubDate, publication.timeZone)}</news:publication_date><news:title>${escapeXml(title)}</news:title></news:news></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
