/**
 * Following a section, a topic or a publisher: their pages, their feeds and the OPML file, built
 * from listing names hostile in every way the schema allows, read as feed readers read them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../../tools/build';
import { BUSY_COUNT, followingFiles, names, readFeed, readOpml, type ReadFeed } from '../helpers/following';
import { readPage, visibleText } from '../helpers/html';

const origin = 'https://liseuse.example';
const FEED_FILES = ['rss.xml', 'atom.xml', 'feed.json'];

let build: FixtureBuild;
/** Every feed the build wrote, by its path on the site. */
const feeds = new Map<string, ReadFeed>();

beforeAll(async () => {
  build = await buildFixture(followingFiles());
  if (build.code !== 0) throw new Error(build.output);
  const files = (await readdir(build.outDir, { recursive: true })).filter((file) =>
    FEED_FILES.some((name) => file === name || file.endsWith(`/${name}`)),
  );
  for (const file of files) feeds.set(`/${file}`, readFeed(await readFile(join(build.outDir, file), 'utf8')));
});

/** The listing folders of the build, as the OPML file should list them. */
const listingFolders = () => [...new Set([...feeds.keys()].map((path) => path.replace(/[^/]+$/, '')))].sort();

describe('every listing’s feeds', () => {
  it('exist in the three formats for the site, each section, each tag and each publisher', () => {
    expect(listingFolders()).toEqual([
      '/',
      '/rubriques/europe-monde/',
      '/rubriques/monde/',
      '/sources/le-journal-cie-title/',
      '/sources/source-34a968ac/',
      '/tags/energie/',
      '/tags/fete/',
      '/tags/guillemets-apostrophes/',
      '/tags/israel/',
    ]);
    for (const folder of listingFolders()) {
      expect(FEED_FILES.map((file) => feeds.get(folder + file)?.format)).toEqual(['rss', 'atom', 'json']);
    }
  });

  it('are well-formed and valid, each stating its own URL and the page it follows, with the names intact', () => {
    for (const [path, feed] of feeds) {
      const folder = path.replace(/[^/]+$/, '');
      expect(feed.self, path).toBe(origin + path);
      expect(feed.home, path).toBe(origin + folder);
    }
    expect(feeds.get('/sources/le-journal-cie-title/atom.xml')?.title).toBe(`Source : ${names.source.name} — liseuse`);
    expect(feeds.get('/tags/guillemets-apostrophes/rss.xml')?.title).toBe(`Sujet : ${names.tags[0]} — liseuse`);
    expect(feeds.get('/rubriques/europe-monde/feed.json')?.title).toBe(`Rubrique ${names.section} — liseuse`);
  });

  it('say in every format that they are in French, as a reader shows and hyphenates them', () => {
    for (const [path, feed] of feeds) {
      expect(feed.language, path).toBe('fr');
      for (const item of feed.items) expect(item.language, `${path} ${item.url}`).toBe('fr');
    }
  });

  it('carry the newest 20 articles of a busy listing, newest first, in every format', () => {
    for (const file of FEED_FILES) {
      const items = feeds.get(`/tags/energie/${file}`)!.items;
      expect(items, file).toHaveLength(20);
      expect(items[0]!.title, file).toBe('Une autre graphie du sujet');
      expect(items[1]!.title, file).toMatch(new RegExp(`^Article ${BUSY_COUNT}\\s`));
    }
  });

  it('give an article the same id in every feed, its URL, so a reader never shows it twice', () => {
    const ids = new Map<string, Set<string | undefined>>();
    for (const feed of feeds.values()) {
      for (const item of feed.items) ids.set(item.url!, (ids.get(item.url!) ?? new Set()).add(item.id));
    }
    expect(ids.size).toBe(BUSY_COUNT + 2);
    for (const [url, found] of ids) expect([...found], url).toEqual([url]);
  });

  it('show a publisher with a single article', () => {
    const feed = feeds.get('/sources/source-34a968ac/feed.json')!;
    expect(feed.title).toBe(`Source : ${names.lonelySource.name} — liseuse`);
    expect(feed.items.map(({ url }) => url)).toEqual([`${origin}/articles/lonely/`]);
  });
});

