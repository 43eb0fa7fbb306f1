/**
 * Articles' HTML kept in files beside Astro's data store (src/article-html.ts), on Astro's own
 * store: the store a build saves holds no article text, and each article still gets its own HTML
 * back, after an edit, a rename or a cache folder cleared by hand.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// Not among Astro's exports: the store the content layer gives loaders.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { sha256 } from '../../../src/cache-files';
import { makeTempDir } from '../../../tools/temp-dir';
import { importWithCacheDir } from '../../helpers/cache-dir';

let cacheDir: string;
let module: typeof import('../../../src/article-html');

beforeAll(async () => {
  ({ cacheDir, module } = await importWithCacheDir('liseuse-article-html-', () => import('../../../src/article-html')));
});

const htmlFiles = () => readdir(join(cacheDir, 'liseuse-html'));

async function collection() {
  const file = join(await makeTempDir('liseuse-store-'), 'data-store.json');
  const store = await MutableDataStore.fromFile(pathToFileURL(file));
  return store.scopedStore('articles');
}

const entry = (id: string, digest: string, html: string) => ({
  id,
  data: { title: id },
  digest,
  filePath: `content/articles/${id}.md`,
  // As Astro's renderer gives it: the frontmatter the article wrote, and what the plugins added.
  rendered: { html, metadata: { headings: [], frontmatter: { title: id, words: 3 } } },
});

describe("an article's HTML beside the data store", () => {
  it('leaves the store without the text, and gives each article its own HTML back', async () => {
    const articles = await collection();
    const { store } = module.storeWithHtmlApart(articles);
    store.set(entry('un', 'd1', '<p>Premier texte</p>'));
    store.set(entry('deux', 'd2', '<p>Second texte</p>'));
    expect(JSON.stringify(articles.entries())).not.toContain('texte');
    // What the plugins added stays, as listings read the reading stats from it; the frontmatter
    // the article wrote is not stored twice: it is the entry's data.
    expect(articles.get('un')?.rendered?.metadata?.frontmatter).toEqual({ words: 3 });
    expect(articles.get('un')?.data).toEqual({ title: 'un' });
    expect(module.articleHtml(articles.get('un')!)).toBe('<p>Premier texte</p>');
    expect(module.articleHtml(articles.get('deux')!)).toBe('<p>Second texte</p>');
  });

  it('gives the edited text after an edit, and removes the old once the loader is done', async () => {
    const articles = await collection();
    module.storeWithHtmlApart(articles).store.set(entry('edite', 'avant', '<p>Avant</p>'));
    const before = await htmlFiles();
    const next = module.storeWithHtmlApart(articles);
    next.store.set(entry('edite', 'apres', '<p>Après</p>'));
    next.prune();
    expect(module.articleHtml(articles.get('edite')!)).toBe('<p>Après</p>');
    // Only the files of the entries in the store are left: the edited one's new file.
    const after = await htmlFiles();
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
  });

  it('drops an entry whose HTML is gone, so the loader renders it again', async () => {
    const articles = await collection();
    module.storeWithHtmlApart(articles).store.set(entry('efface', 'd', '<p>Texte effacé</p>'));
    module.storeWithHtmlApart(articles).store.set(entry('garde', 'd', '<p>Texte gardé</p>'));
    const [file] = (await htmlFiles()).filter((name) => name === `${sha256('<p>Texte effacé</p>')}.html`);
    await rm(join(cacheDir, 'liseuse-html', file!));
    module.storeWithHtmlApart(articles);
    expect(articles.has('efface')).toBe(false);
    expect(articles.has('garde')).toBe(true);
  });

  it('drops an entry stored with its HTML, as before the HTML was kept apart', async () => {
    const articles = await collection();
    articles.set(entry('ancien', 'd', '<p>Texte ancien</p>'));
    module.storeWithHtmlApart(articles);
    expect(articles.has('ancien')).toBe(false);
  });

  it('changes what identifies the HTML when the HTML changes, for the same file', async () => {
    const articles = await collection();
    module.storeWithHtmlApart(articles).store.set(entry('meme', 'd', '<p>Rendu une fois</p>'));
    const before = module.articleHtmlHash(articles.get('meme')!);
    // A new Markdown pipeline renders the same file again, after Astro cleared its store.
    articles.clear();
    module.storeWithHtmlApart(articles).store.set(entry('meme', 'd', '<p>Rendu autrement</p>'));
    expect(module.articleHtmlHash(articles.get('meme')!)).not.toBe(before);
    expect(module.articleHtml(articles.get('meme')!)).toBe('<p>Rendu autrement</p>');
  });

  it('writes the HTML again when its file went after the loader started (astro dev after a build)', async () => {
    const articles = await collection();
    module.storeWithHtmlApart(articles).store.set(entry('revenu', 'v1', '<p>Version une</p>'));
    const dev = module.storeWithHtmlApart(articles);
    await rm(join(cacheDir, 'liseuse-html', `${sha256('<p>Version une</p>')}.html`));
    dev.store.set(entry('revenu', 'v1-again', '<p>Version une</p>'));
    expect(module.articleHtml(articles.get('revenu')!)).toBe('<p>Version une</p>');
  });

  it("puts the HTML back for Astro's render(), leaving the stored entry as it was", async () => {
    const articles = await collection();
    module.storeWithHtmlApart(articles).store.set(entry('rendu', 'd', '<p>Rendu</p>'));
    const stored = articles.get('rendu')!;
    expect(module.withArticleHtml(stored).rendered?.html).toBe('<p>Rendu</p>');
    expect(stored.rendered?.html).toBe('');
  });

  it('names the article when its HTML cannot be found', async () => {
    const articles = await collection();
    module.storeWithHtmlApart(articles).store.set(entry('perdu', 'd', '<p>Perdu</p>'));
    await rm(join(cacheDir, 'liseuse-html'), { recursive: true });
    expect(() => module.articleHtml(articles.get('perdu')!)).toThrow(
      /^content\/articles\/perdu\.md: its rendered HTML is missing/,
    );
  });
});
