/**
 * A publish with the caches of the previous build (incremental pages, cards, compressed files)
 * gives exactly the site a build from scratch gives: edited, added and deleted articles show
 * everywhere they are listed or suggested, and nothing stale is left.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, rebuildFixture, type FixtureBuild } from '../../tools/build';
import { documentHash } from '../../src/integrations/search-index';
import { readPage, visibleText } from '../helpers/html';
import { indexedPageCounts, readFragments, type Fragment } from '../helpers/search-index';
import { jpeg } from '../../tools/pictures';

const source = 'source:\n  name: exemple.info\n  url: https://exemple.info/';
const article = (n: number, title = `Article numéro ${n}`) =>
  articleFile(
    `title: "${title}"\ndescription: "Le résumé ${n}."\npubDate: "2026-10-${String(n).padStart(2, '0')}T08:00:00+01:00"\nkind: news\nsection: ${n % 2 ? 'Europe' : 'Culture'}\ntags: [${n % 3 ? 'Énergie' : 'Climat'}]\n${source}`,
    `Le texte de l’article ${n}.`,
  );
// 25 articles, the home listing has two pages of 20; and an unchanged article with pictures,
// whose optimised files must survive the rebuild.
const collection: Record<string, string | Buffer> = {
  ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`a${i + 1}.md`, article(i + 1)])),
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

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

let first: FixtureBuild;
let rebuilt: FixtureBuild;
let scratch: FixtureBuild;
beforeAll(async () => {
  first = await buildFixture(collection);
  if (first.code !== 0) throw new Error(first.output);
  rebuilt = await rebuildFixture(first, changes);
  if (rebuilt.code !== 0) throw new Error(rebuilt.output);
  const final: Record<string, string | Buffer> = { ...collection };
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) delete final[name];
    else final[name] = text;
  }
  scratch = await buildFixture(final);
  if (scratch.code !== 0) throw new Error(scratch.output);
});

/**
 * Pagefind's word index, filters and metadata list pages in the order they were added, and a
 * rebuild adds the unchanged articles first: compared by what they hold, not byte for byte.
 */
const isSearchIndex = (name: string) =>
  /^pagefind\/(index\/|filter\/|pagefind\.[\w.]+\.pf_meta$|pagefind-entry\.json)/.test(name);
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

  it('builds byte for byte the site a build from scratch makes, with nothing stale left', async () => {
    const withoutIndex = async (dir: string) =>
      new Map([...(await files(dir))].filter(([name]) => !isSearchIndex(name)));
    const [incremental, fresh] = await Promise.all([withoutIndex(rebuilt.outDir), withoutIndex(scratch.outDir)]);
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    const differing = [...fresh].filter(([name, bytes]) => !incremental.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(incremental.has('articles/a7/index.html')).toBe(false);
    // No empty folder is left where a deleted article was.
    const folders = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
    expect(await folders(rebuilt.outDir)).toEqual(await folders(scratch.outDir));
    expect([...incremental.keys()].filter((name) => name.endsWith('.avif')).length).toBeGreaterThan(0);
  });

  it('starts the search index with the unchanged articles of the previous build, and indexes what a scratch build does', async () => {
    // 26 articles before; a7 deleted and a25 corrected: 24 unchanged, a25 and the new a26 sent fresh.
    expect(rebuilt.output).toMatch(/26 articles indexed for search \(24 kept from the previous build\)/);
    expect(await indexedPageCounts(rebuilt.outDir)).toEqual(await indexedPageCounts(scratch.outDir));
    expect(byUrl(await readFragments(rebuilt.outDir))).toEqual(byUrl(await readFragments(scratch.outDir)));
    const corrected = (await readFragments(rebuilt.outDir)).find(({ url }) => url === '/articles/a25/')!;
    expect(corrected.meta.title).toBe('Titre corrigé du vingt-cinquième');
  });
});

describe('a rebuild after the code that makes search documents changed', () => {
  it('starts the search index over rather than keep a document that differs from the fresh one', async () => {
    // What a change of the typography code would do: the kept document of a1 no longer matches.
    const cacheDir = join(dirname(rebuilt.contentDir), 'cache', 'liseuse-search');
    const list = join(cacheDir, 'documents.json');
    const kept = JSON.parse(await readFile(list, 'utf8')) as Array<{ url: string; hash: string }>;
    const entry = kept.find(({ url }) => url === '/articles/a1/')!;
    const html = '<html lang="fr"><body><article data-pagefind-body><h1>Faux titre</h1></article></body></html>';
    entry.hash = documentHash({ url: entry.url, html });
    await writeFile(join(cacheDir, `${entry.hash}.html`), html);
    await writeFile(list, JSON.stringify(kept));

    const again = await rebuildFixture(rebuilt, {});
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/26 articles indexed for search \(0 kept from the previous build\)/);
    expect(byUrl(await readFragments(again.outDir))).toEqual(byUrl(await readFragments(scratch.outDir)));
  });
});
