/** Feed entries for the site's articles: the one place the three feed routes get their data. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { getArticles } from './articles';
import type { Article } from './content.config';
import { absoluteImageUrls, tidyPictureSources } from './lib/picture-html';
import { articleCard, cardPath } from './lib/social';
import { feedItems, FEED_LIMIT, type FeedItem } from './lib/feed-items';
import { absoluteUrl, articlePath } from './lib/urls';
import { renderCard } from './og/render-card';
import { leadPreview } from './pictures';
import { site } from './site';

/** The newest articles as feed items, with their full sanitised HTML and preview image. */
export async function getFeedItems(): Promise<FeedItem[]> {
  const articles = (await getArticles()).slice(0, FEED_LIMIT);
  return feedItems(
    await Promise.all(
      articles.map(async (article) => ({
        data: article.data,
        url: absoluteUrl(articlePath(article.id), site.url),
        html: await feedHtml(article),
        image: {
          url: absoluteUrl(cardPath(article.id), site.url),
          type: 'image/png' as const,
          // Feeds must state the enclosure's size; the card comes from the render cache.
          length: (await renderCard(articleCard(article.data, site.title, site.timeZone))).byteLength,
        },
        picture: article.data.image && (await leadPreview(article.data.image, site.url)).url,
      })),
    ),
    site.timeZone,
  );
}

/** The newest publication or update among `items`, as a feed's own updated date. */
export function lastChange(items: readonly FeedItem[]): Date {
  return items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), new Date(0));
}

let container: AstroContainer | undefined;

/**
 * An article's text as feed readers get it: rendered as on its page, pictures included (the
 * stored HTML only holds placeholders for them), with absolute image URLs.
 */
async function feedHtml(article: Article): Promise<string> {
  const html = article.rendered?.html ?? '';
  if (!article.rendered?.metadata?.imagePaths?.length) return html;
  // Astro's container renders the entry's Content component outside a page, as Astro's own
  // recipe for full-text RSS does; Astro fills in the pictures while rendering.
  container ??= await AstroContainer.create();
  const { Content } = await render(article);
  return absoluteImageUrls(tidyPictureSources(await container.renderToString(Content)), site.url);
}

/** Feed-level facts shared by the three formats. */
export const feedInfo = {
  title: site.title,
  description: site.description,
  home: absoluteUrl('/', site.url),
  icon: absoluteUrl('/icon-512.png', site.url),
  favicon: absoluteUrl('/favicon-32.png', site.url),
  rss: absoluteUrl('/rss.xml', site.url),
  atom: absoluteUrl('/atom.xml', site.url),
  json: absoluteUrl('/feed.json', site.url),
};
