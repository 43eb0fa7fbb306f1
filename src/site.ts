/**
 * Site-wide configuration, parsed once. THIS FILE IS IMPORTED BY astro.config.mjs, the content
 * config and the pages alike, so it reads only the process environment, never `astro:*` modules.
 */
import { z } from 'astro/zod';

const siteSchema = z.strictObject({
  /** Name shown in the masthead, titles and social cards. */
  title: z.string().min(1),
  /** One-sentence description of the site, used on the home page. */
  description: z.string().min(1),
  /**
   * Absolute origin the site is served from, used for canonical and social URLs.
   * Set `SITE_URL` when deploying; the default is a reserved `.example` host.
   */
  url: z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL, e.g. https://news.example.org' })
    .transform((value) => new URL(value).origin),
  /** BCP 47 language of the interface. */
  lang: z.literal('fr'),
  /** Open Graph locale matching `lang`. */
  locale: z.literal('fr_FR'),
  /** Time zone every date is shown in, whatever the build machine's zone. */
  timeZone: z.string().min(1),
  /**
   * Folder of the `articles` collection, relative to the project root. Tests and the benchmark
   * point `LISEUSE_CONTENT_DIR` at generated collections; editors never need to change it.
   */
  contentDir: z.string().min(1),
  /**
   * The host the build is deployed to: `all` (the default) writes every host's files, nginx's
   * included. `netlify` and `cloudflare`, set by `LISEUSE_HOST` or by the host's own builds
   * (Netlify sets NETLIFY=true, Cloudflare Pages CF_PAGES=1), leave out the brotli and gzip twins
   * and the nginx includes: both hosts read `_headers` and compress what they send, and would
   * publish those files as pages (Cloudflare Pages deploys at most 20,000 files on its free
   * plan). `LISEUSE_HOST` wins over the hosts' variables, so `all` builds for every host anywhere.
   */
  host: z.enum(['all', 'netlify', 'cloudflare'], {
    error: (issue) => `LISEUSE_HOST must be all, netlify or cloudflare; got ${String(issue.input)}`,
  }),
  /** Astro's cache folder; liseuse keeps its rendered preview images there too. */
  cacheDir: z.string().min(1),
  /**
   * The build's "now", for what depends on it (the news sitemap's last 48 hours). `LISEUSE_NOW`
   * sets it, so tests and rebuilds of the past give the same site.
   */
  now: z
    .string()
    .refine((value) => z.iso.datetime({ offset: true }).safeParse(value).success, {
      error: 'LISEUSE_NOW must be an ISO 8601 date-time with a UTC offset, e.g. 2026-11-25T07:00:00+01:00',
    })
    .transform((value) => new Date(value)),
});

export type SiteConfig = z.infer<typeof siteSchema>;

export const site: SiteConfig = siteSchema.parse({
  title: 'liseuse',
  description: 'Des articles de presse choisis, republiés avec leur source, à lire sans distraction.',
  url: process.env.SITE_URL || 'https://liseuse.example',
  lang: 'fr',
  locale: 'fr_FR',
  timeZone: 'Europe/Paris',
  contentDir: process.env.LISEUSE_CONTENT_DIR || 'content/articles',
  host:
    process.env.LISEUSE_HOST ||
    (process.env.NETLIFY === 'true' ? 'netlify' : process.env.CF_PAGES === '1' ? 'cloudflare' : 'all'),
  cacheDir: process.env.LISEUSE_CACHE_DIR || 'node_modules/.astro',
  now: process.env.LISEUSE_NOW || new Date().toISOString(),
});

/** liseuse as the publisher named in structured data. */
export const publisher = {
  name: site.title,
  url: `${site.url}/`,
  logo: `${site.url}/icon-512.png`,
  timeZone: site.timeZone,
};
