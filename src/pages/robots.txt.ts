import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';
import { site } from '../site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.url)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
