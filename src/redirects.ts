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
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOutputs, isStale, type BuildOutputs } from './integrations/build-outputs';
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

/**
 * Write the page for the former address `from` (of `to`) in dist/ with `write`, refusing to
 * replace a page or file of this build; one an earlier build left there (the article's own page,
 * before it was renamed) is replaced, and deployFiles would remove it anyway.
 */
async function writeAtAlias(
  outDir: string,
  outputs: () => BuildOutputs,
  from: string,
  to: string,
  write: (file: string) => Promise<void>,
) {
  const served = fallbackFile(from);
  const file = join(outDir, served);
  const fail = (reason: string) =>
    Object.assign(
      new Error(`aliases: ${JSON.stringify(from)} (of ${to}) cannot have its page at dist/${served}: ${reason}`),
      {
        stack: '',
      },
    );
  if (existsSync(file) && !isStale(outputs(), served)) throw fail('a page or file of the site is there');
  try {
    await mkdir(dirname(file), { recursive: true });
    await write(file);
  } catch (error) {
    throw fail((error as Error).message);
  }
}

/** Write the redirects recorded by this build for each host. Listed before deployFiles, which compresses them. */
export function redirects(): AstroIntegration {
  let startedAt = 0;
  return {
    name: 'liseuse:redirects',
    hooks: {
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        // Only a file already at an alias's address needs this build's list of pages.
        let known: BuildOutputs | undefined;
        const outputs = () => (known ??= buildOutputs(dir, assets, startedAt));
        const recorded = slot[key] ?? [];
        // Built for every host, `_redirects` is Cloudflare's (Netlify reads it too).
        const host = site.host === 'all' ? 'cloudflare' : site.host;
        const gone = goneSlot[goneKey] ?? [];
        await writeFile(
          join(outDir, '_redirects'),
          hostRedirects(recorded, host) + (host === 'netlify' ? netlifyGone(gone) : ''),
        );
        if (site.host === 'all') {
          await writeFile(join(outDir, '_nginx-redirects.conf'), nginxRedirects(recorded));
          await writeFile(join(outDir, '_nginx-gone.conf'), nginxGone(gone));
        }
        // Without a withdrawn article there is no worker: Pages serves the site as before (an
        // earlier build's is removed by deployFiles). Netlify would serve it as a file.
        if (gone.length > 0 && host === 'cloudflare') {
          await writeFile(join(outDir, '_worker.js'), cloudflareWorker(gone));
          await writeFile(join(outDir, '_routes.json'), `${JSON.stringify(cloudflareRoutes(gone), null, 2)}\n`);
        }
        for (const { from, to, title } of recorded) {
          await writeAtAlias(outDir, outputs, from, to, (file) =>
            writeFile(file, fallbackPage({ to, canonical: absoluteUrl(to, site.url), title })),
          );
        }
        // A withdrawn article's aliases get a copy of its withdrawal page, for servers that read
        // none of the files above.
        for (const { from, page } of gone.filter(({ from, page }) => from !== page)) {
          await writeAtAlias(outDir, outputs, from, page, (file) => copyFile(join(outDir, fallbackFile(page)), file));
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
