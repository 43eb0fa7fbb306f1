import type { APIRoute } from 'astro';
import { renderCard } from '../og/render-card';
import { site } from '../site';

export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(
      await renderCard({
        siteName: site.title,
        kicker: 'Presse choisie',
        title: 'Des articles de presse republiés avec leur source, à lire sans distraction',
        date: 'En français',
        source: new URL(site.url).hostname,
      }),
    ),
    { headers: { 'content-type': 'image/png' } },
  );
