/**
 * /recherche/ in Chromium, on the built site as it is deployed: French queries find the seed
 * article, the URL is the search, hostile queries stay text, nothing is loaded before the reader
 * goes to the search box, and the page has no CSP violation, console error or axe violation in
 * either theme.
 */
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search';
import { launchBrowser } from '../../tools/browser';
import { hostNames, startHost, type Host } from '../helpers/hosts';
import { distDir, root, seedSlug } from '../../tools/paths';
import { settled } from '../helpers/search-page';
import { watchedPage } from '../helpers/watched-page';
import { useServedSite } from '../helpers/served-site';

const seedPath = `/articles/${seedSlug}/`;

const site = useServedSite();

/** Open /recherche/ with `query` in its URL and wait for the answer. */
async function search(query: string, options: BrowserContextOptions = {}) {
  const watched = await watchedPage(site.browser, site.server.origin, options);
  await watched.page.goto(`${site.server.origin}/recherche/?q=${encodeURIComponent(query)}`);
  const status = await settled(watched.page);
  return { ...watched, status };
}

describe('French queries', () => {
  it.each([
    ['Vostochny', 'a proper name', /^Vostochny$/],
    ['coree', 'a word without its accent', /^Corée$/],
    ['munition', 'the singular of a plural', /^munitions/],
    ['Russie munitions', 'two words', /^(Russie|munitions)/],
  ])('“%s” (%s) finds the seed article and highlights the word', async (query, _, highlighted) => {
    const { page, status, violations, errors } = await search(query);
    expect(status).toBe(`1\u00a0résultat pour «\u202f\u2068${query}\u2069\u202f».`);
    const result = page.locator('[data-search-results] li');
    expect(await result.count()).toBe(1);
    const link = result.getByRole('link');
    expect(await link.getAttribute('href')).toBe(seedPath);
    expect(await link.innerText()).toBe(
      'Poutine et Kim Jong-un\u00a0: le Kremlin cherche des armes auprès des régimes parias',
    );
    const marks = await result.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(highlighted);
    expect(await result.locator('.result__meta').innerText()).toBe(
      '25 novembre 2026 · International · Source\u202f: attuale.info',
    );
    expect(await result.locator('time').getAttribute('datetime')).toBe('2026-11-25T07:00:00+01:00');
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.context().close();
  });

  it('answers a word found nowhere in French, with sections and tags to browse', async () => {
    const { page, status, errors } = await search('xylophonique');
    expect(status).toMatch(/^Aucun résultat pour «\u202f\u2068xylophonique\u2069\u202f»\. /);
    const browse = page.getByRole('navigation', { name: 'Parcourir' });
    expect(await browse.isVisible()).toBe(true);
    expect(await browse.getByRole('link', { name: 'International' }).getAttribute('href')).toBe(
      '/rubriques/international/',
    );
    expect(await browse.getByRole('link', { name: 'Corée du Nord' }).getAttribute('href')).toBe('/tags/coree-du-nord/');
    expect(await page.locator('[data-search-results]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the search form', () => {
  it('runs a typed query, puts it in the URL, and loads Pagefind only then', async () => {
    const { page, requests, violations, errors } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}${seedPath}`);
    await page.getByRole('link', { name: 'Rechercher' }).click();
    await page.waitForURL('**/recherche/');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.getByLabel('Mots à chercher dans les titres, chapôs et textes').fill('coree');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);
    expect(new URL(page.url()).search).toBe('?q=coree');
    expect(await page.title()).toBe('«\u202f\u2068coree\u2069\u202f» — Rechercher — liseuse');
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);

    await page.getByLabel('Ordre').selectOption('date');
    await page.waitForURL('**/recherche/?q=coree&tri=date');
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);

    // Back to the first search, as the browser's history has it.
    await page.goBack();
    await page.waitForURL('**/recherche/?q=coree');
    expect(await page.getByLabel('Ordre').inputValue()).toBe('pertinence');
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.context().close();
  });

  it('loads the engine when the reader goes to the search box, the index of the words from three letters, and shows results only on Enter', async () => {
    const { page, requests, violations, errors } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    const box = page.getByLabel('Mots à chercher dans les titres, chapôs et textes');
    // A click in the box loads the engine, whole (its list of pages included), before a letter:
    // a query pasted whole finds it ready.
    await box.click();
    await expect.poll(() => requests.some((url) => url.endsWith('.pf_meta'))).toBe(true);
    // Two letters fetch no index chunk: the chunks of "co" are seldom the word's.
    await box.pressSequentially('co');
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.endsWith('.pf_index'))).toEqual([]);
    await box.pressSequentially('ree');
    await expect.poll(() => requests.some((url) => url.endsWith('.pf_index'))).toBe(true);
    // Searched ahead, not shown: no result's text fetched, the URL and the status line untouched.
    expect(requests.some((url) => url.endsWith('.pf_fragment'))).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('status').innerText()).toBe('');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);
    // Words typed over the results: Enter shows theirs, none of the earlier ones.
    await box.fill('');
    await box.pressSequentially('xylophone');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/recherche/?q=xylophone');
    expect(await settled(page)).toMatch(/^Aucun résultat pour «\u202f\u2068xylophone\u2069\u202f»/);
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.context().close();
  });

  it('searches the words as they are typed, and Enter shows that search instead of running it again', async () => {
    const { page, violations, errors } = await watchedPage(site.browser, site.server.origin);
    // What the page asks Pagefind's worker to search, as it asks it.
    await page.addInitScript(() => {
      const searched: string[] = [];
      Object.assign(window, { searched });
      const { postMessage } = Object.getOwnPropertyDescriptors(Worker.prototype);
      const post = postMessage.value as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        const message = args[0] as { method?: string; args?: unknown[] } | undefined;
        if (message?.method === 'search') searched.push(String(message.args?.[0]));
        post.apply(this, args);
      };
    });
    const searched = () => page.evaluate(() => (window as unknown as { searched: string[] }).searched);
    await page.goto(`${site.server.origin}/recherche/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Mots à chercher dans les titres, chapôs et textes').pressSequentially('coree');
    await expect.poll(searched).toContain('coree');
    expect(await page.getByRole('status').innerText()).toBe('');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);
    expect((await searched()).filter((words) => words === 'coree')).toEqual(['coree']);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.context().close();
  });

  it('fetches nothing of the search engine on an article page or on an empty search page', async () => {
    const { page, requests } = await watchedPage(site.browser, site.server.origin);
    for (const path of ['/', seedPath, '/recherche/']) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
    }
    expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
    expect(await page.getByRole('status').innerText()).toBe('');
    expect(await page.getByText('La recherche a besoin de JavaScript').count()).toBe(0);
    await page.context().close();
  });

  it('says so when the search engine cannot be loaded, and offers sections and tags', async () => {
    const { page, errors } = await watchedPage(site.browser, site.server.origin);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.server.origin}/recherche/?q=coree`);
    expect(await settled(page)).toMatch(/^La recherche n’a pas pu se charger\./);
    expect(await page.getByRole('navigation', { name: 'Parcourir' }).isVisible()).toBe(true);
    // The failed request is reported; nothing is left unhandled.
    expect(errors.filter((error) => !/Failed to load resource|pagefind/.test(error))).toEqual([]);
    await page.context().close();
  });

  it('works without JavaScript as a way to browse: it says search needs JavaScript', async () => {
    const { page } = await watchedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    await page.goto(`${site.server.origin}/recherche/?q=coree`);
    expect(await page.getByText('La recherche a besoin de JavaScript').isVisible()).toBe(true);
    const browse = page.getByRole('navigation', { name: 'Parcourir' });
    expect(await browse.getByRole('link', { name: 'International' }).isVisible()).toBe(true);
    expect(await browse.getByRole('link', { name: 'Russie' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('hostile queries', () => {
  it.each([
    ['an image with an event handler', '<img src=x onerror=alert(1)>'],
    ['a script that closes an attribute', '"><script>alert(1)</script>'],
    ['an SVG', '<svg onload=alert(1)>'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['10,000 characters', `${'Corée '.repeat(1666)}x`.slice(0, 10_000)],
    ['right-to-left text', 'שלום עולם \u202e Corée'],
    ['emoji', '🇫🇷 Corée 👩‍👩‍👧 💥'],
    ['HTML entities', '&lt;b&gt; &amp; &#x3C;i&#x3E;'],
  ])('shows %s as text and runs nothing', async (_, query) => {
    // Typed into the form when a URL would be too long for servers (nginx answers 414 past 8 KB).
    const typed = query.length > 1000;
    const watched = typed ? await watchedPage(site.browser, site.server.origin) : await search(query);
    const { page, violations, errors, offsite, dialogs } = watched;
    if (typed) {
      await page.goto(`${site.server.origin}/recherche/`);
      await page.getByRole('searchbox').fill(query);
      await page.keyboard.press('Enter');
    }
    const status = await settled(page);
    if (typed) expect(page.url().length).toBeLessThan(2000);
    const expected = Array.from(query.replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('').trim();
    expect(await page.getByRole('searchbox').inputValue()).toBe(expected);
    expect(status).toContain(Array.from(expected).slice(0, 30).join(''));
    // Only the page's own elements: nothing the query spelled became markup.
    expect(await page.locator('main img, main svg, main iframe, main script:not([type="module"])').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(
      await page.evaluate(
        () => document.querySelectorAll('script[type="module"], script[type="application/ld+json"]').length,
      ),
    );
    // Still usable: the next search works.
    await page.getByRole('searchbox').fill('Vostochny');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);
    expect({ violations, errors, offsite, dialogs }).toEqual({ violations: [], errors: [], offsite: [], dialogs: [] });
    await page.context().close();
  });
});

describe('accessibility', () => {
  const views = (['light', 'dark'] as const).flatMap((colorScheme) =>
    [360, 1280].flatMap((width) =>
      (['coree', 'xylophonique'] as const).map((query) => [query, colorScheme, width] as const),
    ),
  );
  it.each(views)('“%s” in %s at %i px has no axe violation', async (query, colorScheme, width) => {
    const { page } = await search(query, { colorScheme, viewport: { width, height: 800 } });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (query === 'coree') {
      const dir = `${root}test-results/screenshots`;
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: `${dir}/search-${width}-${colorScheme}.png`, fullPage: true });
    }
    await page.context().close();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('moves keyboard focus from the form to the results with Tab', async () => {
    const { page } = await search('coree');
    await page.getByRole('searchbox').focus();
    const reached: string[] = [];
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement!.tagName),
      );
    }
    expect(reached).toEqual(['BUTTON', 'SELECT', seedPath, expect.anything()]);
    await page.context().close();
  });
});

describe.each(hostNames)('served by %s', (hostName) => {
  let host: Host;
  let browser: Browser;
  beforeAll(async () => {
    [host, browser] = await Promise.all([startHost(hostName, distDir), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('finds “coree” with the host’s headers, with no CSP violation or console error', async () => {
    const { page, violations, errors } = await watchedPage(browser, host.origin);
    const response = await page.goto(`${host.origin}/recherche/?q=coree`);
    expect(response?.headers()['content-security-policy']).toBeDefined();
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.context().close();
  });
});
