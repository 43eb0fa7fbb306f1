/**
 * JSON Feed 1.1, written directly: it is plain JSON, and the `feed` package only writes
 * version 1 (no `authors`, no `language`).
 * @see https://www.jsonfeed.org/version/1.1/
 */
import type { APIRoute } from 'astro';
import { feedInfo, getFeedItems } from '../feeds';
import { site } from '../site';

export const GET: APIRoute = async () => {
  const items = await getFeedItems();
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedInfo.title,
    home_page_url: feedInfo.home,
    feed_url: feedInfo.json,
    description: feedInfo.description,
    icon: feedInfo.icon,
    favicon: feedInfo.favicon,
    language: site.lang,
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
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'content-type': 'application/feed+json' } });
};
