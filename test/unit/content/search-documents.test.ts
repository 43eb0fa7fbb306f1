/**
 * The document Pagefind indexes for an article (src/search-documents.ts), read back by an HTML
 * parser as Pagefind reads it: the editor's words arrive as text whatever characters they hold,
 * and the fingerprint that decides which index a publish writes again changes with the document.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/cache-files';
import type { Article } from '../../../src/content.config';
import { importWithCacheDir } from '../../helpers/cache-dir';

let searchDocument: typeof import('../../../src/search-documents').searchDocument;
let cacheDir: string;

beforeAll(async () => {
  let module: typeof import('../../../src/search-documents');
  ({ cacheDir, module } = await importWithCacheDir('liseuse-search-documents-', () => import('../../../src/search-documents')));
  ({ searchDocument } = module);
});

/** An article whose rendered HTML is `html`, kept where the build keeps it. */
async function article(html: string, data: Partial<Article['data']> = {}): Promise<Article> {
  const hash = sha256(html);
  await mkdir(join(cacheDir, 'liseuse-html'), { recursive: true });
  await writeFile(join(cacheDir, 'liseuse-html', `${hash}.html`), html);
  return {
    id: 'un-article',
    collection: 'articles',
    data: {
      title: 'Un titre',
      description: 'Un chapeau',
      pubDate: new Date('2023-09-13T08:30:00Z'),
      kind: 'news',
      section: 'Monde',
      tags: ['Russie'],
      source: { name: 'Éditeur', url: 'https://editeur.example/' },
      lang: 'fr',
      ...data,
    },
    rendered: { html: '', metadata: { liseuseHtmlSha256: hash } },
  } as unknown as Article;
}

const parse = (html: string) => new JSDOM(html).window.document;

describe('an article’s search document', () => {
  it('holds the editor’s words as text, however hostile, and the text as the page shows it', async () => {
    const hostile = 'Le <script>alert(1)</script> & "tout" </h1><img src=x onerror=alert(2)>';
    const document = parse(
      searchDocument(
        await article('<p>Le texte.</p>', {
          title: hostile,
          description: 'A <b>gras</b> & fin',
          section: 'Arts & "lettres"',
          tags: ['<i>Corée</i>', 'OTAN & UE'],
          source: { name: 'Éditeur "X" <y>', url: 'https://editeur.example/' },
        }),
      ).html(),
    );
    expect(document.querySelectorAll('script, img, b, i')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toBe(hostile);
    expect(document.querySelector('article > p')?.textContent).toBe('A <b>gras</b> & fin');
    expect(document.querySelector('article > p + p')?.textContent).toBe('Le texte.');
    expect(document.querySelector('[data-pagefind-meta=section]')?.textContent).toBe('Arts & "lettres"');
    expect(document.querySelector('[data-pagefind-meta=source]')?.textContent).toBe('Éditeur "X" <y>');
    expect([...document.querySelectorAll('[data-pagefind-filter=tag]')].map((tag) => tag.textContent)).toEqual([
      '<i>Corée</i>',
      'OTAN & UE',
    ]);
  });

  it('says what results show, filter and sort by, outside the searched words', async () => {
    const document = parse(searchDocument(await article('<p>Texte.</p>')).html());
    expect(document.documentElement.lang).toBe('fr');
    const facts = document.querySelector('[data-pagefind-ignore]')!;
    expect(facts.querySelector('time')?.getAttribute('datetime')).toBe('2023-09-13T10:30:00+02:00');
    expect(facts.querySelector('time')?.dataset.pagefindMeta).toBe('date[datetime]');
    expect(facts.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort')).toBe(
      'date:2023-09-13T08:30:00.000Z',
    );
    expect(facts.querySelector('[data-pagefind-filter=kind]')?.textContent).toBe('Actualité');
    expect(document.querySelector('[data-pagefind-body]')?.contains(facts)).toBe(true);
  });

  it('composes the searched text (NFC), leaves the facts as written, and keeps its tags whole', async () => {
    const document = parse(
      searchDocument(
        await article('<p>\u0338 et re\u0301forme</p><p>Fin.</p>', {
          title: 'E\u0301lection',
          description: 'De\u0301bat',
          section: 'E\u0301conomie',
        }),
      ).html(),
    );
    expect(document.querySelector('h1')?.textContent).toBe('Élection');
    expect(document.querySelector('h1 + p')?.textContent).toBe('Débat');
    // A combining solidus at the start of a text stays text, its paragraph whole.
    expect([...document.querySelectorAll('article > p')].map((p) => p.textContent)).toEqual([
      'Débat',
      '\u0338 et réforme',
      'Fin.',
    ]);
    // As the search form's sections are: a filter matches exactly.
    expect(document.querySelector('[data-pagefind-filter=section]')?.textContent).toBe('E\u0301conomie');
  });

  it('has a fingerprint that changes with the document and not otherwise, without the text in it', async () => {
    const fingerprint = async (html: string, data?: Partial<Article['data']>) =>
      searchDocument(await article(html, data)).fingerprint;
    const first = await fingerprint('<p>Un texte assez long.</p>');
    expect(await fingerprint('<p>Un texte assez long.</p>')).toBe(first);
    expect(await fingerprint('<p>Un texte corrigé.</p>')).not.toBe(first);
    expect(await fingerprint('<p>Un texte assez long.</p>', { title: 'Un autre titre' })).not.toBe(first);
    expect(await fingerprint('<p>Un texte assez long.</p>', { tags: ['Russie', 'OTAN'] })).not.toBe(first);
    expect(first).not.toContain('Un texte assez long');
  });
});
