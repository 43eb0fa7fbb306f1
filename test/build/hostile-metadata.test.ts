/**
 * A hostile title and description go through every output (meta tags, JSON-LD, feeds, preview
 * image, the page itself) intact and inert.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/lib/french-typography';
import { articleFile, buildFixture, type FixtureBuild } from '../../tools/build';
import { parseXml, readPage } from '../helpers/html';
import { jsonLdGraph, parseJsonFeed } from '../helpers/json';
import { pngSize } from '../helpers/png';
import { useServedSite } from '../helpers/served-site';

const title = `"Guillemets" & 'apostrophes' </script><img src=x onerror=alert(1)> « ok » 🎉`;
const description = `${`</title><script>alert(2)</script> « Pourquoi ? » l'été ✅ `.repeat(6)}`.slice(0, 300);
const yaml = (value: unknown) => JSON.stringify(value);

/** Every other text field the schema accepts, hostile in its own way. */
const names = {
  section: `R&D "labo" ‹l’été›`,
  tags: ['R&D', `"Guillemets"`, `l'apostrophe`, 'Fête 🎉', 'Israël ישראל', `CDATA ]]`],
  author: `Jeanne <b>Martin</b> & "Co" ]]> 🎉`,
  sourceName: `Éditions </script><script>alert(3)</script> & fils ]]>`,
  place: `ירושלים (Jérusalem) <i>&amp;</i>`,
};

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture({
    'hostile.md': articleFile(
      `title: ${yaml(title)}\ndescription: ${yaml(description)}\npubDate: "2026-11-20T08:00:00+01:00"\nkind: news\nsection: Europe\nsource:\n  name: exemple.info\n  url: https://exemple.info/`,
    ),
    'names.md': articleFile(
      `title: "Noms"\ndescription: "Des noms hostiles."\npubDate: "2026-11-21T08:00:00+01:00"\nkind: analysis
section: ${yaml(names.section)}\ntags: ${yaml(names.tags)}\nauthor: ${yaml(names.author)}
dateline:\n  date: 2026-11-19\n  place: ${yaml(names.place)}
source:\n  name: ${yaml(names.sourceName)}\n  url: "https://exemple.info/?a=1&b=<2>"`,
    ),
  });
  if (build.code !== 0) throw new Error(build.output);
});

describe('a hostile title and description', () => {
  it('reach the meta tags intact and as text only', async () => {
    const page = await readPage('/articles/hostile/', build.outDir);
    const content = (key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(description).toHaveLength(300);
    expect(content('og:title')).toBe(title);
    expect(content('twitter:title')).toBe(title);
    expect(content('og:description')).toBe(description);
    expect(content('description')).toBe(description);
    expect(page.title).toBe(`${title} — liseuse`);
    expect(page.querySelectorAll('img, script:not([type])')).toHaveLength(0);
    expect(page.querySelector('h1')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('reach the JSON-LD intact, and cannot close its script element', async () => {
    const html = await readFile(join(build.outDir, 'articles/hostile/index.html'), 'utf8');
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
    expect(script).not.toMatch(/<\/?script|<img/i);
    const [article] = jsonLdGraph(script);
    expect(article!.headline).toBe(title);
    expect(article!.description).toBe(description);
  });

  it('reach the three feeds intact', async () => {
    const rss = extractFromXml(await readFile(join(build.outDir, 'rss.xml'), 'utf8'), { descriptionMaxLen: 0 });
    const atom = extractFromXml(await readFile(join(build.outDir, 'atom.xml'), 'utf8'), { descriptionMaxLen: 0 });
    const json = extractFromJson(parseJsonFeed(await readFile(join(build.outDir, 'feed.json'), 'utf8')));
    // Typeset as on the page (no-break spaces, apostrophes), and nothing else changed.
    const typesetTitle = frenchTypography(title);
    for (const feed of [rss, atom, json]) expect(feed.entries?.map((entry) => entry.title)).toContain(typesetTitle);
    const raw = parseJsonFeed(await readFile(join(build.outDir, 'feed.json'), 'utf8'));
    expect(raw.items.find((item) => item.title === typesetTitle)!.summary).toBe(frenchTypography(description));
  });

  it('render into a valid preview image', async () => {
    expect(pngSize(await readFile(join(build.outDir, 'og/hostile.png')))).toEqual({ width: 1200, height: 630 });
  });

  describe('in a browser', () => {
    const site = useServedSite(() => build.outDir);

    it('execute nothing and open no dialog', async () => {
      const page = await site.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.server.origin}/articles/hostile/`);
      await page.goto(`${site.server.origin}/`);
      expect(dialogs).toEqual([]);
      expect(await page.getByRole('link', { name: title }).count()).toBe(1);
    });
  });
});

describe('hostile section, tags, author, source and place', () => {
  it.each(['rss.xml', 'atom.xml', 'sitemap-0.xml'])('leave %s well-formed for a strict XML parser', async (file) => {
    const parser = new SaxesParser();
    const errors: string[] = [];
    parser.on('error', (error) => errors.push(error.message));
    parser.write(await readFile(join(build.outDir, file), 'utf8')).close();
    expect(errors).toEqual([]);
  });

  it('reach the feeds intact', async () => {
    const atom = await readFile(join(build.outDir, 'atom.xml'), 'utf8');
    const doc = parseXml(atom);
    const entry = [...doc.querySelectorAll('entry')].find((e) => e.querySelector('title')?.textContent === 'Noms')!;
    expect([...entry.querySelectorAll('category')].map((c) => c.getAttribute('term'))).toEqual([
      names.section,
      ...names.tags,
    ]);
    expect(entry.querySelector('author name')?.textContent).toBe(names.author);
    const json = parseJsonFeed(await readFile(join(build.outDir, 'feed.json'), 'utf8'));
    const item = json.items.find((i) => i.title === 'Noms')!;
    expect(item.tags).toEqual([names.section, ...names.tags]);
    expect(item.authors?.[0]?.name).toBe(names.author);
  });

  it('show as text on the page, with every tag linked', async () => {
    const page = await readPage('/articles/names/', build.outDir);
    const text = page.body.textContent;
    for (const value of [names.author, names.sourceName, names.place]) expect(text).toContain(value);
    expect(page.querySelectorAll('main script:not([type]), main b, main i')).toHaveLength(0);
    expect([...page.querySelectorAll('a[href^="/tags/"]')].map((a) => a.textContent?.trim())).toEqual(
      expect.arrayContaining(names.tags),
    );
  });
});
