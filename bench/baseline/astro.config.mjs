// The baseline: a stock Astro site, as `npm create astro` makes it (default Markdown processor,
// one layout), reading the same synthetic collection as liseuse in bench/run.ts.
// BASELINE_MARKDOWN=unified builds the same site with Astro's remark/rehype processor, set as
// liseuse sets it (GFM on, SmartyPants off) but without liseuse's plugins: the pipeline the stack
// requires, so the benchmark tells what that alone costs.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  outDir: process.env.LISEUSE_OUT_DIR || './dist',
  cacheDir: process.env.LISEUSE_CACHE_DIR || './node_modules/.astro',
  markdown: process.env.BASELINE_MARKDOWN === 'unified' ? { processor: unified({ smartypants: false }) } : {},
});
