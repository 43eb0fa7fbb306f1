/**
 * Following a listing as a reader does, on each host the site is deployed to: open the listing
 * in Chromium without JavaScript, take the feeds it announces, fetch each from the server as a
 * feed reader would (status, media type), read it with a feed parser and find the page's newest
 * article in it; then import the OPML file and fetch every feed it lists.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/browser';
import { buildFixture } from '../../tools/build';
import { followingFiles, readFeed, readOpml } from '../helpers/following';
import { hostNames, startHost, type Host } from '../helpers/hosts';
import { FEED_CACHE } from '../../src/lib/security-headers';

const FEED_TYPES: Record<string, string> = {
  'rss.xml': 'application/rss+xml',
  'atom.xml': 'application/atom+xml',
  'feed.json': 'application/feed+json',
};

const listings = ['/', '/rubriques/europe-monde/', '/tags/guillemets-apostrophes/', '/sources/source-34a968ac/'];

let dir: string;
beforeAll(async () => {
  const build = await buildFixture(followingFiles());
  if (build.code !== 0) throw new Error(build.output);
  dir = build.outDir;
}, 180_000);

describe.each(hostNames)('served by %s', (hostName) => {
  let host: Host;
  let browser: Browser;
  beforeAll(async () => {
    [host, browser] = await Promise.all([startHost(hostName, dir), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  /** Fetch a site URL (absolute, on the canonical origin) from the host, as a feed reader would. */
  const fetchFromHost = (url: string) => fetch(host.origin + new URL(url).pathname);

  it.each(listings)('%s announces feeds that the server sends as feeds, each with its newest article', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      expect((await page.goto(host.origin + path))?.status()).toBe(200);
      const alternates = await page
        .locator('link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      const newest = await page.locator('main article a').first().getAttribute('href');
      // The listing's three feeds, then the site's (the home page's are the site's).
      expect(alternates).toHaveLength(path === '/' ? 3 : 6);
      // The Suivre block is there and usable without JavaScript: the address shows, whole.
      const follow = page.getByRole('region', { name: 'Suivre' });
      await expect.poll(() => follow.isVisible()).toBe(true);
      expect(await follow.locator('code').innerText()).toBe(alternates[0]);
      expect(await follow.locator('code').evaluate((code) => getComputedStyle(code).userSelect)).toBe('all');

      for (const url of alternates) {
        const response = await fetchFromHost(url);
        const file = new URL(url).pathname.split('/').pop()!;
        expect(response.status, url).toBe(200);
        expect(response.headers.get('content-type'), url).toBe(`${FEED_TYPES[file]}; charset=utf-8`);
        expect(response.headers.get('cache-control'), url).toBe(FEED_CACHE);
        const feed = readFeed(await response.text());
        expect(feed.self, url).toBe(url);
        expect(
          feed.items.map((item) => new URL(item.url!).pathname),
          url,
        ).toContain(newest);
      }
    } finally {
      await context.close();
    }
  });

  it('sends the OPML file as OPML, and every feed it lists answers', async () => {
    const response = await fetch(`${host.origin}/abonnements.opml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(FEED_CACHE);
    const outlines = readOpml(await response.text()).flatMap((outline) => outline.outlines ?? [outline]);
    expect(outlines).toHaveLength(9);
    for (const { xmlUrl } of outlines) {
      const feed = await fetchFromHost(xmlUrl!);
      expect(feed.status, xmlUrl).toBe(200);
      expect(feed.headers.get('content-type'), xmlUrl).toBe('application/rss+xml; charset=utf-8');
    }
  });
});
