// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/index.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Tests and the benchmark build generated collections side by side without clobbering dist/.
  outDir: process.env.LISEUSE_OUT_DIR || './dist',
  cacheDir: process.env.LISEUSE_CACHE_DIR || './node_modules/.astro',
  markdown: {
    // News articles carry no code worth colouring, and the highlighter's inline styles would be
    // stripped by the sanitiser anyway.
    syntaxHighlight: false,
    processor: unified(markdownOptions),
  },
  build: {
    // One small stylesheet per page is inlined: no render-blocking request beyond the HTML.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
