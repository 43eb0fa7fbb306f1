// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { markdownOptions } from './src/markdown/index.ts';
import { MAX_PIXELS } from './src/markdown/picture-file.ts';
import { site } from './src/site.ts';
import { lastmodFromPages } from './src/sitemap.ts';

const outDir = process.env.LISEUSE_OUT_DIR || './dist';

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
    processor: unified(markdownOptions),
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
  // deployFiles comes last: it compresses what the others wrote, the search index included.
  integrations: [sitemap({ serialize: lastmodFromPages(outDir) }), searchIndex(), deployFiles()],
  devToolbar: { enabled: false },
});
