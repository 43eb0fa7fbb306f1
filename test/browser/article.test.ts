/** The built site in a real Chromium, served from dist/ on 127.0.0.1. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainTypography } from '../../src/lib/french-typography';
import { seedSlug } from '../../tools/paths';
import { seedParagraphs } from '../../tools/seed';
import { useServedSite } from '../helpers/served-site';

let page: Page;

const site = useServedSite();

describe('the article page in a browser', () => {
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    const response = await page.goto(`${site.server.origin}/articles/${seedSlug}/`);
    expect(response?.status()).toBe(200);
  });

  it('shows the title as the only level-one heading', async () => {
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.count()).toBe(1);
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.innerText()).toMatch(/^Poutine et Kim Jong-un/);
    expect(await page.title()).toMatch(/^Poutine et Kim Jong-un.* — liseuse$/);
  });

  it('renders the seven paragraphs as readers see them', async () => {
    const paragraphs = await page.locator('.article-body > p').allInnerTexts();
    expect(paragraphs.map(plainTypography)).toEqual(seedParagraphs);
  });

  it('shows the source, linked to the publisher', async () => {
    const link = page.getByRole('link', { name: 'attuale.info' }).first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('https://attuale.info/');
    expect(await page.getByRole('heading', { name: /^Source\s*: attuale\.info$/ }).isVisible()).toBe(true);
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('moves keyboard focus to the main content with the skip link', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });

  it('offers each paragraph’s address to the keyboard, shown on focus, and not on paper', async () => {
    const links = page.getByRole('link', { name: 'Lien vers ce paragraphe' });
    expect(await links.count()).toBe(seedParagraphs.length);
    const first = links.first();
    expect(await first.evaluate((link) => getComputedStyle(link).opacity)).toBe('0');
    let presses = 0;
    while (!(await first.evaluate((link) => link === document.activeElement)) && presses++ < 40) {
      await page.keyboard.press('Tab');
    }
    expect(await first.evaluate((link) => link === document.activeElement)).toBe(true);
    await expect.poll(() => first.evaluate((link) => getComputedStyle(link).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => ({ hash: location.hash, id: document.querySelector(':target')?.id }));
    expect(target).toEqual({ hash: '#le-13-septembre-dans-la-region', id: 'le-13-septembre-dans-la-region' });
    await page.emulateMedia({ media: 'print' });
    expect(await first.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('an unknown address', () => {
  it('answers 404 with the French page and a way home', async () => {
    const notFound = await site.browser.newPage();
    const response = await notFound.goto(`${site.server.origin}/articles/nexiste-pas/`);
    expect(response?.status()).toBe(404);
    expect(await notFound.getByRole('heading', { level: 1 }).innerText()).toBe('Page introuvable');
    await notFound.getByRole('link', { name: /page d’accueil/ }).click();
    await notFound.waitForURL(`${site.server.origin}/`);
    expect(await notFound.getByRole('heading', { level: 1 }).innerText()).toBe('À la une');
  });
});
