import type { APIRoute } from 'astro';
import { getArticles } from '../articles';
import { newsSitemap } from '../lib/news-sitemap';
import { absoluteUrl, articlePath } from '../lib/urls';
import { site } from '../site';

export const GET: APIRoute = async () => {
  const articles = (await getArticles()).map(({ id, data }) => ({
    url: absoluteUrl(articlePath(id), site.url),
    title: data.title,
    pubDate: data.pubDate,
    lang: data.lang,
  }));
  return new Response(newsSitemap(articles, { name: site.title, timeZone: site.timeZone }, site.now), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
