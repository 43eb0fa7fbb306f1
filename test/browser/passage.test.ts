/**
 * "Partager l'extrait": a reader selects words of the article and shares the link; whoever opens
 * it lands on that paragraph, and on that passage where the browser knows text fragments.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/styles/theme';
import { hostNames } from '../helpers/hosts';
import { cssRgb } from '../helpers/theme';
import { distDir, seedSlug } from '../../tools/paths';
import { useServedSite } from '../helpers/served-site';
import { watchedPage } from '../helpers/watched-page';

const site = useServedSite();
const PARAGRAPH = 'la-coree-du-nord-dispose-d-un';
// Its second "Corée du Nord": the first of the paragraph, and others before it, must not be the one shown.
const QUOTE = 'Corée du Nord est l’un des rares pays';

let context: BrowserContext;
let page: Page;
const requests: string[] = [];

/** Select `quote` in the paragraph `id`, as a reader dragging over it would. */
const select = (target: Page, id: string, quote: string) =>
  target.evaluate(
    ([id, quote]) => {
      const paragraph = document.getElementById(id)!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.replace(/\s/g, ' ').indexOf(quote.replace(/\s/g, ' '));
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + quote.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
      }
      throw new Error(`"${quote}" not found in #${id}`);
    },
    [id, quote] as const,
  );

/** Where a passage is drawn on screen: selected by its text in the paragraph, then let go. */
async function boxesOf(target: Page, id: string, quote: string) {
  await select(target, id, quote);
  return target.evaluate(() => {
    const boxes = [...getSelection()!.getRangeAt(0).getClientRects()].map(({ x, y, width, height }) => ({
      x,
      y,
      width,
      height,
    }));
    getSelection()!.removeAllRanges();
    return boxes;
  });
}

/**
 * The passage a text directive (`#…:~:text=[prefix-,]start[,end][,-suffix]`) designates in
 * `text`, found as https://wicg.github.io/scroll-to-text-fragment/#finding-ranges-in-a-document
 * does: the first match, on word boundaries, with its prefix and suffix around it.
 */
function firstMatch(text: string, hash: string): { passage: string; at: number } | undefined {
  const directive = /:~:text=([^&]*)/.exec(hash)?.[1];
  if (!directive) return undefined;
  const terms = directive.split(',');
  const prefix = terms[0]!.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : undefined;
  const suffix = terms.at(-1)!.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : undefined;
  const [start, end] = terms.map(decodeURIComponent);
  const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const edge = '(?<![\\p{L}\\p{N}])';
  const pattern =
    (prefix ? `${escape(prefix)}\\s+` : edge) +
    `(${escape(start!)}${end ? `[\\s\\S]*?${escape(end)}` : ''})` +
    (suffix ? `\\s+${escape(suffix)}` : '(?![\\p{L}\\p{N}])');
  const match = new RegExp(pattern, 'du').exec(text);
  return match ? { passage: match[1]!, at: match.indices![1]![0] } : undefined;
}

beforeAll(async () => {
  context = await site.browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 800 },
  });
  // The page's own requests: once the service worker controls the page, its fetch of the same
  // file is a second request that the reader's page did not make.
  context.on('request', (request) => {
    if (!request.serviceWorker()) requests.push(new URL(request.url()).pathname);
  });
  page = await context.newPage();
  await page.goto(`${site.server.origin}/articles/${seedSlug}/`);
});

describe('sharing a passage', () => {
  it('loads its code only once the reader selects words of the text', async () => {
    await page.waitForLoadState('load');
    // As for a reader who stays a moment: the service worker has taken the page over.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const passageCode = () => requests.filter((path) => path.startsWith('/_astro/passage-share-'));
    expect(passageCode()).toEqual([]);
    expect(await page.getByRole('button', { name: 'Partager l’extrait' }).count()).toBe(0);
    await select(page, PARAGRAPH, QUOTE);
    await page.getByRole('button', { name: 'Partager l’extrait' }).waitFor();
    expect(passageCode()).toEqual([expect.stringMatching(/^\/_astro\/passage-share-[\w-]+\.js$/)]);
  });

  it('copies a link to the paragraph and the passage, and says so', async () => {
    await page.getByRole('button', { name: 'Partager l’extrait' }).click();
    await expect
      .poll(() => page.locator('.passage-share [role="status"]').innerText())
      .toBe('Lien vers l’extrait copié.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^https://liseuse\\.example/articles/${seedSlug}/#${PARAGRAPH}:~:text=`));
    // Still selected: the reader can share it again.
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(QUOTE);
  });

  it('opens on the paragraph, whose text the link’s directive matches first at exactly the passage', async () => {
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const reader = await context.newPage();
    await reader.goto(link.replace('https://liseuse.example', site.server.origin));
    // The directive is the browser's, not the page's: it never reaches the address scripts see.
    expect(await reader.evaluate(() => location.hash)).toBe(`#${PARAGRAPH}`);
    // Where the text directive is not acted on, the browser falls back on the paragraph's id.
    await expect.poll(() => reader.evaluate(() => document.querySelector(':target')?.id)).toBe(PARAGRAPH);
    const [box] = await boxesOf(reader, PARAGRAPH, QUOTE);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    // This headless Chromium parses text directives but does not scroll to them or paint them
    // (checked on a one-paragraph page), so the match is found as the specification says browsers
    // find it: the first place in the text where prefix, passage and suffix follow one another.
    const text = await reader.evaluate(() => document.body.innerText);
    const found = firstMatch(text, new URL(link).hash);
    const paragraph = await reader.locator(`#${PARAGRAPH}`).innerText();
    expect(found?.passage).toBe(QUOTE);
    expect(found!.at).toBe(text.indexOf(paragraph) + paragraph.indexOf(QUOTE));
    await reader.close();
  });

  it('without JavaScript, still lands on the paragraph by its address', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const reader = await noScript.newPage();
    await reader.goto(`${site.server.origin}/articles/${seedSlug}/#${PARAGRAPH}`);
    expect(await reader.evaluate(() => document.querySelector(':target')?.id)).toBe(PARAGRAPH);
    const [box] = await boxesOf(reader, PARAGRAPH, 'La Corée du Nord dispose');
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(100);
    await noScript.close();
  });
});

describe.each(hostNames)('the passage bar served by %s', (hostName) => {
  const served = useServedSite(() => distDir, hostName);

  it.each(['light', 'dark'] as const)('in %s, loads under the CSP, is styled and passes axe', async (scheme) => {
    const {
      page: reader,
      violations,
      errors,
    } = await watchedPage(served.browser, served.server.origin, {
      colorScheme: scheme,
      viewport: { width: 360, height: 800 },
    });
    await reader.goto(`${served.server.origin}/articles/${seedSlug}/`, { waitUntil: 'load' });
    await select(reader, PARAGRAPH, QUOTE);
    await reader.getByRole('button', { name: 'Partager l’extrait' }).waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    const bar = await reader.locator('.passage-share').evaluate((element) => {
      const style = getComputedStyle(element);
      return { position: style.position, background: style.backgroundColor };
    });
    expect(bar).toEqual({ position: 'fixed', background: cssRgb(palette[scheme].panel) });
    const { violations: axe } = await new AxeBuilder({ page: reader }).analyze();
    expect(axe.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    await reader.context().close();
  });
});
