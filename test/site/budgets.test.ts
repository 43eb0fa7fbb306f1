/** Every built page keeps to the budgets in bench/budgets.ts, counted in bytes on dist/. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets';
import { parseHtml } from '../helpers/html';
import { distDir } from '../../tools/paths';

const brotli = (content: Buffer | string) =>
  brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

let pages: string[];
beforeAll(async () => {
  pages = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
});

/** What a first visit to `page` downloads, asset by asset, in brotli bytes. */
async function firstView(page: string) {
  const html = await readFile(join(distDir, page));
  const doc = parseHtml(html.toString('utf8'));
  const local = (selector: string, attribute: string) =>
    [...doc.querySelectorAll(selector)]
      .map((element) => element.getAttribute(attribute)!)
      .filter((url) => url.startsWith('/'));
  const assets: Array<{ asset: string; bytes: number; kind: 'html' | 'css' | 'js' | 'font' }> = [
    { asset: page, bytes: brotli(html), kind: 'html' },
  ];
  for (const href of local('link[rel="stylesheet"]', 'href'))
    assets.push({ asset: href, bytes: brotli(await readFile(join(distDir, href))), kind: 'css' });
  for (const src of local('script[src]', 'src'))
    assets.push({ asset: src, bytes: brotli(await readFile(join(distDir, src))), kind: 'js' });
  for (const href of local('link[rel="preload"][as="font"]', 'href'))
    assets.push({ asset: href, bytes: (await readFile(join(distDir, href))).byteLength, kind: 'font' });
  const inlineScripts = [...doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map(
    (script) => ({
      asset: `${page} inline script`,
      bytes: brotli(script.textContent ?? ''),
    }),
  );
  return { doc, assets, inlineScripts };
}

describe('page-weight budgets', () => {
  it('checks every page of the site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it(`keeps every first view within ${budgets.firstViewBrotli} bytes of brotli, an article's within ${budgets.articleFirstViewBrotli}`, async () => {
    const over: string[] = [];
    for (const page of pages) {
      const { assets } = await firstView(page);
      const total = assets.reduce((sum, { bytes }) => sum + bytes, 0);
      const budget = page.startsWith('articles/') ? budgets.articleFirstViewBrotli : budgets.firstViewBrotli;
      if (total > budget) {
        over.push(`${page}: ${total} B > ${budget} B (${assets.map((a) => `${a.asset} ${a.bytes} B`).join(', ')})`);
      }
    }
    expect(over).toEqual([]);
  });

  it(`keeps each script within ${budgets.scriptBrotli} bytes and blocks rendering with none`, async () => {
    for (const page of pages) {
      const { doc, assets, inlineScripts } = await firstView(page);
      for (const { asset, bytes } of [...assets.filter((a) => a.kind === 'js'), ...inlineScripts]) {
        expect(bytes, `${asset}: ${bytes} B brotli`).toBeLessThanOrEqual(budgets.scriptBrotli);
      }
      const blocking = [...doc.querySelectorAll('script[src]')].filter(
        (script) =>
          script.getAttribute('type') !== 'module' && !script.hasAttribute('async') && !script.hasAttribute('defer'),
      );
      expect(blocking.length, `${page}: render-blocking scripts`).toBeLessThanOrEqual(budgets.blockingScripts);
      expect(doc.querySelectorAll('link[rel="stylesheet"]').length, `${page}: stylesheets`).toBeLessThanOrEqual(
        budgets.blockingStylesheets,
      );
      expect(
        assets.filter((a) => a.kind === 'font').length + doc.querySelectorAll('link[href*="fonts"]').length,
        `${page}: fonts`,
      ).toBe(budgets.fonts);
    }
  });

  it(`keeps each script loaded later (on a selection, a search) within ${budgets.scriptBrotli} bytes too`, async () => {
    const scripts = (await readdir(join(distDir, '_astro'))).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const bytes = brotli(await readFile(join(distDir, '_astro', script)));
      expect(bytes, `${script}: ${bytes} B brotli`).toBeLessThanOrEqual(budgets.scriptBrotli);
    }
  });

  it(`keeps the service worker within ${budgets.scriptBrotli} bytes, as served`, async () => {
    // The build's own brotli twin, which nginx sends, not a recount at the highest quality.
    const { byteLength: bytes } = await readFile(join(distDir, 'sw.js.br'));
    expect(bytes, `sw.js.br: ${bytes} B`).toBeLessThanOrEqual(budgets.scriptBrotli);
  });
});
