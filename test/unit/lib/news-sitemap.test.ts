import { describe, expect, it } from 'vitest';
import { newsSitemap, recentArticles } from '../../../src/lib/news-sitemap';
import { parseXml } from '../../helpers/xml';

const now = new Date('2026-11-25T12:00:00+01:00');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const article = (hours: number, title = `Il y a ${hours} h`) => ({
  url: `https://liseuse.example/articles/${hours}/`,
  title,
  pubDate: hoursAgo(hours),
  lang: 'fr',
});
const publication = { name: 'liseuse', timeZone: 'Europe/Paris' };
const urls = (xml: string) =>
  (parseXml(xml, ['url']) as { urlset: { url?: Array<Record<string, unknown>> } }).urlset.url ?? [];

describe('recentArticles', () => {
  it.each([
    [0, true],
    [47.9, true],
    [48, true],
    [48.1, false],
    [-1, false],
  ])('an article published %s hours ago is listed: %s', (hours, listed) => {
    expect(recentArticles([article(hours)], now)).toHaveLength(listed ? 1 : 0);
  });
});

describe('newsSitemap', () => {
  it('lists each recent article with its publication, language, date and title, newest first', () => {
    const xml = newsSitemap([article(30), article(2), article(72)], publication, now);
    expect(urls(xml)).toEqual([
      {
        loc: 'https://liseuse.example/articles/2/',
        'news:news': {
          'news:publication': { 'news:name': 'liseuse', 'news:language': 'fr' },
          'news:publication_date': '2026-11-25T10:00:00+01:00',
          'news:title': 'Il y a 2 h',
        },
      },
      expect.objectContaining({ loc: 'https://liseuse.example/articles/30/' }),
    ]);
  });

  it('declares the sitemap and news namespaces', () => {
    const { urlset } = parseXml(newsSitemap([], publication, now)) as { urlset: Record<string, string> };
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  });

  it('is a valid, empty urlset when nothing is recent', () => {
    expect(urls(newsSitemap([article(100)], publication, now))).toEqual([]);
  });

  it('escapes a title with markup characters, which a parser reads back as written', () => {
    const xml = newsSitemap([article(1, 'Tom & Jerry <script>')], publication, now);
    expect(urls(xml)[0]!['news:news']).toMatchObject({ 'news:title': 'Tom & Jerry <script>' });
    expect(xml).not.toContain('<script>');
  });
});
