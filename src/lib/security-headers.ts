/**
 * The HTTP headers liseuse is served with, in one place, written out for each kind of host
 * (Netlify/Cloudflare Pages `_headers`, nginx `add_header`) by src/integrations/deploy-files.ts.
 */

export type Header = readonly [name: string, value: string];

/**
 * The Content-Security-Policy header: only directives that are the same on every page.
 *
 * Each page also carries its own policy in a `<meta>` (Astro's `security.csp`), with the hashes of
 * the inline scripts and styles that page has. A browser enforces every policy that applies, so a
 * header that named scripts or styles would have to allow every page's hashes at once, and one
 * that copied a single page's hashes would block every other page's styles. The header therefore
 * leaves `default-src`, `script-src` and `style-src` to each page's `<meta>`, and adds what a
 * `<meta>` cannot say (`frame-ancestors`) or what holds everywhere.
 */
export const HEADER_CSP = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  // No page uses inline event handlers or style attributes; an injected one stays inert.
  "script-src-attr 'none'",
  "style-src-attr 'none'",
  'upgrade-insecure-requests',
].join('; ');

/** Headers for every response. */
export function securityHeaders(): Header[] {
  return [
    ['Content-Security-Policy', HEADER_CSP],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
    ['X-Content-Type-Options', 'nosniff'],
    // Older browsers ignore frame-ancestors; this says the same to them.
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Files under /_astro/ have a content hash in their name: they never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/**
 * Pages change when an article is corrected: browsers ask again on every view, with the page's
 * ETag, and get a 304 when nothing changed (what Netlify and Cloudflare Pages do for HTML).
 */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';
/** The service worker is checked on every load, so a new deploy's worker takes over at once. */
export const SERVICE_WORKER_CACHE = 'no-cache';
/**
 * Feeds are polled, often by many readers of one listing: five minutes spares the server, and a
 * correction still reaches readers within minutes. deploy/nginx.conf says the same.
 */
export const FEED_CACHE = 'public, max-age=300, must-revalidate';
/** Preview cards and icons change rarely and are not hashed. */
export const MEDIA_CACHE = 'public, max-age=86400';

/**
 * Media types the hosts do not know by the file's extension: each feed format by its file name
 * (`/rss.xml`, `/tags/russie/rss.xml`: plain `.xml` and `.json` would be sent as XML and JSON,
 * which browsers and some feed readers do not take for a feed), and OPML. deploy/nginx.conf says
 * the same for nginx.
 */
export const CONTENT_TYPES = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
} as const;

/** Folders whose listings have feeds, as `_headers` placeholders match them. */
const FEED_FOLDERS = ['/', '/rubriques/:slug/', '/tags/:slug/', '/sources/:slug/'];

/**
 * A Netlify / Cloudflare Pages `_headers` file. Both hosts combine the headers of every rule a
 * path matches, so `/*` sets no Cache-Control (their default for pages is already short) and
 * the more specific rules add theirs.
 */
export function netlifyHeaders(): string {
  const block = (path: string, headers: readonly Header[]) =>
    `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  return [
    block('/*', securityHeaders()),
    block('/_astro/*', [['Cache-Control', IMMUTABLE_CACHE]]),
    block('/og/*', [['Cache-Control', MEDIA_CACHE]]),
    block('/sw.js', [['Cache-Control', SERVICE_WORKER_CACHE]]),
    ...Object.entries(CONTENT_TYPES).flatMap(([file, type]) => {
      const headers: Header[] = [
        ['Content-Type', type],
        ['Cache-Control', FEED_CACHE],
      ];
      return file.startsWith('.')
        ? [block(`/*${file}`, headers)]
        : FEED_FOLDERS.map((folder) => block(`${folder}${file}`, headers));
    }),
  ].join('\n');
}

/** nginx `add_header` lines, included by deploy/nginx.conf in each location. */
export function nginxHeaders(): string {
  // nginx strings are double-quoted; policies and values contain no double quotes.
  return `${securityHeaders()
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')}\n`;
}
