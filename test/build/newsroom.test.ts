/**
 * A newsroom's article, end to end: an article with two corrections (and, further down, pictures)
 * built from a fixture collection, read back from the page, its structured data, the feeds and
 * the sitemap.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFromJson } from '@extractus/feed-extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../helpers/build';
import { readPage, visibleText } from '../helpers/html';
import { parseXml } from '../helpers/xml';

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
    text: "La rencontre a eu lieu à Vostochny, voir [le communiqué](https://exemple.info/communique)."`,
  'Le texte de l’article.',
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
  build = await buildFixture({ [`${SLUG}.md`]: corrected, 'ancien.md': older }, { LISEUSE_NOW: NOW });
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
    const graph = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'];
    expect(graph[0].dateModified).toBe('2026-11-23T18:30:00+01:00');
    expect(graph[0].correction).toEqual([
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
    const json = JSON.parse(await read('feed.json'));
    expect(new Date(json.items[0].date_modified).getTime()).toBe(updated);
    for (const html of [json.items[0].content_html as string, rss, await read('atom.xml')]) {
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
