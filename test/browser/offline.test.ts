/**
 * Reading offline, as a reader on the metro meets it: in Chromium, behind nginx
 * (deploy/nginx.conf) and Cloudflare's runtime, with the network cut by `context.setOffline`,
 * which cuts the service worker's too.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_WORKER_CACHE } from '../../src/lib/security-headers';
import { articleFile, validArticle } from '../../tools/build';
import { jpeg } from '../../tools/pictures';
import { archiveFiles } from '../helpers/archive';
import { hostNames } from '../helpers/hosts';
import { useBuiltFixture, useHost } from '../helpers/served-site';

const ARTICLES = 60;
const KEPT = 30;
const PICTURED = '/articles/photos/';
const fixture = useBuiltFixture({
  ...archiveFiles(ARTICLES),
  // Its second picture is far below the first screen: lazy, it loads only when scrolled to.
  'photos/index.md': articleFile(
    `${validArticle.frontmatter.replace('Un titre', 'Un reportage en images')}
image:
  src: ./une.jpg
  alt: "Une place au petit matin"
  credit: "Jeanne Martin"`,
    `${'Un long paragraphe qui occupe de la place à l’écran, comme un vrai reportage. '.repeat(12)}\n\n`.repeat(8) +
      '![Une foule sur la place](./foule.jpg "La foule, plus tard. Photo : Paul Durand")',
  ),
  'photos/une.jpg': await jpeg(1600, 1000, 200),
  'photos/foule.jpg': await jpeg(1200, 800, 30),
});
const path = (i: number) => `/articles/article-${String(i).padStart(2, '0')}/`;
/** The start of article i's title as listed (French typography puts a no-break space before the colon). */
const title = (i: number) => new RegExp(`^Article numéro ${i}\\s:`);

/** Rewrite a served file and its precompressed twins, as a deploy would. */
async function redeploy(dir: string, name: string, from: string, to: string) {
  const file = join(dir, name);
  const html = (await readFile(file, 'utf8')).replace(from, to);
  await Promise.all([
    writeFile(file, html),
    writeFile(`${file}.br`, brotliCompressSync(html)),
    writeFile(`${file}.gz`, gzipSync(html)),
  ]);
}

