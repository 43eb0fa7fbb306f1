/**
 * Screenshots of the built site at phone and desktop widths, light and dark, into
 * test-results/screenshots/. For people to look at; never compared as golden files.
 * Usage: npm run build && npm run screenshots [-- /path/ ...]; LISEUSE_OUT_DIR=… for another build.
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tools/browser.ts';
import { serveStatic } from '../tools/serve.ts';
import { distDir, root, seedSlug } from '../tools/paths.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', `/articles/${seedSlug}/`, '/recherche/?q=coree', '/404/'];
const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 800 },
];
const outDir = `${root}test-results/screenshots`;
await mkdir(outDir, { recursive: true });

const server = await serveStatic(process.env.LISEUSE_OUT_DIR || distDir);
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const viewport of viewports) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(server.origin + path);
        // Scroll through so lazy pictures load, then back to the top.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 30));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.${viewport.name}.${colorScheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
        console.log(`${outDir}/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
