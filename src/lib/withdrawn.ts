/**
 * Withdrawn articles (`withdrawn` in their frontmatter), and what the hosts need to answer their
 * addresses with 410 Gone and the withdrawal page as the body: an nginx include of `location`
 * blocks, a Cloudflare Pages `_worker.js` (Pages' `_redirects` has no 410) and Netlify rules for
 * its `_redirects`. Any other server serves the page itself, with status 200.
 *
 * Every path here is an article's address (a slug, src/lib/slug.ts) or an alias that passed
 * aliasProblem (src/lib/aliases.ts); each generator checks the narrow form again before writing a
 * configuration line, so nothing an editor types can add a line, a directive or a statement.
 */
import { fallbackFile, isSitePath, nginxForms } from './aliases';
import { articlePath } from './urls';

/** One address of a withdrawn article, and the address of its withdrawal page. */
export interface GonePath {
  /** The address readers follow: the article's own, or one of its aliases. */
  from: string;
  /** The article's address, whose file in dist/ is the withdrawal page. */
  page: string;
}

/** Every address of each withdrawn article: its own first, then its aliases. */
export function gonePaths(articles: readonly { id: string; data: { aliases: readonly string[] } }[]): GonePath[] {
  return articles.flatMap(({ id, data }) => {
    const page = articlePath(id);
    return [page, ...data.aliases].map((from) => ({ from, page }));
  });
}

/** `paths`, refusing any that is not a plain site path (a bug upstream, never an editor's choice). */
function checked(paths: readonly GonePath[]): readonly GonePath[] {
  for (const { from, page } of paths) {
    for (const path of [from, page]) {
      if (!isSitePath(path)) throw new Error(`withdrawn: ${JSON.stringify(path)} is not a plain site path`);
    }
  }
  return paths;
}

/**
 * nginx `location` blocks, included by deploy/nginx.conf in its server block: each address
 * answers 410, and `error_page` sends the withdrawal page as its body through `location /`, which
 * adds the security headers (`always`, so a 410 carries them too).
 */
export function nginxGone(paths: readonly GonePath[]): string {
  return checked(paths)
    .flatMap(({ from, page }) =>
      nginxForms(from).map(
        (form) => `location = ${form} {\n    error_page 410 /${fallbackFile(page)};\n    return 410;\n}\n`,
      ),
    )
    .join('');
}

/** Netlify `_redirects` rules: forced (`!`), since a file is there, and 410 with the page as body. */
export function netlifyGone(paths: readonly GonePath[]): string {
  return checked(paths)
    .map(({ from, page }) => `${from} /${fallbackFile(page)} 410!\n`)
    .join('');
}

/**
 * A Cloudflare Pages `_worker.js` (advanced mode): it answers a withdrawn address, matched
 * exactly, with 410 and the withdrawal page; everything else goes to the static assets
 * (`env.ASSETS`), which apply `_headers` and `_redirects` as Pages does without a worker. The page
 * is fetched without the reader's conditional headers, so the answer is never an empty 304.
 */
export function cloudflareWorker(paths: readonly GonePath[]): string {
  const entries = checked(paths).map(({ from, page }) => [from, page]);
  return `// Written by liseuse's build (src/lib/withdrawn.ts): withdrawn articles answer 410 Gone.
const GONE = new Map(${JSON.stringify(entries)});

export default {
  async fetch(request, env) {
    const page = GONE.get(new URL(request.url).pathname);
    if (page === undefined) return env.ASSETS.fetch(request);
    const head = request.method === 'HEAD';
    const asset = await env.ASSETS.fetch(new Request(new URL(page, request.url), { method: head ? 'HEAD' : 'GET' }));
    const headers = new Headers(asset.headers);
    headers.delete('ETag');
    return new Response(head ? null : asset.body, { status: 410, statusText: 'Gone', headers });
  },
};
`;
}

/** Cloudflare Pages reads at most 100 rules from `_routes.json`, each of 100 characters at most. */
export const CLOUDFLARE_ROUTE_LIMIT = 100;

/**
 * `_routes.json` for Cloudflare Pages: the worker runs only for the withdrawn addresses, so every
 * other request is served by Pages itself, as without a worker, and is not billed as a Functions
 * request. Past Pages' limits the worker runs for every request and passes the others on.
 */
export function cloudflareRoutes(paths: readonly GonePath[]): { version: 1; include: string[]; exclude: string[] } {
  const froms = [...new Set(checked(paths).map(({ from }) => from))];
  const fits = froms.length <= CLOUDFLARE_ROUTE_LIMIT && froms.every((from) => from.length <= CLOUDFLARE_ROUTE_LIMIT);
  return { version: 1, include: fits ? froms : ['/*'], exclude: [] };
}
