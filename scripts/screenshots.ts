/**
 * Screenshots of the built site at phone and desktop widths, light and dark, into
 * test-results/screenshots/. For people to look at; never compared as golden files.
 * Usage: npm run build && npm run screenshots [-- /path/ ...]
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/serve.ts';
import { distDir, root, seedSlug } from '../test/helpers/paths.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', `/articles/${seedSlug}/`, '/recherche/?q=coree', '/404/'];
const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 800 },
];
const outDir = `${root}test-results/screenshots`;
await mkdir(outDir, { recursive: true });

const server = await serveStatic(distDir);
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const viewport of viewports) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        // The search page writes its results after loading the index.
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
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
