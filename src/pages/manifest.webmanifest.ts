import type { APIRoute } from 'astro';
import { site } from '../site';
import { palette } from '../styles/theme';

export const GET: APIRoute = () =>
  Response.json({
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.lang,
    start_url: '/',
    display: 'standalone',
    background_color: palette.light.bg,
    theme_color: palette.light.accent,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  });
