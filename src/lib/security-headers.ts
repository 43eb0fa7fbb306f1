/**
 * The HTTP headers liseuse is served with, in one place, written out for each kind of host
 * (Netlify/Cloudflare Pages `_headers`, nginx `add_header`) by src/integrations/deploy-files.ts.
 */

export type Header = readonly [name: string, value: string];

/** Headers for every response. `csp` is the page policy Astro computed, hashes included. */
export function securityHeaders(csp: string): Header[] {
  return [
    // frame-ancestors only works in a header, never in the page's <meta>.
    ['Content-Security-Policy', `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`],
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
/** Pages change when an article is corrected: browsers check again after five minutes. */
export const PAGE_CACHE = 'public, max-age=300, must-revalidate';
/** Preview cards and icons change rarely and are not hashed. */
export const MEDIA_CACHE = 'public, max-age=86400';

/**
 * A Netlify / Cloudflare Pages `_headers` file. Both hosts combine the headers of every rule a
 * path matches, so `/*` sets no Cache-Control (their default for pages is already short) and
 * the more specific rules add theirs.
 */
export function netlifyHeaders(csp: string): string {
  const block = (path: string, headers: readonly Header[]) =>
    `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  return [
    block('/*', securityHeaders(csp)),
    block('/_astro/*', [['Cache-Control', IMMUTABLE_CACHE]]),
    block('/og/*', [['Cache-Control', MEDIA_CACHE]]),
  ].join('\n');
}

/** nginx `add_header` lines, included by deploy/nginx.conf in each location. */
export function nginxHeaders(csp: string): string {
  // nginx strings are double-quoted; policies and values contain no double quotes.
  return `${securityHeaders(csp)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')}\n`;
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'");
}
