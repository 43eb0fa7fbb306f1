import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedInfo, getFeedItems, lastChange } from '../feeds';
import { site } from '../site';

export const GET: APIRoute = async () => {
  const items = await getFeedItems();
  return rss({
    title: feedInfo.title,
    description: feedInfo.description,
    site: feedInfo.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    // lastBuildDate is the newest change, not the build time: the same content gives the same feed.
    customData: `<language>${site.lang}</language><lastBuildDate>${lastChange(items).toUTCString()}</lastBuildDate><atom:link href="${feedInfo.rss}" rel="self" type="application/rss+xml"/>`,
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
};
