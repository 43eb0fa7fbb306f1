/**
 * Accessibility and layout in a real browser: axe-core on every kind of page, both themes, phone
 * and desktop; no horizontal scrolling from 320 px to 200 % zoom; print; screenshots to look at.
 */
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { root, seedSlug } from '../helpers/paths';
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
  it.each(schemes.flatMap((colorScheme) => widths.map((width) => [colorScheme, width] as const)))(
    'has no axe violations in %s at %i px',
    async (colorScheme, width) => {
      const page = await open(path, { colorScheme, viewport: { width, height: 800 } });
      const { violations } = await new AxeBuilder({ page }).analyze();
      await page.context().close();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    },
  );

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
      expect(shot.byteLength).toBeGreaterThan(10_000);
    },
  );
});
