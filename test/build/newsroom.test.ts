/**
 * A newsroom's article, end to end: an article with a lead picture, two pictures in its text and
 * two corrections, built from a fixture collection (pictures made with sharp at test time), read
 * back from the page, its structured data, the feeds, the sitemaps, a link-preview scraper, the
 * W3C checker and Chromium (axe, CSP).
 */
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { join } from 'node:path';
import { extractFromJson } from '@extractus/feed-extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../../tools/build';
import { parseHtml, readPage, visibleText } from '../helpers/html';
import { jsonLdGraph, parseJsonFeed } from '../helpers/json';
import { jpeg, png } from '../../tools/pictures';
import { useServedSite } from '../helpers/served-site';
import { hasJava, vnuErrors } from '../helpers/vnu';
import { parseXml } from '../helpers/xml';
import { layoutShift } from '../helpers/layout-shift';

const SLUG = 'armes-corrigees';
const corrected = articleFile(
  `title: "Un article corrigé deux fois"
description: "Avec deux rectificatifs."
pubDate: "2026-11-20T08:00:00+01:00"
kind: news
section: Europe
source:
  name: exemple.info
  url: https://exemple.info/
corrections:
  - date: "2026-11-21T09:15:00+01:00"
    text: "Le calibre des obus est de *122 mm*, et non de 120 mm."
  - date: "2026-11-23T18:30:00+01:00"
    text: "La rencontre a eu lieu à Vostochny, voir [le communiqué](https://exemple.info/communique)."
image:
  src: ./une.jpg
  alt: "Des collines sous un ciel clair"
  caption: "Les collines au-dessus de la ville, le 19 novembre."
  credit: "Jeanne Martin / exemple.info"`,
  `Le texte de l’article.

Un deuxième paragraphe, avant la première photo.

![Une foule sur une place](./foule.jpg "La foule sur la place centrale. Photo : Paul Durand / AFP")

Un troisième paragraphe, entre les photos.

![Un portrait en pied](./portrait.png "Photo : Agence X")

Le dernier paragraphe, qui renvoie à [l’article précédent](../ancien/) et à [la rubrique](/rubriques/europe/).`,
);

const older = articleFile(
  `title: "Un article de la semaine dernière"
description: "Trop ancien pour Google Actualités."
pubDate: "2026-11-18T08:00:00+01:00"
kind: news
section: Europe
source:
  name: exemple.info
  url: https://exemple.info/`,
);
/** The build's "now": the corrected article is a day old, the other three days. */
const NOW = '2026-11-21T12:00:00+01:00';

let build: FixtureBuild;
const read = (path: string) => readFile(join(build.outDir, path), 'utf8');

beforeAll(async () => {
  build = await buildFixture(
    {
      [`${SLUG}/index.md`]: corrected,
      [`${SLUG}/une.jpg`]: await jpeg(1600, 1000, 200),
      [`${SLUG}/foule.jpg`]: await jpeg(1200, 800, 30),
      [`${SLUG}/portrait.png`]: await png(900, 1200, 120),
      'ancien.md': older,
    },
    { LISEUSE_NOW: NOW },
  );
  if (build.code !== 0) throw new Error(build.output);
});

