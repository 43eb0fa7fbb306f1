import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePictureTitle } from '../../../src/markdown/remark-pictures';
import { renderMarkdown, withoutBlockAnchors } from '../../helpers/markdown';
import { jpeg } from '../../../tools/pictures';
import { makeTempDir } from '../../../tools/temp-dir';

describe('parsePictureTitle', () => {
  it.each([
    ['Une légende. Photo : Jeanne Martin / AFP', { caption: 'Une légende.', credit: 'Jeanne Martin / AFP' }],
    ['Photo : Jeanne Martin', { caption: undefined, credit: 'Jeanne Martin' }],
    ['Photo: Jeanne Martin', { caption: undefined, credit: 'Jeanne Martin' }],
    ['La photo : un symbole. Photo : X', { caption: 'La photo : un symbole.', credit: 'X' }],
    ['Une légende sans crédit', { caption: 'Une légende sans crédit' }],
    ['Photo :', { caption: 'Photo :' }],
    ['', { caption: undefined }],
    [null, { caption: undefined }],
  ])('reads %j', (title, expected) => {
    expect(parsePictureTitle(title)).toEqual(expected);
  });
});

describe('remarkPictures', () => {
  async function render(markdown: string) {
    const dir = await makeTempDir('liseuse-pictures-');
    await writeFile(join(dir, 'photo.jpg'), await jpeg(800, 600));
    await mkdir(join(dir, 'media'));
    await writeFile(join(dir, 'index.md'), markdown);
    const { html, ...rest } = await renderMarkdown(markdown, {}, join(dir, 'index.md'));
    return { html: withoutBlockAnchors(html), ...rest };
  }

  it('makes a figure with the caption and the credit', async () => {
    const { html } = await render('![Des collines](./photo.jpg "Au loin. Photo : Jeanne Martin")');
    expect(html).toMatch(
      /^<figure><picture><source type="image\/avif" __ASTRO_IMAGE_="[^"]+"><img __ASTRO_IMAGE_="[^"]+"><\/picture>/,
    );
    expect(html).toContain('<figcaption>Au loin. <small>Photo\u00a0: Jeanne Martin</small></figcaption></figure>');
  });

  it('leaves remote, data: and site-absolute images to the sanitiser, which removes remote ones', async () => {
    const { html, removals } = await render(
      '![a](https://exemple.info/a.jpg)\n\n![b](//exemple.info/b.gif)\n\n![c](data:image/png;base64,AAAA)\n\n![d](/d.png)',
    );
    expect(html).toBe(
      [
        '<p><img alt="a" loading="lazy" decoding="async"></p>',
        '<p><img alt="b" loading="lazy" decoding="async"></p>',
        '<p><img alt="c" loading="lazy" decoding="async"></p>',
        '<p><img src="/d.png" alt="d" loading="lazy" decoding="async"></p>',
      ].join('\n'),
    );
    expect(removals.map(({ line, what }) => `${line}: ${what}`)).toEqual([
      '1: src on <img>',
      '3: src on <img>',
      '5: src on <img>',
    ]);
  });

  it.each([
    ['no alt text', 'Texte.\n\n![](./photo.jpg "Photo : X")', '3:1', /has no alt text/],
    ['no credit', '![Des collines](./photo.jpg "Au loin.")', '1:1', /has no credit/],
    [
      'a picture inside a sentence',
      'Voici ![Des collines](./photo.jpg "Photo : X") en ligne.',
      '1:7',
      /must stand alone/,
    ],
    [
      'a reference-style picture',
      '![Des collines][p]\n\n[p]: ./photo.jpg',
      '1:1',
      /write the picture "Des collines" inline/,
    ],
    ['a missing file', '![Des collines](./absente.jpg "Photo : X")', '1:1', /does not exist/],
    // The file is judged before the alt text and credit: the first thing to fix.
    [
      'a missing file after a paragraph, even without credit',
      'Texte.\n\n![Le port](./absent.png)',
      '3:1',
      /the picture "\.\/absent\.png" does not exist beside the article/,
    ],
    [
      'a path out of the folder, without reading it',
      '![x](../../../../etc/passwd)',
      '1:1',
      /the picture "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" is outside the article's folder/,
    ],
    ['a folder', '![x](./media "Photo : X")', '1:1', /the picture "\.\/media" must be a JPEG, PNG, WebP or AVIF file/],
  ])('refuses %s, with the line and column', async (_, markdown, place, message) => {
    const error = await render(markdown).catch((error: unknown) => error);
    expect(String(error)).toMatch(message);
    expect(String(error)).toContain(`index.md:${place}`);
    const [line, column] = place.split(':').map(Number);
    expect(error).toMatchObject({ line, column });
  });

  it('leaves links and their definitions alone: they are not pictures', async () => {
    const { html } = await render('[lien][l] et [rapport][r].\n\n[l]: ../autre-article/\n[r]: ./rapport.pdf');
    expect(html).toContain('<a href="../autre-article/">lien</a>');
    expect(html).toContain('<a href="./rapport.pdf">rapport</a>');
  });
});
