/** A 2 MB article builds into a complete, correct page: nothing is cut. */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, validArticle, type FixtureBuild } from '../../tools/build';
import { readPage, visibleText } from '../helpers/html';

const paragraph = (n: number) =>
  `Paragraphe ${n}. ${'La guerre d’usure continue, et les livraisons de munitions aussi. '.repeat(15)}`;
const paragraphs = Array.from({ length: 2100 }, (_, n) => paragraph(n + 1));
const body = paragraphs.join('\n\n');

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture({ 'long.md': articleFile(validArticle.frontmatter, body) });
  if (build.code !== 0) throw new Error(build.output);
});

describe('a 2 MB article', () => {
  it('is published whole, with its reading time', async () => {
    expect(Buffer.byteLength(body)).toBeGreaterThan(2_000_000);
    const page = await readPage('/articles/long/', build.outDir);
    const rendered = page.querySelectorAll('.article-body > p');
    expect(rendered).toHaveLength(paragraphs.length);
    expect(visibleText(rendered[rendered.length - 1])).toMatch(/^Paragraphe 2100\./);
    expect(visibleText(page.querySelector('.article-meta'))).toMatch(/\d{3}\u00a0min de lecture/);
  });
});
