/** The share bar and the link preview, as a reader's browser and an unfurler see them. */
import ogs from 'open-graph-scraper';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSlug } from '../../tools/paths';
import { useServedSite } from '../helpers/served-site';

let context: BrowserContext;
let page: Page;
let canonical: string;
const requests: string[] = [];

const site = useServedSite();

beforeAll(async () => {
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
  await page.goto(`${site.server.origin}/articles/${seedSlug}/`);
  canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
});

describe('the share bar', () => {
  it('copies the canonical URL and says so', async () => {
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    expect(await page.getByRole('status').innerText()).toBe('Lien copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  it('links to e-mail and seven networks with the encoded canonical URL', async () => {
    const hrefs = await page
      .locator('.share__links a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(8);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(['https:', 'mailto:'], href).toContain(url.protocol);
      expect(
        [...url.searchParams.values()].some((value) => value.includes(canonical)),
        href,
      ).toBe(true);
    }
  });

  it('loads nothing from anywhere but the site itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(site.server.origin))).toEqual([]);
    expect(page.frames()).toHaveLength(1);
  });

  it('keeps working links without JavaScript and hides the buttons that need it', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.server.origin}/articles/${seedSlug}/`);
    expect(await plain.getByRole('link', { name: /^WhatsApp/ }).isVisible()).toBe(true);
    expect(await plain.getByRole('button', { name: 'Copier le lien' }).isVisible()).toBe(false);
    await noScript.close();
  });
});

describe('a link preview', () => {
  it('shows what the frontmatter says, as an independent scraper reads it', async () => {
    const { result } = await ogs({ url: `${site.server.origin}/articles/${seedSlug}/` });
    expect(result).toMatchObject({
      ogSiteName: 'liseuse',
      ogType: 'article',
      ogLocale: 'fr_FR',
      ogTitle: 'Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias',
      ogUrl: canonical,
      twitterCard: 'summary_large_image',
    });
    expect(result.ogDescription).toMatch(/^Isolé depuis l’invasion de l’Ukraine/);
    expect(result.ogImage?.[0]).toMatchObject({ width: '1200', height: '630', type: 'image/png' });
    expect(result.ogImage?.[0]?.url).toMatch(new RegExp(`/og/${seedSlug}\\.png$`));
  });
});
