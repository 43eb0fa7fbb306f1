import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { remarkLocalImages } from '../../../src/markdown/remark-local-images';

let articles: string;
beforeAll(async () => {
  articles = join(await mkdtemp(join(tmpdir(), 'liseuse-images-')), 'articles');
  await mkdir(join(articles, 'media'), { recursive: true });
  await writeFile(join(articles, 'media', 'port du havre.png'), 'not checked here');
});

async function check(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkLocalImages);
  const file = new VFile({ value: markdown, path: join(articles, 'x.md') });
  await processor.run(processor.parse(file), file);
}

describe('remarkLocalImages', () => {
  it.each([
    ['a picture beside the article', '![Le port](media/port%20du%20havre.png)'],
    ['a reference-style picture', '![Le port][p]\n\n[p]: ./media/port%20du%20havre.png'],
    ['a picture from the site', '![Logo](/icon-512.png)'],
    ['a remote picture, which the sanitiser removes later', '![x](https://exemple.info/x.png)'],
    ['a link definition to a page', '[lien][l]\n\n[l]: ../autre-article/'],
  ])('accepts %s', async (_, markdown) => {
    await expect(check(markdown)).resolves.toBeUndefined();
  });

  it.each([
    ['a missing picture', 'Texte.\n\n![Le port](./absent.png)', 3, 1, 'the picture "./absent.png" does not exist'],
    ['a path out of the folder', '![x](../../../../etc/passwd)', 1, 1, 'is outside the article’s folder'],
    ['a folder', '![x](media)', 1, 1, 'does not exist'],
  ])('refuses %s, naming the article, line and column', async (_, markdown, line, column, reason) => {
    const error = await check(markdown).catch((error: unknown) => error as Error);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toMatch(new RegExp(`x\\.md:${line}:${column}: .*${reason}`));
  });
});