describe('a listing page', () => {
  it('announces its own feeds first, then the site’s, and shows a Suivre block with the address to copy', async () => {
    const page = await readPage('/tags/guillemets-apostrophes/', build.outDir);
    const alternates = [...page.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('type'),
      link.getAttribute('href'),
    ]);
    expect(alternates).toEqual([
      ['application/rss+xml', `${origin}/tags/guillemets-apostrophes/rss.xml`],
      ['application/atom+xml', `${origin}/tags/guillemets-apostrophes/atom.xml`],
      ['application/feed+json', `${origin}/tags/guillemets-apostrophes/feed.json`],
      ['application/rss+xml', `${origin}/rss.xml`],
      ['application/atom+xml', `${origin}/atom.xml`],
      ['application/feed+json', `${origin}/feed.json`],
    ]);
    expect(page.querySelector('link[rel="alternate"]')?.getAttribute('title')).toBe(
      `Sujet : ${names.tags[0]} — liseuse (RSS)`,
    );
    const follow = page.querySelector('section[aria-labelledby^="suivre"]')!;
    expect(visibleText(follow.querySelector('h2'))).toBe('Suivre');
    expect(visibleText(follow)).toMatch(/lecteur de flux .* chaque nouvel article sur ce sujet/);
    expect(visibleText(follow.querySelector('code'))).toBe(`${origin}/tags/guillemets-apostrophes/rss.xml`);
    expect([...follow.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['RSS', '/tags/guillemets-apostrophes/rss.xml'],
      ['Atom', '/tags/guillemets-apostrophes/atom.xml'],
      ['JSON Feed', '/tags/guillemets-apostrophes/feed.json'],
      ['Tous les flux du site (OPML)', '/abonnements.opml'],
    ]);
  });

  it('of a publisher names it, links to its site and says the language it published in', async () => {
    const page = await readPage('/sources/source-34a968ac/', build.outDir);
    expect(visibleText(page.querySelector('h1'))).toBe(names.lonelySource.name);
    const publisher = page.querySelector('section[aria-labelledby="publisher-title"]')!;
    expect(publisher.querySelector('a[rel="external"]')?.getAttribute('href')).toBe('https://www.aljazeera.net/');
    expect([...publisher.querySelectorAll('dt, dd')].map((cell) => visibleText(cell))).toEqual([
      'Site',
      'www.aljazeera.net',
      'Langue d’origine',
      'arabe',
    ]);
    expect(
      [...page.querySelectorAll('main article h2 a, main article h3 a')].map((a) => a.getAttribute('href')),
    ).toEqual(['/articles/lonely/']);
  });

  it('of a busy publisher is paginated, with its feed announced on every page', async () => {
    const second = await readPage('/sources/le-journal-cie-title/page/2/', build.outDir);
    expect(second.title).toBe(`Source : ${names.source.name} — page 2 — liseuse`);
    expect(second.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(
      `${origin}/sources/le-journal-cie-title/rss.xml`,
    );
  });
});

describe('the page of sources', () => {
  it('lists every publisher by name with its article count, and the home page links to it', async () => {
    const page = await readPage('/sources/', build.outDir);
    const rows = [...page.querySelectorAll('main li')].map((li) =>
      [...li.children].map((cell) => [visibleText(cell), cell.getAttribute('href')]),
    );
    // French order: Latin names first, as Intl.Collator('fr') sorts them.
    expect(rows).toEqual([
      [
        [names.source.name, '/sources/le-journal-cie-title/'],
        [`${BUSY_COUNT + 1}\u00a0articles`, null],
        [`Flux de la source ${names.source.name}`, '/sources/le-journal-cie-title/rss.xml'],
      ],
      [
        [names.lonelySource.name, '/sources/source-34a968ac/'],
        ['1\u00a0article', null],
        [`Flux de la source ${names.lonelySource.name}`, '/sources/source-34a968ac/rss.xml'],
      ],
    ]);
    const home = await readPage('/', build.outDir);
    expect(visibleText(home.querySelector('a[href="/sources/"]'))).toBe('2\u00a0sources');
  });

  it('is linked from the source box of each article', async () => {
    const article = await readPage('/articles/lonely/', build.outDir);
    expect(visibleText(article.querySelector('.source a[href="/sources/source-34a968ac/"]'))).toBe(
      'Tous les articles de cette source sur liseuse',
    );
  });
});

describe('the OPML file', () => {
  it('lists every listing’s feed once, grouped, for one import', async () => {
    const outlines = readOpml(await readFile(join(build.outDir, 'abonnements.opml'), 'utf8'));
    expect(outlines.map(({ text }) => text)).toEqual(['liseuse', 'Rubriques', 'Sources', 'Sujets']);
    const feedsListed = outlines.flatMap((outline) => (outline.outlines ? outline.outlines : [outline]));
    expect(feedsListed.map(({ xmlUrl }) => xmlUrl).sort()).toEqual(
      listingFolders().map((folder) => `${origin}${folder}rss.xml`),
    );
    for (const { xmlUrl, htmlUrl, text } of feedsListed) {
      expect(feeds.get(new URL(xmlUrl!).pathname)?.title, xmlUrl).toBe(text);
      expect(htmlUrl).toBe(xmlUrl!.replace(/rss\.xml$/, ''));
    }
  });
});