describe.each(hostNames)('served by %s', (hostName) => {
  const host = useHost(hostName, () => fixture.dir);
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    context = await fixture.browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      ),
    );
    page = await context.newPage();
    page.on('console', (message) => {
      // Offline, the browser reports the network requests that failed; nothing else may fail.
      if (message.type() === 'error' && !/net::ERR_(INTERNET_DISCONNECTED|FAILED)/.test(message.text()))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(() => context?.close());

  /** Run `steps` with the network cut, and give it back whatever happens. */
  async function offline(steps: () => Promise<void>) {
    await context.setOffline(true);
    try {
      await steps();
    } finally {
      await context.setOffline(false);
    }
  }

  it('serves the worker from /sw.js, revalidated on every load, and registers it after load', async () => {
    const response = await fetch(`${host.origin}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe(SERVICE_WORKER_CACHE);
    await page.goto(host.origin + path(0));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  });

  it('reloads an article read, offline: same text, from the worker', async () => {
    await page.reload();
    const text = await page.locator('.article-body').innerText();
    await offline(async () => {
      const response = await page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await page.locator('.article-body').innerText()).toBe(text);
      // Reported, not asserted: how long reopening takes offline, to the load event.
      const reopened = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
      console.log(`${hostName}: article reopened offline, from the worker, in ${reopened.toFixed(0)} ms`);
    });
  });

  it('offline, answers a page not kept with the offline page, which lists the article read', async () => {
    await offline(async () => {
      const response = await page.goto(host.origin + path(5));
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Lire hors ligne');
      await page.getByText('Vous êtes hors ligne').waitFor();
      await expect
        .poll(() => page.locator('[data-offline-read] li').allInnerTexts())
        .toEqual([expect.stringMatching(title(0))]);
      await page.locator('[data-offline-read] a').click();
      await page.waitForURL(host.origin + path(0));
      expect(await page.locator('.article-body').innerText()).toContain('Texte de l’article 0');
    });
  });

  it('online, shows a correction on the next view, never the kept copy; offline afterwards too', async () => {
    await redeploy(host.dir, `${path(0)}index.html`, 'Texte de l’article 0', 'Texte corrigé de l’article 0');
    await expect
      .poll(async () => {
        await page.goto(host.origin + path(0));
        return page.locator('.article-body').innerText();
      })
      .toContain('Texte corrigé de l’article 0');
    await offline(async () => {
      await page.reload();
      expect(await page.locator('.article-body').innerText()).toContain('Texte corrigé de l’article 0');
    });
  });

  it('keeps an article saved on purpose, lists it across reloads, reads it offline, and undoes it', async () => {
    await page.goto(host.origin + path(1));
    const save = page.getByRole('button', { name: 'Lire hors ligne' });
    await save.click();
    await expect.poll(() => page.locator('[data-offline-status]').innerText()).toBe('Disponible hors ligne.');
    expect(await save.getAttribute('aria-pressed')).toBe('true');
    for (const load of [() => page.goto(`${host.origin}/hors-ligne/`), () => page.reload()]) {
      await load();
      await expect
        .poll(() => page.locator('[data-offline-saved] li').allInnerTexts())
        .toEqual([expect.stringMatching(title(1))]);
    }
    await offline(async () => {
      await page.goto(host.origin + path(1));
      expect(await page.locator('.article-body').innerText()).toContain('Texte de l’article 1');
    });
    await page.goto(host.origin + path(1));
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await save.click();
    await expect.poll(() => page.locator('[data-offline-status]').innerText()).toBe('Retiré de la lecture hors ligne.');
    await page.goto(`${host.origin}/hors-ligne/`);
    await expect.poll(() => page.locator('[data-offline-read] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-offline-saved]').isVisible()).toBe(false);
  });

  it('never keeps search, feeds, the OPML list or preview cards in its caches', async () => {
    await page.goto(`${host.origin}/recherche/?q=article`);
    await page.goto(host.origin + path(0));
    // Fetched from a page the worker controls, as a feed reader in the browser or a share preview would.
    const files = ['/rss.xml', '/feed.json', '/abonnements.opml', '/og/article-00.png'];
    expect(
      await page.evaluate((urls) => Promise.all(urls.map(async (url) => (await fetch(url)).status)), files),
    ).toEqual(files.map(() => 200));
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(kept).toContain(path(0));
    expect(kept.filter((url) => /^\/(recherche|og|pagefind)\/|\.(xml|json|opml)$/.test(url))).toEqual([]);
  });

  it('saves an article with its pictures before the reader scrolls to them, and shows them offline', async () => {
    await page.goto(host.origin + PICTURED);
    const pictures = page.locator('.article img');
    expect(await pictures.count()).toBe(2);
    const loaded = () =>
      pictures.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth > 0));
    expect(await loaded()).toEqual([true, false]);
    await page.getByRole('button', { name: 'Lire hors ligne' }).click();
    await page.getByText('Disponible hors ligne.').waitFor();
    await offline(async () => {
      await page.reload();
      await pictures.last().scrollIntoViewIfNeeded();
      await expect.poll(loaded).toEqual([true, true]);
    });
  });

  it(`keeps the ${KEPT} articles read last, and no more, after ${ARTICLES}`, async () => {
    for (let i = 0; i < ARTICLES; i++) await page.goto(host.origin + path(i));
    await page.goto(`${host.origin}/hors-ligne/`);
    const listed = () => page.locator('[data-offline-read] li a').allInnerTexts();
    await expect.poll(async () => (await listed()).length).toBe(KEPT);
    const kept = await listed();
    for (let i = ARTICLES - KEPT; i < ARTICLES; i++) expect(kept.some((text) => title(i).test(text))).toBe(true);
  });

  it('went through all of the above with no CSP violation and no script error', () => {
    expect(errors).toEqual([]);
  });

  // After the check above: axe injects styles of its own, which the CSP rightly blocks.
  it.each(['light', 'dark'] as const)('passes axe on the new page and states in %s', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = async () => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    };
    await page.goto(`${host.origin}/hors-ligne/`);
    await page.locator('[data-offline-read] li').first().waitFor();
    await axe();
    await page.goto(host.origin + path(2));
    const save = page.getByRole('button', { name: 'Lire hors ligne' });
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await axe();
    await save.click();
    await offline(async () => {
      await page.goto(`${host.origin}${path(3)}pas-lu/`);
      await page.locator('[data-offline-read] li').first().waitFor();
      await axe();
    });
  });

  it('hands over to a new deploy’s worker, which removes the old caches, and the open page goes on', async () => {
    // A reader who has just opened the site: a context of its own.
    const reader = await fixture.browser.newContext();
    const page = await reader.newPage();
    await page.goto(host.origin + path(7));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const cacheNames = () => page.evaluate(() => caches.keys());
    expect((await cacheNames()).every((name) => name.endsWith('-1'))).toBe(true);
    await redeploy(host.dir, 'sw.js', 'const VERSION = 1;', 'const VERSION = 2;');
    // The browser checks sw.js again on this navigation (it is never cached), and the new one takes over.
    await page.goto(host.origin + path(8));
    // Waited for without navigating: in Chromium, a navigation that starts as the waiting worker
    // activates can go to the old worker as it is stopped, and then never gets an answer.
    const handedOver = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return (
          (await caches.has('liseuse-shell-2')) &&
          !registration?.installing &&
          !registration?.waiting &&
          registration?.active?.state === 'activated' &&
          navigator.serviceWorker.controller === registration.active
        );
      });
    await expect.poll(handedOver, { timeout: 15_000 }).toBe(true);
    // The old worker may still have been keeping this page: the new one removes that after the next.
    await expect
      .poll(
        async () => {
          await page.reload();
          return (await cacheNames()).filter((name) => name.endsWith('-1'));
        },
        { timeout: 15_000 },
      )
      .toEqual([]);
    await reader.setOffline(true);
    await page.reload();
    expect(await page.locator('.article-body').innerText()).toContain('Texte de l’article 8');
    await reader.close();
  });
});
