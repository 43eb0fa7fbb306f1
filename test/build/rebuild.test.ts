/**
 * A publish with the caches of the previous build (incremental pages, cards, compressed files,
 * search indexes) gives exactly the site a build from scratch gives: edited, added and
 * deleted articles show everywhere they are listed, suggested or searched, and nothing stale is left.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, rebuildFixture, type FixtureBuild } from '../../tools/build';
import { readPage, visibleText } from '../helpers/html';
import { indexedPageCounts, readFragments, shardFolders, type Fragment } from '../helpers/search-index';
import { jpeg } from '../../tools/pictures';
import { sha256 } from '../../src/cache-files';

const source = 'source:\n  name: exemple.info\n  url: https://exemple.info/';
const article = (n: number, title = `Article numéro ${n}`) =>
  articleFile(
    `title: "${title}"\ndescription: "Le résumé ${n}."\npubDate: "2026-10-${String(n).padStart(2, '0')}T08:00:00+01:00"\nkind: news\nsection: ${n % 2 ? 'Europe' : 'Culture'}\ntags: [${n % 3 ? 'Énergie' : 'Climat'}]\n${source}`,
    `Le texte de l’article ${n}.`,
  );
// 25 articles, the home listing has two pages of 20; an unchanged article with pictures, whose
// optimised files must survive the rebuild; and two from earlier years, in the search archive.
const collection: Record<string, string | Buffer> = {
  ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`a${i + 1}.md`, article(i + 1)])),
  'a2024.md': article(1, 'Un article de 2024').replace('2026-10-01', '2024-06-01'),
  'a2025.md': article(2, 'Un article de 2025').replace('2026-10-02', '2025-06-02'),
  'photos/index.md': articleFile(
    `title: "Un article avec photos"\ndescription: "Des photos."\npubDate: "2026-09-01T08:00:00+01:00"\nkind: news\nsection: Europe\n${source}\nimage:\n  src: ./une.jpg\n  alt: "Des collines"\n  credit: "Jeanne Martin"`,
    'Un paragraphe.\n\n![Une place](./place.jpg "Photo : Paul Durand")',
  ),
  'photos/une.jpg': await jpeg(1600, 1000, 200),
  'photos/place.jpg': await jpeg(1200, 800, 120),
};
const changes: Record<string, string | null> = {
  'a25.md': article(25, 'Titre corrigé du vingt-cinquième'),
  'a7.md': null,
  'a26.md': article(26),
};

// A deploy branch checked out in dist/: its .git folder is the maintainer's, not the build's.
const deployBranch = { '.git/HEAD': 'ref: refs/heads/deploy\n', '.git/info/state.json': '{"deployed":true}\n' };
const ofTheSite = (name: string) => !name.startsWith('.git');

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter(ofTheSite)
    .sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

/** The preview cards' cache, shared by the builds of this collection, and its files after the first. */
let cardsDir: string;
let cardsBefore: string[];
let first: FixtureBuild;
let rebuilt: FixtureBuild;
let scratch: FixtureBuild;
/** The collection after the changes. */
const final: Record<string, string | Buffer> = { ...collection };
for (const [name, text] of Object.entries(changes)) {
  if (text === null) delete final[name];
  else final[name] = text;
}
beforeAll(async () => {
  first = await buildFixture(collection);
  if (first.code !== 0) throw new Error(first.output);
  cardsDir = join(first.cacheDir, 'liseuse-cards');
  cardsBefore = await readdir(cardsDir);
  for (const [name, text] of Object.entries(deployBranch)) {
    await mkdir(dirname(join(first.outDir, name)), { recursive: true });
    await writeFile(join(first.outDir, name), text);
  }
  rebuilt = await rebuildFixture(first, changes);
  if (rebuilt.code !== 0) throw new Error(rebuilt.output);
  scratch = await buildFixture(final);
  if (scratch.code !== 0) throw new Error(scratch.output);
});

