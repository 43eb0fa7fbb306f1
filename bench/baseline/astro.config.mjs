// The baseline: a stock Astro site, as `npm create astro` makes it (default Markdown processor,
// one layout), reading the same synthetic collection as liseuse in bench/run.ts.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  outDir: process.env.LISEUSE_OUT_DIR || './dist',
  cacheDir: process.env.LISEUSE_CACHE_DIR || './node_modules/.astro',
});
