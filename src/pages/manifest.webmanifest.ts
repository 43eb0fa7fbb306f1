import type { APIRoute } from 'astro';
import { site } from '../site';

export const GET: APIRoute = () =>
  Response.json({
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.lang,
    start_url: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#b3261e',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  });
