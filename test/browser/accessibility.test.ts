/**
 * Layout in a real browser: no horizontal scrolling from 320 px to 200 % zoom and 4K; print;
 * screenshots to look at. (axe on every page type, both themes, phone and desktop, runs in
 * deployed.test.ts, behind the hosts' own headers.)
 */
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { root, seedSlug } from '../../tools/paths';
import { palette } from '../../src/styles/theme';
import { cssRgb } from '../helpers/theme';
import { useServedSite } from '../helpers/served-site';

const pages = {
  home: '/',
  article: `/articles/${seedSlug}/`,
  'not found': '/nexiste-pas/',
  tag: '/tags/russie/',
  section: '/rubriques/international/',
};
const schemes = ['light', 'dark'] as const;

const widths = [360, 1280];

const site = useServedSite();

/** Open `path` in a fresh context, as axe needs; close it with `page.context().close()`. */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const page = await (await site.browser.newContext(options)).newPage();
  await page.goto(site.server.origin + path);
  return page;
}

describe.each(Object.entries(pages))('the %s page', (_, path) => {
  it.each([
    ['a 320 px phone', { width: 320, height: 640 }, 1],
    ['200 % zoom on a 1280 px screen', { width: 640, height: 400 }, 2],
    ['a 4K screen', { width: 3840, height: 2160 }, 1],
  ])('never scrolls sideways on %s', async (_, viewport, deviceScaleFactor) => {
    const page = await open(path, { viewport, deviceScaleFactor });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.context().close();
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('the article page on paper', () => {
  it('prints the text and the source’s address, without share bar or navigation', async () => {
    const page = await open(pages.article);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    const printedUrl = await page.locator('.source h2 a').evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printedUrl).toBe('" (https://attuale.info/)"');
    await page.context().close();
  });
});

describe('screenshots for people to look at (test-results/screenshots/, not compared)', () => {
  it.each(schemes.flatMap((colorScheme) => widths.map((width) => [colorScheme, width] as const)))(
    'the article in %s at %i px',
    async (colorScheme, width) => {
      const dir = `${root}test-results/screenshots`;
      await mkdir(dir, { recursive: true });
      const page = await open(pages.article, { colorScheme, viewport: { width, height: 800 } });
      const shot = await page.screenshot({ path: `${dir}/article-${width}-${colorScheme}.png`, fullPage: true });
      await page.context().close();
      // The picture is the styled page in its theme: the page's width, the theme's background.
      const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
      expect(info.width).toBe(width);
      expect(info.height).toBeGreaterThan(800);
      expect(`rgb(${data[0]}, ${data[1]}, ${data[2]})`).toBe(cssRgb(palette[colorScheme].bg));
    },
  );
});
