import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';
import { site } from '../site';

/** Every page's sitemap, and the Google News sitemap of the last 48 hours. */
const sitemaps = ['/sitemap-index.xml', '/news-sitemap.xml'].map((path) => `Sitemap: ${absoluteUrl(path, site.url)}\n`);

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\n${sitemaps.join('')}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
