import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../articles';
import type { Article } from '../../content.config';
import { articleCard } from '../../lib/social';
import { renderCard } from '../../og/render-card';
import { site } from '../../site';

export const getStaticPaths = (async () =>
  (await getArticles()).map((article) => ({ params: { slug: article.id }, props: article }))) satisfies GetStaticPaths;

export const GET: APIRoute<Article> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(articleCard(props.data, site.title, site.timeZone))), {
    headers: { 'content-type': 'image/png' },
  });