const byUrl = (fragments: Fragment[]) => [...fragments].sort((a, b) => a.url.localeCompare(b.url));

describe('a rebuild after a correction, a deletion and a new article', () => {
  it('reuses the unchanged pages of the previous build', () => {
    expect(rebuilt.output.match(/\((cached|restored)\)/g)?.length).toBeGreaterThan(20);
  });

  it('shows the corrected title on its page, the listings and the articles suggesting it', async () => {
    const corrected = 'Titre corrigé du vingt-cinquième';
    expect(visibleText((await readPage('/articles/a25/', rebuilt.outDir)).querySelector('h1'))).toBe(corrected);
    expect(visibleText((await readPage('/', rebuilt.outDir)).querySelector('main'))).toContain(corrected);
    expect(visibleText((await readPage('/tags/energie/', rebuilt.outDir)).querySelector('main'))).toContain(corrected);
    // a11 shares the tag with a25, one of its newest articles: it suggests it.
    expect(visibleText((await readPage('/articles/a11/', rebuilt.outDir)).querySelector('main'))).toContain(corrected);
  });

  it('builds byte for byte the site a build from scratch makes, search indexes included, with nothing stale left', async () => {
    const [incremental, fresh] = await Promise.all([files(rebuilt.outDir), files(scratch.outDir)]);
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    const differing = [...fresh].filter(([name, bytes]) => !incremental.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(incremental.has('articles/a7/index.html')).toBe(false);
    // No empty folder is left where a deleted article was.
    const folders = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .filter(ofTheSite)
        .sort();
    expect(await folders(rebuilt.outDir)).toEqual(await folders(scratch.outDir));
    expect([...incremental.keys()].filter((name) => name.endsWith('.avif')).length).toBeGreaterThan(0);
  });

  it('draws again only the cards of the corrected and the new article, and keeps every card it serves', async () => {
    const cards = await readdir(cardsDir);
    expect(cards.filter((name) => !cardsBefore.includes(name))).toHaveLength(2);
    const kept = new Set(await Promise.all(cards.map(async (name) => sha256(await readFile(join(cardsDir, name))))));
    const served = await readdir(join(rebuilt.outDir, 'og'));
    expect(served.length).toBeGreaterThan(20);
    for (const name of served) expect(kept.has(sha256(await readFile(join(rebuilt.outDir, 'og', name))))).toBe(true);
  });

  it('leaves a deploy branch checked out in dist/ as it was: nothing removed, no compressed twin added', async () => {
    const git = (await readdir(join(rebuilt.outDir, '.git'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(rebuilt.outDir, join(entry.parentPath, entry.name)))
      .sort();
    expect(git).toEqual(Object.keys(deployBranch).sort());
    for (const [name, text] of Object.entries(deployBranch)) {
      expect(await readFile(join(rebuilt.outDir, name), 'utf8')).toBe(text);
    }
  });

  it('writes again only the newest search index, and indexes what a scratch build does', async () => {
    // 28 articles before; a7 deleted, a25 corrected and a26 added, all in October 2026: the archive is kept.
    expect(rebuilt.output).toMatch(/28 articles indexed for search in 2 indexes, 1 written \(2026-09_2026-10\)/);
    expect((await shardFolders(rebuilt.outDir)).map((folder) => relative(rebuilt.outDir, folder))).toEqual([
      'pagefind/2026-09_2026-10',
      'pagefind/2024-06_2025-06',
    ]);
    expect(await indexedPageCounts(rebuilt.outDir)).toEqual({ fr: 28 });
    expect(byUrl(await readFragments(rebuilt.outDir))).toEqual(byUrl(await readFragments(scratch.outDir)));
    const corrected = (await readFragments(rebuilt.outDir)).find(({ url }) => url === '/articles/a25/')!;
    expect(corrected.meta.title).toBe('Titre corrigé du vingt-cinquième');
  });
});

describe('a rebuild whose previous search indexes cannot be trusted', () => {
  it('writes again the index whose record differs, as when the code that makes documents changed', async () => {
    const record = join(rebuilt.cacheDir, 'liseuse-search', 'shards.json');
    const signatures = JSON.parse(await readFile(record, 'utf8')) as Record<string, string>;
    await writeFile(record, JSON.stringify({ ...signatures, '2024-06_2025-06': 'made by other code' }));
    const again = await rebuildFixture(rebuilt, {});
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/1 written \(2024-06_2025-06\)/);
    expect(await files(join(again.outDir, 'pagefind'))).toEqual(await files(join(scratch.outDir, 'pagefind')));
  });

  it('writes again the index whose published folder is gone', async () => {
    await rm(join(rebuilt.outDir, 'pagefind', '2024-06_2025-06'), { recursive: true });
    const again = await rebuildFixture(rebuilt, {});
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/1 written \(2024-06_2025-06\)/);
    expect(await files(join(again.outDir, 'pagefind'))).toEqual(await files(join(scratch.outDir, 'pagefind')));
  });
});

describe('a rebuild whose cached article text was cleared by hand', () => {
  it('renders the articles again and builds the site a build from scratch makes', async () => {
    await rm(join(rebuilt.cacheDir, 'liseuse-html'), { recursive: true });
    const again = await rebuildFixture(rebuilt, {});
    expect(again.code, again.output).toBe(0);
    expect(await files(again.outDir)).toEqual(await files(scratch.outDir));
  });
});

describe('a rebuild that dies after swapping in a new search index', () => {
  it('writes that index again once the edit is undone, as a build from scratch does', async () => {
    const published = join(rebuilt.outDir, 'pagefind');
    // A folder where the list of indexes goes: the build fails after the new index is in place.
    await rm(join(published, 'shards.json'));
    await mkdir(join(published, 'shards.json', 'obstacle'), { recursive: true });
    const failed = await rebuildFixture(rebuilt, { 'a26.md': article(26, 'Un titre retiré aussitôt') });
    expect(failed.code, failed.output).not.toBe(0);
    await rm(join(published, 'shards.json'), { recursive: true });
    const again = await rebuildFixture(rebuilt, { 'a26.md': changes['a26.md']! });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/1 written \(2026-09_2026-10\)/);
    expect(await files(join(again.outDir, 'pagefind'))).toEqual(await files(join(scratch.outDir, 'pagefind')));
  });
});

