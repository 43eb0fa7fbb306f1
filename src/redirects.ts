/**
 * Former addresses, from the collection to the hosts' files: the article route records each
 * article's aliases while Astro collects the pages' paths, and the `redirects` integration writes
 * `_redirects`, `_nginx-redirects.conf` and the fallback pages when the build is done.
 *
 * astro.config.mjs and the pages are bundled apart, so each has its own copy of this module: the
 * record lives on `globalThis`, shared by both within the build's one process.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  CLOUDFLARE_REDIRECT_LIMIT,
  fallbackFile,
  fallbackPage,
  hostRedirects,
  nginxRedirects,
  type Redirect,
} from './lib/aliases';
import { absoluteUrl } from './lib/urls';
import { site } from './site';

type Recorded = Redirect & { title: string };

const key = Symbol.for('liseuse.redirects');
const slot = globalThis as { [key]?: Recorded[] };

/** Record this build's redirects, newest articles first (the order `_redirects` keeps under its limit). */
export function recordRedirects(redirects: Recorded[]): void {
  slot[key] = redirects;
}

/** Write the redirects recorded by this build for each host. Listed after pruneStaleFiles and before deployFiles. */
export function redirects(): AstroIntegration {
  return {
    name: 'liseuse:redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recorded = slot[key] ?? [];
        // Netlify sets NETLIFY=true in its builds.
        const host = process.env.NETLIFY === 'true' ? 'netlify' : 'cloudflare';
        await writeFile(join(outDir, '_redirects'), hostRedirects(recorded, host));
        await writeFile(join(outDir, '_nginx-redirects.conf'), nginxRedirects(recorded));
        for (const { from, to, title } of recorded) {
          const file = join(outDir, fallbackFile(from));
          try {
            await mkdir(dirname(file), { recursive: true });
            // 'wx' refuses a file already there: stale files are pruned before this runs, so it
            // would be a page or file of this build.
            await writeFile(file, fallbackPage({ to, canonical: absoluteUrl(to, site.url), title }), { flag: 'wx' });
          } catch (error) {
            const reason =
              (error as NodeJS.ErrnoException).code === 'EEXIST'
                ? 'a page or file of the site is there'
                : (error as Error).message;
            throw Object.assign(
              new Error(
                `aliases: ${JSON.stringify(from)} (of ${to}) cannot have its page at dist/${fallbackFile(from)}: ${reason}`,
              ),
              { stack: '' },
            );
          }
        }
        if (host === 'cloudflare' && recorded.length > CLOUDFLARE_REDIRECT_LIMIT) {
          logger.warn(
            `${recorded.length} former addresses: Cloudflare Pages reads the first ${CLOUDFLARE_REDIRECT_LIMIT} of _redirects (the newest articles'); the ${recorded.length - CLOUDFLARE_REDIRECT_LIMIT} others reach their article through their fallback page (status 200, then a refresh), not a 301`,
          );
        } else if (recorded.length > 0) logger.info(`${recorded.length} former addresses redirect to their article`);
      },
    },
  };
}
