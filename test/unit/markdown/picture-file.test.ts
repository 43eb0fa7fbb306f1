import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPictureFile, LEAD_MIN_WIDTH } from '../../../src/markdown/picture-file';
import { bombPng, jpeg, png } from '../../../tools/pictures';
import { makeTempDir } from '../../../tools/temp-dir';

let article: string;
beforeAll(async () => {
  const root = await makeTempDir('liseuse-picture-file-');
  const folder = join(root, 'articles', 'a');
  await mkdir(folder, { recursive: true });
  article = join(folder, 'index.md');
  await writeFile(join(root, 'secret.jpg'), await jpeg(1600, 900));
  await writeFile(join(folder, 'photo.jpg'), await jpeg(1600, 900));
  await writeFile(join(folder, 'petite.png'), await png(800, 600));
  await writeFile(join(folder, 'texte.jpg'), 'pas une image');
  await writeFile(join(folder, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await writeFile(
    join(folder, 'gif.jpg'),
    await sharp(await png(20, 20))
      .gif()
      .toBuffer(),
  );
  await writeFile(join(folder, 'bombe.png'), await bombPng(20_000, 20_000));
  await symlink(join(root, 'secret.jpg'), join(folder, 'lien.jpg'));
  await mkdir(join(folder, 'media', 'dossier.jpg'), { recursive: true });
  await writeFile(join(folder, 'media', 'port du havre.jpg'), await jpeg(1600, 900));
});

describe('checkPictureFile', () => {
  it('accepts a picture beside the article, and gives its size', async () => {
    expect(await checkPictureFile('./photo.jpg', article)).toEqual({
      path: join(article, '..', 'photo.jpg'),
      width: 1600,
      height: 900,
    });
  });

  it('accepts a picture in a subfolder, its name URL-encoded as Markdown writes spaces', async () => {
    expect(await checkPictureFile('./media/port%20du%20havre.jpg', article)).toEqual({
      path: join(article, '..', 'media', 'port du havre.jpg'),
      width: 1600,
      height: 900,
    });
  });

  it.each([
    ['../../secret.jpg', /the picture "\.\.\/\.\.\/secret\.jpg" is outside the article's folder/],
    ['../../../../../../etc/passwd', /is outside the article's folder: keep pictures beside the article/],
    ['/etc/passwd', /is outside the article's folder/],
    ['photo.jpg', /must be a file in the article's folder, written like "\.\/photo\.jpg"/],
    ['https://exemple.info/photo.jpg', /is not a local file: copy it beside the article \(no hotlinking\)/],
    ['//exemple.info/photo.jpg', /is not a local file/],
    ['./logo.svg', /must be a JPEG, PNG, WebP or AVIF file .*SVG and other formats are refused/],
    ['./absente.jpg', /the picture "\.\/absente\.jpg" does not exist beside the article/],
    ['./media/dossier.jpg', /the picture "\.\/media\/dossier\.jpg" is not an image/],
    ['./lien.jpg', /links to a file outside the article's folder/],
    ['./texte.jpg', /is not an image \(or is damaged\)/],
    ['./gif.jpg', /is gif inside: save it as JPEG, PNG, WebP or AVIF/],
    ['./bombe.png', /is 20000 × 20000 px, more than 50 megapixels: resize it/],
  ])('refuses %s, reading nothing outside the folder', async (src, problem) => {
    const result = await checkPictureFile(src, article);
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(problem);
  });

  it('asks a lead picture for 1200 px of width', async () => {
    const result = await checkPictureFile('./petite.png', article, { minWidth: LEAD_MIN_WIDTH });
    expect(result).toEqual({
      problem:
        'the picture "./petite.png" is 800 px wide; a lead picture must be at least 1200 px wide for link previews',
    });
  });
});
