import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { feedInfo, getFeedItems, lastChange } from '../feeds';
import { site } from '../site';

export const GET: APIRoute = async () => {
  const items = await getFeedItems();
  const feed = new Feed({
    id: feedInfo.home,
    title: feedInfo.title,
    description: feedInfo.description,
    link: feedInfo.home,
    language: site.lang,
    image: feedInfo.icon,
    favicon: feedInfo.favicon,
    copyright: 'Chaque texte appartient à son éditeur, nommé dans l’article.',
    // The newest change, not the build time: the same content always gives the same feed.
    updated: lastChange(items),
    feedLinks: { atom: feedInfo.atom },
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
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
