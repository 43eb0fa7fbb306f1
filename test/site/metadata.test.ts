/** What a link preview, a search engine or a feed reader reads from the built site. */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import { frenchTypography, plainTypography } from '../../src/lib/french-typography';
import { palette } from '../../src/styles/theme';
import { parseHtml, readPage } from '../helpers/html';
import { jsonLdGraph, parseJsonFeed } from '../helpers/json';
import { distDir, seedSlug } from '../../tools/paths';
import { pngSize } from '../helpers/png';
import { seedParagraphs } from '../../tools/seed';
import { parseXml } from '../helpers/xml';

const articlePath = `/articles/${seedSlug}/`;
let article: Document;
let home: Document;
beforeAll(async () => {
  [article, home] = await Promise.all([readPage(articlePath), readPage('/')]);
});

const meta = (doc: Document, key: string) =>
  [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((tag) => tag.getAttribute('content'));
const jsonLd = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => jsonLdGraph(script.textContent));

const requiredOnArticles = [
  'description',
  'og:site_name',
  'og:locale',
  'og:type',
  'og:title',
  'og:description',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'og:image:type',
  'article:published_time',
  'article:modified_time',
  'article:section',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:label1',
  'twitter:data1',
  'twitter:label2',
  'twitter:data2',
];

describe('article page metadata', () => {
  it.each(requiredOnArticles)('has %s exactly once', (key) => {
    expect(meta(article, key)).toHaveLength(1);
  });

  it('has no duplicate tags at all', () => {
    const keys = [...article.querySelectorAll('meta[property], meta[name]')]
      .map((tag) => tag.getAttribute('property') ?? tag.getAttribute('name'))
      // Repeated by design: one per tag; the original publisher, then liseuse.
      .filter((key) => key !== 'article:tag' && key !== 'DC.publisher');
    expect(new Set(keys).size).toBe(keys.length);
    expect(article.querySelectorAll('title, link[rel="canonical"]')).toHaveLength(2);
  });

  it('files the page in a reference manager as a newspaper article, as its JSON-LD says', () => {
    const [graph] = jsonLd(article);
    const node = graph!.find(({ '@type': type }) => type === 'OpinionNewsArticle')!;
    const source = node.sourceOrganization as { name: string; url: string };
    const day = (node.datePublished as string).slice(0, 10);
    const canonical = article.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(node.url).toBe(canonical);
    const citation = Object.fromEntries(
      [...article.querySelectorAll('meta[name^="citation_"], meta[name^="DC."]')].map((tag) => {
        const name = tag.getAttribute('name')!;
        return [name, meta(article, name)];
      }),
    );
    expect(citation).toEqual({
      citation_title: [node.headline],
      citation_publication_date: [day.replaceAll('-', '/')],
      citation_publisher: [source.name],
      citation_language: ['fr'],
      citation_public_url: [canonical],
      'DC.type': ['newspaperArticle'],
      'DC.title': [node.headline],
      'DC.publisher': [source.name, 'liseuse'],
      'DC.date': [day],
      'DC.language': [node.inLanguage],
      'DC.identifier': [canonical],
      'DC.source': [source.url],
    });
    // No author is named by the publisher: none is given to reference managers either.
    expect(node.author).toBeUndefined();
  });

  it('says what the page is, in French, with absolute URLs', () => {
    const canonical = article.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(article.title).toBe(
      'Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias — liseuse',
    );
    expect(meta(article, 'og:url')).toEqual([canonical]);
    expect(meta(article, 'og:type')).toEqual(['article']);
    expect(meta(article, 'og:locale')).toEqual(['fr_FR']);
    expect(meta(article, 'article:published_time')).toEqual(['2026-11-25T07:00:00+01:00']);
    expect(meta(article, 'article:tag')).toEqual(['Russie', 'Corée du Nord', 'Guerre en Ukraine']);
    expect(meta(article, 'twitter:data1')).toEqual(['4 min']);
    expect(meta(article, 'twitter:data2')).toEqual(['attuale.info']);
    for (const key of ['og:url', 'og:image', 'twitter:image']) {
      expect(new URL(meta(article, key)[0]!).protocol, key).toMatch(/^https?:$/);
    }
    for (const link of article.querySelectorAll('link[rel="alternate"], link[rel="canonical"]')) {
      expect(() => new URL(link.getAttribute('href')!)).not.toThrow();
    }
  });

  it('links the three feeds from the head', () => {
    const types = [...article.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('type'));
    expect(types).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  });

  it('describes the article in JSON-LD', () => {
    const [graph] = jsonLd(article);
    const [news, breadcrumb, publisher] = graph!;
    expect(news).toMatchObject({
      '@type': 'OpinionNewsArticle',
      headline: 'Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias',
      datePublished: '2026-11-25T07:00:00+01:00',
      inLanguage: 'fr',
      image: [meta(article, 'og:image')[0]],
      mainEntityOfPage: { '@id': meta(article, 'og:url')[0] },
      isBasedOn: { url: 'https://attuale.info/' },
      sourceOrganization: { name: 'attuale.info' },
    });
    expect(news!.wordCount).toBeGreaterThan(600);
    expect(news).not.toHaveProperty('author');
    expect(breadcrumb!['@type']).toBe('BreadcrumbList');
    expect(publisher).toMatchObject({ '@type': 'Organization', name: 'liseuse' });
  });
});

