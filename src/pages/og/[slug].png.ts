import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../articles';
import type { Article } from '../../content.config';
import { cacheKey } from '../../lib/cache-key';
import { articleCard } from '../../lib/social';
import { prepareCards, renderCard } from '../../og/render-card';
import { site } from '../../site';

const cardOf = (article: Article) => articleCard(article.data, site.title, site.timeZone);

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const cards = articles.map(cardOf);
  // Astro asks every route for its paths before rendering any page: the card workers start now
  // and draw while the main thread renders the articles. The dev server draws a card when asked.
  if (import.meta.env.MODE !== 'development') prepareCards(cards);
  return articles.map((article, index) => ({
    params: { slug: article.id },
    props: article,
    cacheKey: cacheKey(cards[index]),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Article> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(cardOf(props))), {
    headers: { 'content-type': 'image/png' },
  });
