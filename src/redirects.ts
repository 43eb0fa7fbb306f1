/**
 * Former addresses and withdrawn articles, from the collection to the hosts' files: the article
 * route records each article's aliases and each withdrawn article's addresses while Astro
 * collects the pages' paths, and the `redirects` integration writes `_redirects`,
 * `_nginx-redirects.conf`, `_nginx-gone.conf`, `_worker.js` and `_routes.json` (when an article
 * is withdrawn), the fallback pages and the withdrawal page's copies when the build is done.
 *
 * astro.config.mjs and the pages are bundled apart, so each has its own copy of this module: the
 * record lives on `globalThis`, shared by both within the build's one process.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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
import { cloudflareRoutes, cloudflareWorker, netlifyGone, nginxGone, type GonePath } from './lib/withdrawn';
import { site } from './site';

type Recorded = Redirect & { title: string };

const key = Symbol.for('liseuse.redirects');
const slot = globalThis as { [key]?: Recorded[] };

/** Record this build's redirects, newest articles first (the order `_redirects` keeps under its limit). */
export function recordRedirects(redirects: Recorded[]): void {
  slot[key] = redirects;
}

const goneKey = Symbol.for('liseuse.withdrawn');
const goneSlot = globalThis as { [goneKey]?: GonePath[] };

/** Record the addresses of this build's withdrawn articles, each with its withdrawal page. */
export function recordWithdrawn(paths: GonePath[]): void {
  goneSlot[goneKey] = paths;
}

/** Write the page for the former address `from` (of `to`) in dist/ with `write`, refusing to replace a page or file of this build. */
async function writeAtAlias(outDir: string, from: string, to: string, write: (file: string) => Promise<void>) {
  const file = join(outDir, fallbackFile(from));
  try {
    await mkdir(dirname(file), { recursive: true });
    await write(file);
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
        const gone = goneSlot[goneKey] ?? [];
        await writeFile(
          join(outDir, '_redirects'),
          hostRedirects(recorded, host) + (host === 'netlify' ? netlifyGone(gone) : ''),
        );
        await writeFile(join(outDir, '_nginx-redirects.conf'), nginxRedirects(recorded));
        await writeFile(join(outDir, '_nginx-gone.conf'), nginxGone(gone));
        // Without a withdrawn article there is no worker: Pages serves the site as before. Stale
        // ones are gone already (pruneStaleFiles runs first). Netlify would serve it as a file.
        if (gone.length > 0 && host === 'cloudflare') {
          await writeFile(join(outDir, '_worker.js'), cloudflareWorker(gone));
          await writeFile(join(outDir, '_routes.json'), `${JSON.stringify(cloudflareRoutes(gone), null, 2)}\n`);
        }
        for (const { from, to, title } of recorded) {
          // 'wx' refuses a file already there: stale files are pruned before this runs, so it
          // would be a page or file of this build.
          await writeAtAlias(outDir, from, to, (file) =>
            writeFile(file, fallbackPage({ to, canonical: absoluteUrl(to, site.url), title }), { flag: 'wx' }),
          );
        }
        // A withdrawn article's aliases get a copy of its withdrawal page, for servers that read
        // none of the files above.
        for (const { from, page } of gone.filter(({ from, page }) => from !== page)) {
          await writeAtAlias(outDir, from, page, (file) =>
            copyFile(join(outDir, fallbackFile(page)), file, constants.COPYFILE_EXCL),
          );
        }
        if (host === 'cloudflare' && recorded.length > CLOUDFLARE_REDIRECT_LIMIT) {
          logger.warn(
            `${recorded.length} former addresses: Cloudflare Pages reads the first ${CLOUDFLARE_REDIRECT_LIMIT} of _redirects (the newest articles'); the ${recorded.length - CLOUDFLARE_REDIRECT_LIMIT} others reach their article through their fallback page (status 200, then a refresh), not a 301`,
          );
        } else if (recorded.length > 0) logger.info(`${recorded.length} former addresses redirect to their article`);
        if (gone.length > 0) logger.info(`${gone.length} addresses of withdrawn articles answer 410 Gone`);
      },
    },
  };
}