describe('an article with two corrections', () => {
  it('says when it was published and when it was last updated', async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const times = [...page.querySelectorAll('.article-meta time')];
    expect(times.map((time) => [visibleText(time.parentElement), time.getAttribute('datetime')])).toEqual([
      ['Publié le 20 novembre 2026', '2026-11-20T08:00:00+01:00'],
      ['Mis à jour le 23 novembre 2026', '2026-11-23T18:30:00+01:00'],
    ]);
  });

  it('lists the corrections after the text, newest first, under "Rectificatifs"', async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const box = page.querySelector('section[aria-labelledby="corrections-title"]');
    expect(visibleText(box?.querySelector('h2'))).toBe('Rectificatifs');
    expect(page.querySelector('.article-body')?.compareDocumentPosition(box!)).toBe(4); // FOLLOWING
    expect([...box!.querySelectorAll('li')].map(visibleText)).toEqual([
      '23 novembre 2026\u202f: La rencontre a eu lieu à Vostochny, voir le communiqué.',
      '21 novembre 2026\u202f: Le calibre des obus est de 122\u00a0mm, et non de 120\u00a0mm.',
    ]);
    expect(box!.querySelector('li time')?.getAttribute('datetime')).toBe('2026-11-23T18:30:00+01:00');
    expect(box!.querySelector('em')?.textContent).toBe('122\u00a0mm');
    expect(box!.querySelector('a')?.getAttribute('href')).toBe('https://exemple.info/communique');
  });

  it('gives machines the update and each correction', async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const meta = page.querySelector('meta[property="article:modified_time"]')?.getAttribute('content');
    expect(meta).toBe('2026-11-23T18:30:00+01:00');
    const graph = jsonLdGraph(page.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(graph[0]!.dateModified).toBe('2026-11-23T18:30:00+01:00');
    expect(graph[0]!.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2026-11-23T18:30:00+01:00',
        text: 'La rencontre a eu lieu à Vostochny, voir le communiqué.',
      },
      {
        '@type': 'CorrectionComment',
        datePublished: '2026-11-21T09:15:00+01:00',
        text: 'Le calibre des obus est de 122 mm, et non de 120 mm.',
      },
    ]);
  });

  it('dates the update and carries the corrections in each feed', async () => {
    const updated = new Date('2026-11-23T18:30:00+01:00').getTime();
    const rss = await read('rss.xml');
    expect(rss).toContain('<dcterms:modified>2026-11-23T17:30:00.000Z</dcterms:modified>');
    expect(rss).toContain('<lastBuildDate>Mon, 23 Nov 2026 17:30:00 GMT</lastBuildDate>');
    const { feed } = parseXml(await read('atom.xml'), ['entry']) as {
      feed: { updated: string; entry: Array<{ id: string; updated: string }> };
    };
    expect(new Date(feed.updated).getTime()).toBe(updated);
    expect(new Date(feed.entry.find(({ id }) => id.includes(SLUG))!.updated).getTime()).toBe(updated);
    const json = parseJsonFeed(await read('feed.json'));
    expect(new Date(json.items[0]!.date_modified!).getTime()).toBe(updated);
    for (const html of [json.items[0]!.content_html, rss, await read('atom.xml')]) {
      expect(html).toMatch(/Rectificatifs[\s\S]*23 novembre 2026[\s\S]*21 novembre 2026[\s\S]*Source/);
    }
    expect(extractFromJson(json).entries).toHaveLength(2);
  });

  it('gives the sitemap the update as lastmod', async () => {
    const sitemap = await read('sitemap-0.xml');
    expect(sitemap).toMatch(
      new RegExp(`<loc>[^<]*/articles/${SLUG}/</loc><lastmod>2026-11-23T17:30:00.000Z</lastmod>`),
    );
  });
});

describe('the Google News sitemap', () => {
  it('lists the articles of the 48 hours before the build, and no older one', async () => {
    const { urlset } = parseXml(await read('news-sitemap.xml'), ['url']) as {
      urlset: { url: Array<{ loc: string; 'news:news': Record<string, unknown> }> };
    };
    expect(urlset.url).toEqual([
      {
        loc: `https://liseuse.example/articles/${SLUG}/`,
        'news:news': {
          'news:publication': { 'news:name': 'liseuse', 'news:language': 'fr' },
          'news:publication_date': '2026-11-20T08:00:00+01:00',
          'news:title': 'Un article corrigé deux fois',
        },
      },
    ]);
  });

  it('is named in robots.txt', async () => {
    expect(await read('robots.txt')).toContain('Sitemap: https://liseuse.example/news-sitemap.xml\n');
  });
});

/** Width and height of a built file, e.g. "/_astro/une.abc.jpeg", as sharp reads it. */
async function sizeOf(url: string) {
  const { width, height, format } = await sharp(
    join(build.outDir, new URL(url, 'https://liseuse.example').pathname),
  ).metadata();
  return { width, height, format };
}
/** Candidates of a srcset, as [url, descriptor]. */
const candidates = (srcset: string | null | undefined) =>
  (srcset ?? '').split(', ').map((candidate) => candidate.split(' ') as [string, string]);

describe('the lead picture', () => {
  it('comes first, in AVIF and WebP at several widths, fetched with high priority', async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const figure = page.querySelector('article > figure')!;
    expect(figure.compareDocumentPosition(page.querySelector('.article-body')!)).toBe(4);
    const types = [...figure.querySelectorAll('picture source')].map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of figure.querySelectorAll('source')) {
      expect(candidates(source.getAttribute('srcset')).map(([, width]) => width)).toEqual([
        '360w',
        '720w',
        '1080w',
        '1440w',
      ]);
      expect(source.getAttribute('sizes')).toBe('(min-width: 46rem) 42rem, calc(100vw - 2rem)');
    }
    const img = figure.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '1000']);
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('alt')).toBe('Des collines sous un ciel clair');
    expect(visibleText(figure.querySelector('figcaption'))).toBe(
      'Les collines au-dessus de la ville, le 19\u00a0novembre. Photo\u00a0: Jeanne Martin / exemple.info',
    );
    const [url] = candidates(figure.querySelector('source')!.getAttribute('srcset'))[1]!;
    expect(await sizeOf(url)).toEqual({ width: 720, height: 450, format: 'heif' });
  });

  it("is the link preview, the structured data's image in three crops, and may show large", async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const meta = (key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(meta('robots')).toBe('max-image-preview:large');
    expect(meta('og:image:type')).toBe('image/jpeg');
    expect(meta('og:image:alt')).toBe('Des collines sous un ciel clair');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(await sizeOf(meta('og:image')!)).toEqual({ width: 1200, height: 630, format: 'jpeg' });
    const graph = jsonLdGraph(page.querySelector('script[type="application/ld+json"]')!.textContent);
    const crops = await Promise.all((graph[0]!.image as string[]).map(sizeOf));
    expect(crops).toEqual([
      { width: 1200, height: 675, format: 'jpeg' },
      { width: 1200, height: 900, format: 'jpeg' },
      { width: 1000, height: 1000, format: 'jpeg' },
    ]);
  });
});

