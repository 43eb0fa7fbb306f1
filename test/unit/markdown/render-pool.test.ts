import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownOptions } from '../../../src/markdown/index';
import { parallelMarkdown } from '../../../src/markdown/render-pool';
import { WorkerPool } from '../../../src/worker-pool';
import { withoutBlockAnchors } from '../../helpers/markdown';

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
  // Every render on a worker thread, none on this one.
  const parallel = parallelMarkdown({ threads: 2, mainThread: 0 }).createRenderer(shared);
  const sentToThreads = vi.spyOn(WorkerPool.prototype, 'run');
  afterEach(() => sentToThreads.mockClear());

  it.each(readdirSync(fixtures))('renders %s exactly as the main thread does', async (name) => {
    const fileURL = new URL(`${name}/input.md`, fixtures);
    const content = await readFile(fileURL, 'utf8');
    const expected = await outcome(await inline, content, fileURL);
    expect(await outcome(await parallel, content, fileURL)).toEqual(expected);
    expect(sentToThreads).toHaveBeenCalledOnce();
  });

  it('fails an article with the same message, naming its file and line', async () => {
    const fileURL = new URL('file:///articles/broken.md');
    const content = 'Un texte\n\navec un caractère de contrôle \u0007 ici.';
    const expected = await outcome(await inline, content, fileURL);
    expect(expected).toHaveProperty('error', expect.stringContaining('broken.md') as unknown);
    expect(await outcome(await parallel, content, fileURL)).toEqual(expected);
    expect(sentToThreads).toHaveBeenCalledOnce();
  });

  it('renders the first articles here, and the next ones on the threads, each with its own result', async () => {
    const renderer = await parallelMarkdown({ threads: 2, mainThread: 10 }).createRenderer(shared);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => renderer.render(`Article numéro ${i}.`, { frontmatter: {} })),
    );
    expect(results.map(({ code }) => withoutBlockAnchors(code))).toEqual(
      Array.from({ length: 40 }, (_, i) => `<p>Article numéro ${i}.</p>`),
    );
    expect(sentToThreads).toHaveBeenCalledTimes(30);
  });

  it('renders a lone article here, past the first ones too', async () => {
    const renderer = await parallelMarkdown({ threads: 2, mainThread: 1 }).createRenderer(shared);
    await renderer.render('Premier.', { frontmatter: {} });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(withoutBlockAnchors((await renderer.render('Seul.', { frontmatter: {} })).code)).toBe('<p>Seul.</p>');
    expect(sentToThreads).not.toHaveBeenCalled();
  });

  it('renders on the main thread a pipeline an integration extended, which workers would not see', async () => {
    const processor = parallelMarkdown({ threads: 2, mainThread: 0 });
    const addWord = () => (tree: Root) => {
      tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'ajouté' }] });
    };
    processor.options.remarkPlugins.push(addWord);
    const { code } = await (await processor.createRenderer(shared)).render('Texte.');
    expect(withoutBlockAnchors(code)).toContain('<p>ajouté</p>');
    expect(sentToThreads).not.toHaveBeenCalled();
  });
});