describe('the first article of a new month', () => {
  it('moves the month before last into the archive, both indexes as a build from scratch writes them', async () => {
    const november = { 'a27.md': article(27).replace('2026-10-27', '2026-11-02') };
    const again = await rebuildFixture(rebuilt, november);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/2 written \(2026-10_2026-11, 2024-06_2026-09\)/);
    expect(await readdir(join(again.outDir, 'pagefind'))).not.toContain('2026-09_2026-10');
    const fresh = await buildFixture({ ...final, ...november });
    expect(fresh.code, fresh.output).toBe(0);
    expect(await files(join(again.outDir, 'pagefind'))).toEqual(await files(join(fresh.outDir, 'pagefind')));
  });
});

describe('an article moved to a new address, its old one kept as an alias', () => {
  it('replaces its old page with the one leading to the new address, as a build from scratch does', async () => {
    const moved = {
      'a10.md': null,
      'a10-nouveau.md': article(10).replace('kind: news', 'kind: news\naliases: ["/articles/a10/"]'),
    };
    const again = await rebuildFixture(rebuilt, moved);
    expect(again.code, again.output).toBe(0);
    const oldPage = await readFile(join(again.outDir, 'articles/a10/index.html'), 'utf8');
    expect(oldPage).toContain('/articles/a10-nouveau/');
    const now = await files(again.contentDir);
    const fresh = await buildFixture(Object.fromEntries(now));
    expect(fresh.code, fresh.output).toBe(0);
    expect(await files(again.outDir)).toEqual(await files(fresh.outDir));
  });
});