describe('the pictures of the text', () => {
  it('are figures with their caption and credit, in AVIF and WebP at several widths, lazy', async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const figures = [...page.querySelectorAll('.article-body figure')];
    expect(figures.map((figure) => visibleText(figure.querySelector('figcaption')))).toEqual([
      'La foule sur la place centrale. Photo\u00a0: Paul Durand / AFP',
      'Photo\u00a0: Agence X',
    ]);
    const [crowd, portrait] = figures.map((figure) => ({
      source: figure.querySelector('picture > source')!,
      img: figure.querySelector('picture > img')!,
    }));
    expect(crowd!.source.getAttribute('type')).toBe('image/avif');
    expect(crowd!.source.hasAttribute('src')).toBe(false);
    expect(candidates(crowd!.source.getAttribute('srcset')).map(([, width]) => width)).toEqual([
      '360w',
      '720w',
      '1080w',
      '1200w',
    ]);
    expect(candidates(portrait!.img.getAttribute('srcset')).map(([, width]) => width)).toEqual([
      '360w',
      '720w',
      '900w',
    ]);
    expect(crowd!.img.getAttribute('alt')).toBe('Une foule sur une place');
    for (const { img } of [crowd!, portrait!]) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('sizes')).toBe('(min-width: 46rem) 42rem, calc(100vw - 2rem)');
    }
    expect([portrait!.img.getAttribute('width'), portrait!.img.getAttribute('height')]).toEqual(['900', '1200']);
    const [url] = candidates(portrait!.img.getAttribute('srcset'))[1]!;
    expect(await sizeOf(url)).toEqual({ width: 720, height: 960, format: 'webp' });
  });

  it('reach the feeds with absolute URLs, and the lead picture is the JSON Feed image', async () => {
    const page = await readPage(`/articles/${SLUG}/`, build.outDir);
    const json = parseJsonFeed(await read('feed.json'));
    const html = json.items[0]!.content_html;
    expect(html.match(/<figure[ >]/g)).toHaveLength(2);
    expect(html).toMatch(
      /<source type="image\/avif"[^>]* srcset="https:\/\/liseuse\.example\/_astro\/foule\.[^" ]+\.avif 360w/,
    );
    expect(html).not.toContain('__ASTRO_IMAGE_');
    expect(json.items[0]!.image).toBe(page.querySelector('meta[property="og:image"]')?.getAttribute('content'));
    for (const feed of ['rss.xml', 'atom.xml']) {
      expect(await read(feed)).toContain('https://liseuse.example/_astro/portrait.');
    }
    // Links too, resolved as on the article's page: a feed reader has no base URL.
    const links = [...parseHtml(html).querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['https://liseuse.example/articles/ancien/', 'https://liseuse.example/rubriques/europe/']),
    );
    for (const link of links) expect(link).toMatch(/^https:\/\//);
    for (const element of parseHtml(html).querySelectorAll('[src], [srcset]')) {
      for (const url of [element.getAttribute('src'), ...(element.getAttribute('srcset') ?? '').split(', ')]) {
        if (url) expect(url).toMatch(/^https:\/\/liseuse\.example\//);
      }
    }
  });
});

describe('the article page, checked by others', () => {
  const site = useServedSite(() => build.outDir);

  it('shows its lead picture in an independent link-preview scraper', async () => {
    const { result } = await ogs({ url: `${site.server.origin}/articles/${SLUG}/` });
    expect(result.ogImage?.[0]).toMatchObject({ width: '1200', height: '630', type: 'image/jpeg' });
    expect(result.ogImage?.[0]?.url).toMatch(/^https:\/\/liseuse\.example\/_astro\/une\.[^/]+\.jpeg$/);
  });

  it.skipIf(!hasJava)(
    'passes the W3C Nu HTML checker',
    async () => {
      expect(await vnuErrors(join(build.outDir, 'articles', SLUG, 'index.html'), build.outDir)).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['light', 360],
    ['dark', 1280],
  ] as const)('has no axe violation, no CSP violation and no layout shift, %s at %i px', async (colorScheme, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (event) => w.__csp.push(event.violatedDirective));
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/articles/${SLUG}/`, { waitUntil: 'networkidle' });
    const { violations } = await new AxeBuilder({ page }).analyze();
    // Then scroll through, so the lazy pictures load too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    const loaded = await page.evaluate(() =>
      [...document.querySelectorAll('img')].map((img) => [
        img.currentSrc.replace(/^.*\/_astro\//, ''),
        img.naturalWidth > 0,
      ]),
    );
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    const shift = await layoutShift(page);
    await context.close();
    expect(loaded).toHaveLength(3);
    for (const [file, ok] of loaded) expect([file, ok]).toEqual([expect.stringMatching(/\.avif$/), true]);
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    expect(csp).toEqual([]);
    expect(shift).toBe(0);
  });
});