describe('home page metadata', () => {
  it('is a website with the default card, and lists the articles in JSON-LD', () => {
    expect(meta(home, 'og:type')).toEqual(['website']);
    expect(meta(home, 'og:image')[0]).toMatch(/\/social-card\.png$/);
    const [graph] = jsonLd(home);
    const types = graph!.map((node) => node['@type']);
    expect(types).toEqual(['WebSite', 'CollectionPage', 'Organization']);
    const list = graph![1]!.mainEntity as { itemListElement: Array<{ url: string }> };
    expect(list.itemListElement[0]!.url).toBe(meta(article, 'og:url')[0]);
  });
});

describe('preview images', () => {
  it.each([`/og/${seedSlug}.png`, '/social-card.png'])('%s is a 1200×630 PNG under 300 KB', async (path) => {
    const file = join(distDir, path);
    expect(pngSize(await readFile(file))).toEqual({ width: 1200, height: 630 });
    expect((await stat(file)).size).toBeLessThan(300 * 1024);
  });

  it('gives the article its own image, not the default', async () => {
    const [own, fallback] = await Promise.all([
      readFile(join(distDir, `og/${seedSlug}.png`)),
      readFile(join(distDir, 'social-card.png')),
    ]);
    expect(own.equals(fallback)).toBe(false);
  });
});

describe('feeds', () => {
  const text = (html: string) => plainTypography(parseHtml(html).body.textContent ?? '');

  it.each([
    ['rss.xml', 'xml'],
    ['atom.xml', 'xml'],
    ['feed.json', 'json'],
  ])('%s parses with an independent reader and carries the full text', async (file, kind) => {
    const raw = await readFile(join(distDir, file), 'utf8');
    const feed =
      kind === 'json'
        ? extractFromJson(parseJsonFeed(raw), {
            descriptionMaxLen: 0,
            getExtraEntryFields: (e) => ({ html: e.content_html }),
          })
        : extractFromXml(raw, {
            descriptionMaxLen: 0,
            getExtraEntryFields: (e: Record<string, unknown>) => ({ html: contentOf(e) }),
          });
    expect(feed.title).toBe('liseuse');
    expect(feed.entries).toHaveLength(1);
    const [entry] = feed.entries!;
    // Typeset as the page's headline is.
    expect(entry!.title).toBe(
      frenchTypography('Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias'),
    );
    expect(entry!.link).toBe(meta(article, 'og:url')[0]);
    expect(new Date(entry!.published!).toISOString()).toBe('2026-11-25T06:00:00.000Z');
    const body = text(String((entry as { html?: unknown }).html));
    for (const paragraph of seedParagraphs) expect(body).toContain(paragraph);
    expect(body).toContain('Source : attuale.info');
  });

  it('declares JSON Feed 1.1 and credits the publisher, not liseuse, as author', async () => {
    const feed = parseJsonFeed(await readFile(join(distDir, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]!.authors).toEqual([{ name: 'attuale.info', url: 'https://attuale.info/' }]);
    expect(feed.items[0]!.image).toBe(meta(article, 'og:image')[0]);
  });
});

describe('discovery files', () => {
  it('has a sitemap index with lastmod, pointed to by robots.txt', async () => {
    const robots = await readFile(join(distDir, 'robots.txt'), 'utf8');
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
    const index = await readFile(join(distDir, 'sitemap-index.xml'), 'utf8');
    const part = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/.exec(index)![1]!;
    const urls = await readFile(join(distDir, part), 'utf8');
    expect(urls).toContain(`${articlePath}</loc><lastmod>2026-11-25T06:00:00.000Z</lastmod>`);
    expect(urls).not.toContain('404');
  });

  it('has a well-formed Google News sitemap, pointed to by robots.txt', async () => {
    const robots = await readFile(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/news-sitemap\.xml$/m);
    // The seed is older than 48 hours unless the build's LISEUSE_NOW says otherwise: an empty urlset
    // must still be valid. Each entry, when there is one, has the required elements.
    const { urlset } = parseXml(await readFile(join(distDir, 'news-sitemap.xml'), 'utf8'), ['url']) as {
      urlset: { '@_xmlns:news': string; url?: Array<{ loc: string; 'news:news': Record<string, unknown> }> };
    };
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    // Vitest types its asymmetric matchers as `any`; as `unknown` they check the same.
    const aString: unknown = expect.any(String);
    for (const url of urlset.url ?? []) {
      expect(url['news:news']).toMatchObject({
        'news:publication': { 'news:name': 'liseuse', 'news:language': 'fr' },
        'news:publication_date': aString,
        'news:title': aString,
      });
    }
  });

  it("has a manifest in the theme's colours and icons made from one source", async () => {
    const manifest: unknown = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'liseuse',
      lang: 'fr',
      start_url: '/',
      background_color: palette.light.bg,
      theme_color: palette.light.accent,
    });
    for (const [file, edge] of [
      ['favicon-32.png', 32],
      ['apple-touch-icon.png', 180],
      ['icon-192.png', 192],
      ['icon-512.png', 512],
    ] as const) {
      expect(pngSize(await readFile(join(distDir, file))), file).toEqual({ width: edge, height: edge });
    }
    expect(await readFile(join(distDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg/);
    expect(home.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe('/apple-touch-icon.png');
  });
});

/** The HTML body of an RSS or Atom entry as the reader parsed it. */
function contentOf(entry: Record<string, unknown>): string {
  const value = entry['content:encoded'] ?? entry['content'];
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String(value['#text']);
  return '';
}
