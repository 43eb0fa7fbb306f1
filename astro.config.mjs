// @ts-check
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { parallelMarkdown } from './src/markdown/render-pool.ts';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { MAX_PIXELS } from './src/markdown/picture-file.ts';
import { redirects } from './src/redirects.ts';
import { site } from './src/site.ts';
import { lastmodFromCollection } from './src/sitemap.ts';

const outDir = process.env.LISEUSE_OUT_DIR || './dist';

// V8 lets a heap grow to up to four times what survived its last full collection before it runs
// the next; a build that renders the archive peaked with that garbage (README, "Where the memory
// goes"). 1.5 times instead: a cold build of 10,000 articles peaks at 1,154-1,249 MB instead of
// 1,443-1,463 MB, about the stock site's, for no measurable wall time. A publish (the content store and
// the incremental build's record are there) peaks far lower, and its extra collections cost it
// 0.3 s of 10: it keeps V8's default. A ratio, not a ceiling (`--max-old-space-size`), which would
// stop a larger archive that still fits in memory. V8 reads the factor at each collection, so
// setting it once Node runs takes effect (NODE_OPTIONS refuses it), for the workers started after.
const publishing = ['data-store.json', 'incremental-build.json'].every((file) => existsSync(join(site.cacheDir, file)));
if (!publishing) setFlagsFromString('--heap-growing-percent=50');

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two files that would publish at the same URL stop the build instead of one hiding the other.
  prerenderConflictBehavior: 'error',
  // Tests and the benchmark build generated collections side by side without clobbering dist/.
  outDir,
  cacheDir: site.cacheDir,
  markdown: {
    // News articles carry no code worth colouring, and the highlighter's inline styles would be
    // stripped by the sanitiser anyway.
    syntaxHighlight: false,
    processor: parallelMarkdown(),
  },
  image: {
    // sharp refuses to decode more than this, whatever slips past the checks in
    // src/markdown/picture-file.ts: a decompression bomb cannot exhaust the build machine.
    service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_PIXELS } },
  },
  build: {
    // One small stylesheet per page is inlined: no render-blocking request beyond the HTML.
    inlineStylesheets: 'always',
    // Preview cards are rasterised off the main thread; rendering pages two at a time keeps both
    // busy (measured with `npm run bench`).
    concurrency: 2,
  },
  security: {
    // Hashes of every inline script and style go into a <meta> CSP on each page: no
    // 'unsafe-inline', no 'unsafe-eval'. frame-ancestors cannot live in a <meta>: deploy/ sends it
    // as a header, with the rest of the policy.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
    },
  },
  // deployFiles comes after the integrations that write into dist/: it removes what no part of
  // this build made, then compresses the rest. The search index writes and compresses its own.
  integrations: [
    sitemap({ serialize: lastmodFromCollection() }),
    redirects(),
    deployFiles(),
    // Last: Pagefind indexes while everything above runs, and the build waits for it only here.
    searchIndex(),
  ],
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild copies the pages whose `cacheKey` (src/lib/cache-key.ts), code and rendered
    // articles are unchanged from the previous build, kept in cacheDir: a newsroom's publish
    // re-renders the edited article and the pages listing it, not the whole archive.
    incrementalBuild: true,
  },
  vite: {
    // dist/ is kept between builds: the incremental build leaves unchanged pages in place, and
    // src/integrations/deploy-files.ts removes what a build did not make.
    build: {
      emptyOutDir: false,
      // A page's own script is inlined up to 6 KB, not Vite's 4 KB: the search page's (4.6 KB,
      // since it merges two indexes) would otherwise cost the first view a request. Other assets keep
      // Vite's limit (undefined).
      assetsInlineLimit: (file, content) => (file.endsWith('.js') ? content.length <= 6144 : undefined),
    },
    define: {
      // Preview cards are drawn by worker threads that Node starts from this source file
      // (src/og/render-card.ts): the bundle cannot find it by itself.
      'import.meta.env.LISEUSE_CARD_WORKER': JSON.stringify(new URL('./src/og/card-worker.ts', import.meta.url).href),
    },
  },
});
