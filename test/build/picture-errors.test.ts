/**
 * Bad pictures stop the build with the article file, the line and the picture, and nothing
 * outside the article's folder is ever read. Each case builds a one-article collection.
 */
import { describe, expect, it } from 'vitest';
import { articleFile, buildFixture, validArticle } from '../../tools/build';
import { bombPng, jpeg } from '../../tools/pictures';

const lead = (src: string) =>
  `${validArticle.frontmatter}\nimage:\n  src: ${src}\n  alt: "Des collines"\n  credit: "Jeanne Martin"`;
// In `articleFile`, the body starts on line 12.
const body = (picture: string) => articleFile(validArticle.frontmatter, `Un paragraphe.\n\n${picture}`);
const svgWithScript =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><script>alert(1)</script><rect width="10" height="10"/></svg>';

/** The files of the content folder, by path. */
type Files = Record<string, string | Uint8Array>;

const cases: Array<[string, () => Files | Promise<Files>, RegExp[]]> = [
  [
    'a body picture without alt text',
    async () => ({
      'a/index.md': body('![](./photo.jpg "Photo : Jeanne Martin")'),
      'a/photo.jpg': await jpeg(800, 600),
    }),
    [/a\/index\.md:14:1\b/, /the picture "\.\/photo\.jpg" has no alt text/],
  ],
  [
    'a body picture without credit',
    async () => ({
      'a/index.md': body('![Des collines](./photo.jpg "Une légende.")'),
      'a/photo.jpg': await jpeg(800, 600),
    }),
    [/a\/index\.md:14:1\b/, /the picture "\.\/photo\.jpg" has no credit: end its title with "Photo : Name"/],
  ],
  [
    'a body picture outside the content folder',
    () => ({ 'a/index.md': body('![Mots de passe](../../etc/passwd "Photo : X")') }),
    [/a\/index\.md:14:1\b/, /the picture "\.\.\/\.\.\/etc\/passwd" is outside the article's folder/],
  ],
  [
    'an SVG with a script',
    () => ({ 'a/index.md': body('![Un logo](./logo.svg "Photo : X")'), 'a/logo.svg': svgWithScript }),
    [/a\/index\.md:14:1\b/, /must be a JPEG, PNG, WebP or AVIF file .*SVG and other formats are refused/],
  ],
  [
    'a file that is not an image',
    () => ({ 'a/index.md': body('![Des collines](./photo.jpg "Photo : X")'), 'a/photo.jpg': 'pas une image' }),
    [/a\/index\.md:14:1\b/, /the picture "\.\/photo\.jpg" is not an image \(or is damaged\)/],
  ],
  [
    'a picture of 20,000 × 20,000 px',
    async () => ({
      'a/index.md': body('![Des collines](./bombe.png "Photo : X")'),
      'a/bombe.png': await bombPng(20_000, 20_000),
    }),
    [/a\/index\.md:14:1\b/, /is 20000 × 20000 px, more than 50 megapixels/],
  ],
  [
    'a lead picture outside the content folder',
    () => ({ 'a/index.md': articleFile(lead('../../etc/passwd')) }),
    [
      /articles → a\b/,
      /image\.src: expected a JPEG, PNG, WebP or AVIF file in the article's folder, written like "\.\/photo\.jpg"; got "\.\.\/\.\.\/etc\/passwd"/,
    ],
  ],
  [
    'a lead picture narrower than 1200 px',
    async () => ({ 'a/index.md': articleFile(lead('./une.jpg')), 'a/une.jpg': await jpeg(1000, 600) }),
    [
      /a\/index\.md:11:1\b/,
      /image\.src: the picture "\.\/une\.jpg" is 1000 px wide; a lead picture must be at least 1200 px wide/,
    ],
  ],
  [
    'a lead picture without credit',
    async () => ({
      'a/index.md': articleFile(`${validArticle.frontmatter}\nimage:\n  src: ./une.jpg\n  alt: "Des collines"`),
      'a/une.jpg': await jpeg(1600, 900),
    }),
    [/articles → a\b/, /image\.credit: is required/],
  ],
];

describe.each(cases)('%s', (_, files, messages) => {
  it('fails the build with a message naming the file, the line or field, and the picture', async () => {
    const { code, output } = await buildFixture(await files());
    expect(code).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  });
});
