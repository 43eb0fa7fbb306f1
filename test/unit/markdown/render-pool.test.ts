import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/markdown/index';
import { parallelMarkdown } from '../../../src/markdown/render-pool';

const shared = { syntaxHighlight: false as const, image: { domains: [], remotePatterns: [] } };
const fixtures = new URL('../../fixtures/markdown/', import.meta.url);

/** What a render gives, its failure included, as data to compare. */
async function outcome(renderer: MarkdownRenderer, content: string, fileURL?: URL) {
  try {
    return await renderer.render(content, { frontmatter: { title: 'Titre' }, fileURL });
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('Markdown rendered on worker threads', () => {
  const inline = unified(markdownOptions).createRenderer(shared);
  const parallel = parallelMarkdown(2).createRenderer(shared);

  it.each(readdirSync(fixtures))('renders %s exactly as the main thread does', async (name) => {
    const fileURL = new URL(`${name}/input.md`, fixtures);
    const content = await readFile(fileURL, 'utf8');
    const expected = await outcome(await inline, content, fileURL);
    expect(await outcome(await parallel, content, fileURL)).toEqual(expected);
  });

  it('fails an article with the same message, naming its file and line', async () => {
    const fileURL = new URL('file:///articles/broken.md');
    const content = 'Un texte\n\navec un caractère de contrôle \u0007 ici.';
    const expected = await outcome(await inline, content, fileURL);
    expect(expected).toHaveProperty('error', expect.stringContaining('broken.md') as unknown);
    expect(await outcome(await parallel, content, fileURL)).toEqual(expected);
  });

  it('keeps rendering many articles at once, each with its own result', async () => {
    const renderer = await parallel;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => renderer.render(`Article numéro ${i}.`, { frontmatter: {} })),
    );
    expect(results.map(({ code }) => code)).toEqual(
      Array.from({ length: 40 }, (_, i) => `<p>Article numéro ${i}.</p>`),
    );
  });

  it('renders on the main thread a pipeline an integration extended, which workers would not see', async () => {
    const processor = parallelMarkdown(2);
    const addWord = () => (tree: Root) => {
      tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'ajouté' }] });
    };
    processor.options.remarkPlugins.push(addWord);
    const { code } = await (await processor.createRenderer(shared)).render('Texte.');
    expect(code).toContain('<p>ajouté</p>');
  });
});
