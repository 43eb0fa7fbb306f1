import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBlockAnchors } from '../../../src/markdown/rehype-block-anchors';
import { parseHtml } from '../../helpers/html';

const render = async (html: string) =>
  String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeBlockAnchors).use(rehypeStringify).process(html),
  );

const ids = async (html: string) => [...parseHtml(await render(html)).querySelectorAll('[id]')].map((el) => el.id);

describe('rehypeBlockAnchors', () => {
  it('names a paragraph by its first six words, folded to ASCII, and links to it without text', async () => {
    expect(await render('<p>La Corée du Nord, soumise à des sanctions strictes, n’a pas accès.</p>')).toBe(
      '<p id="la-coree-du-nord-soumise-a">La Corée du Nord, soumise à des sanctions strictes, n’a pas accès.' +
        '<a class="share-anchor" href="#la-coree-du-nord-soumise-a" aria-label="Lien vers ce paragraphe"></a></p>',
    );
  });

  it('never takes an id of the page around the article (the skip link’s target, its sections’ names)', async () => {
    expect(await ids('<h2>Contenu</h2><p>Source title</p><p>Tags title : la suite.</p><p>Share title</p>')).toEqual([
      'contenu-2',
      'source-title-2',
      'tags-title-la-suite',
      'share-title-2',
    ]);
  });

  it('puts a heading’s link beside it, so the heading’s accessible name stays its text', async () => {
    expect(await render('<h2>Une menace mondiale</h2>')).toBe(
      '<div class="heading-anchor"><h2 id="une-menace-mondiale">Une menace mondiale</h2>' +
        '<a class="share-anchor" href="#une-menace-mondiale" aria-label="Lien vers cette section"></a></div>',
    );
  });

  it('names a figure by its caption, else its alt text, and puts its link before the caption, which must stay last', async () => {
    const html = await render(
      '<figure><img src="a.jpg" alt="Un lanceur"><figcaption>Le cosmodrome de Vostochny</figcaption></figure>' +
        '<figure><img src="b.jpg" alt="Un lanceur sur son pas de tir"></figure>',
    );
    const figures = parseHtml(html).querySelectorAll('figure');
    expect([...figures].map((figure) => figure.id)).toEqual([
      'figure-le-cosmodrome-de-vostochny',
      'figure-un-lanceur-sur-son-pas-de',
    ]);
    expect(figures[0]!.lastElementChild!.previousElementSibling!.outerHTML).toBe(
      '<a class="share-anchor" href="#figure-le-cosmodrome-de-vostochny" aria-label="Lien vers cette illustration"></a>',
    );
    expect(figures[0]!.lastElementChild!.tagName).toBe('FIGCAPTION');
  });

  it('keeps every other address when one paragraph is rewritten or a new one is inserted', async () => {
    const before = ['Premier paragraphe du texte.', 'Deuxième paragraphe du texte, avant sa corection.', 'Troisième.'];
    const after = [before[0], 'Un paragraphe ajouté.', 'Deuxième paragraphe, récrit après correction.', before[2]];
    const idsBefore = await ids(before.map((text) => `<p>${text}</p>`).join(''));
    const idsAfter = await ids(after.map((text) => `<p>${text}</p>`).join(''));
    expect(idsAfter).toContain(idsBefore[0]);
    expect(idsAfter).toContain(idsBefore[2]);
    // A correction past the first six words keeps even that paragraph's address.
    expect(await ids('<p>Deuxième paragraphe du texte, avant sa correction.</p>')).toEqual([idsBefore[1]]);
  });

  it('never gives two blocks one id, nor takes an id the editor or a heading already has', async () => {
    expect(
      await ids(
        '<p id="user-content-note">Note.</p><h2>Même début</h2><p>Même début</p><p>Même début</p><p>🙂</p><p>🙂</p>',
      ),
    ).toEqual(['user-content-note', 'meme-debut', 'meme-debut-2', 'meme-debut-3', 'paragraphe', 'paragraphe-2']);
  });

  it('leaves footnotes, which have their own anchors, as they are', async () => {
    const footnotes =
      '<section data-footnotes="" class="footnotes"><ol><li id="user-content-fn-1"><p>Note.</p></li></ol></section>';
    expect(await render(footnotes)).toBe(footnotes);
  });
});
