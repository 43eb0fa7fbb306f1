/**
 * An article's former addresses (`aliases` in its frontmatter), and what the hosts need to send
 * readers on: a permanent redirect for nginx (an include of `location` blocks) and for Netlify
 * and Cloudflare Pages (`_redirects`), and a page at the old address for any other server.
 *
 * Aliases come from an editor's file and end up in server configuration, so they are held to a
 * narrow form rather than escaped: slash-separated words of letters, digits, `-`, `_`, `.` and
 * `~`, no segment starting with a dot. Nothing else (spaces, quotes, `;`, `$`, braces, `%`, a
 * newline, `..`, `//host`, a scheme, non-ASCII) can reach a configuration line, and every alias
 * is a path on this site, which nginx and Cloudflare match byte for byte.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { articlePath } from './urls';

const SEGMENT = '[A-Za-z0-9_~-][A-Za-z0-9._~-]*';
const ALIAS = new RegExp(`^/(?:${SEGMENT}/)*(?:${SEGMENT})?$`);

/**
 * Whether `path` has the narrow form of an alias or an article's address: what the hosts'
 * configuration generators check again before writing a line.
 */
export function isSitePath(path: string): boolean {
  return ALIAS.test(path);
}

/** Folders and files of the site an alias must not shadow; a live article's address is checked apart. */
const SITE_FOLDERS = ['/rubriques/', '/tags/', '/sources/', '/page/', '/recherche/', '/og/', '/_astro/', '/pagefind/'];

/** Why `path` cannot be an alias, or undefined when it can. */
export function aliasProblem(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    return `must be a path on this site, without a scheme or host: write "/articles/ancien-titre/", not ${JSON.stringify(path)}`;
  }
  if (path.length > 300) return 'must be 300 characters or fewer';
  if (!isSitePath(path)) {
    return `expected a path such as "/articles/ancien-titre/": letters a-z, digits, "-", "_", "." and "~" between slashes, no segment starting with "."; got ${JSON.stringify(path)}`;
  }
  if (
    path === '/' ||
    SITE_FOLDERS.some((folder) => path.startsWith(folder) || path === folder.slice(0, -1)) ||
    /^\/[^/]*\.|^\/_/.test(path)
  ) {
    return `${JSON.stringify(path)} is a page or a file of the site itself, which an alias cannot replace`;
  }
  return undefined;
}

/** One file's aliases, as the build and `npm run check:content` see them. */
export interface FileAliases {
  /** The article's file, as messages should name it. */
  file: string;
  /** The article's id: its address is articlePath(id). */
  id: string;
  aliases: readonly string[];
}

export interface AliasConflict {
  file: string;
  alias: string;
  message: string;
}

/**
 * Every alias that is another article's address or another alias; each conflict names both files.
 * Addresses compare as the file that serves them: "/articles/x", "/articles/x/" and
 * "/articles/x/index.html" are one page to a reader and to a server.
 */
export function aliasConflicts(files: readonly FileAliases[]): AliasConflict[] {
  const articles = new Map(files.map(({ file, id }) => [fallbackFile(articlePath(id)), file]));
  const taken = new Map<string, string>();
  const conflicts: AliasConflict[] = [];
  for (const { file, aliases } of files) {
    for (const alias of aliases) {
      const served = fallbackFile(alias);
      const article = articles.get(served);
      const other = taken.get(served);
      if (article !== undefined) {
        conflicts.push({
          file,
          alias,
          message: `aliases: ${JSON.stringify(alias)} is the address of ${article === file ? 'this article' : article}; a live article's address cannot redirect`,
        });
      } else if (other !== undefined) {
        conflicts.push({
          file,
          alias,
          message: `aliases: ${JSON.stringify(alias)} is already an alias of ${other === file ? 'this article' : other}; one old address can lead to one article only`,
        });
      } else taken.set(served, file);
    }
  }
  return conflicts;
}

/** A former address and the article's address it leads to. */
export interface Redirect {
  from: string;
  to: string;
}

/** Cloudflare Pages reads at most 2,000 static redirects from `_redirects`. */
export const CLOUDFLARE_REDIRECT_LIMIT = 2000;

/**
 * `_redirects` for Cloudflare Pages (the first 2,000 redirects) or, built on Netlify, for Netlify:
 * there a rule is skipped when a file exists at its path (the fallback page does) unless it is
 * forced with `301!`, which Cloudflare's parser refuses, and there is no limit.
 */
export function hostRedirects(redirects: readonly Redirect[], host: 'cloudflare' | 'netlify' = 'cloudflare'): string {
  const rules = host === 'netlify' ? redirects : redirects.slice(0, CLOUDFLARE_REDIRECT_LIMIT);
  const status = host === 'netlify' ? '301!' : '301';
  return rules.map(({ from, to }) => `${from} ${to} ${status}\n`).join('');
}

/**
 * The forms of `path` that nginx serves from the same file (`try_files $uri $uri/index.html`):
 * "/articles/x/" is also read at "/articles/x". Cloudflare and Netlify redirect the other form to
 * the one with the slash, so their rules need only the path itself.
 */
export function nginxForms(path: string): string[] {
  if (path.endsWith('/')) return path === '/' ? [path] : [path, path.slice(0, -1)];
  return /\.html?$/.test(path) ? [path] : [path, `${path}/`];
}

/**
 * nginx `location` blocks, included by deploy/nginx.conf in its server block: each form of each
 * alias (with and without its slash) answers 301, query string kept, as Cloudflare and Netlify do.
 */
export function nginxRedirects(redirects: readonly Redirect[]): string {
  const seen = new Set<string>();
  return redirects
    .flatMap(({ from, to }) => nginxForms(from).map((form) => ({ form, to })))
    .filter(({ form }) => !seen.has(form) && seen.add(form))
    .map(({ form, to }) => `location = ${form} {\n    return 301 ${to}$is_args$args;\n}\n`)
    .join('');
}

/** Where the page at `alias` lives in dist/: the folder's index.html, or the file itself. */
export function fallbackFile(alias: string): string {
  const path = alias.slice(1);
  if (path.endsWith('/')) return `${path}index.html`;
  return /\.html?$/.test(path) ? path : `${path}/index.html`;
}

/**
 * The page left at a former address for servers that read neither `_redirects` nor the nginx
 * include: it sends the browser on at once (to the path, so it works on any host serving the
 * build), tells search engines where the article is and not to index this page, and says so in
 * French with a link for a reader whose browser does not follow. A meta refresh loses the old
 * link's #fragment, which the hosts' 301s keep.
 */
export function fallbackPage({ to, canonical, title }: { to: string; canonical: string; title: string }): string {
  return `<!doctype html>\n${toHtml(
    h('html', { lang: 'fr' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', 'Cet article a changé d’adresse'),
        h('meta', { httpEquiv: 'refresh', content: `0; url=${to}` }),
        h('link', { rel: 'canonical', href: canonical }),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('meta', { name: 'color-scheme', content: 'light dark' }),
      ]),
      h('body', [
        h('main', [
          h('h1', 'Cet article a changé d’adresse'),
          h('p', ['« ', h('a', { href: to }, title), ' » se lit désormais à une nouvelle adresse.']),
        ]),
      ]),
    ]),
  )}\n`;
}
