import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import {
  formatRemovals,
  rehypeSanitizeReport,
  warnOrFail,
  type Removal,
} from '../../../src/markdown/rehype-sanitize-report';
import { sanitizeSchema } from '../../../src/markdown/sanitize-schema';

async function run(html: string, strict?: boolean) {
  const removals: Removal[] = [];
  const file = new VFile({ value: html, path: 'content/articles/x.md' });
  const onRemovals = strict === undefined ? (found: Removal[]) => removals.push(...found) : warnOrFail(strict);
  const result = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeSanitizeReport, { schema: sanitizeSchema, onRemovals })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), removals, warnings: removals.length ? [formatRemovals(removals)] : [] };
}

describe('rehypeSanitizeReport', () => {
  it('says nothing when nothing is removed', async () => {
    expect((await run('<p>Un <em>mot</em> et un <a href="https://a.example/">lien</a>.</p>')).warnings).toEqual([]);
  });

  it('tells apart elements that start at the same place', async () => {
    expect(
      (await run('<p><em>Mot</em> en tête, <a href="https://a.example/"><strong>lien</strong></a>.</p>')).warnings,
    ).toEqual([]);
    expect((await run('<p><script>x</script> puis du texte.</p>')).warnings[0]).toContain('removes <script>');
  });

  it('hands over each removed element and attribute with file, line and column', async () => {
    const { removals } = await run(
      '<p>Avant</p>\n<script>alert(1)</script>\n<p onclick="x()">Texte <iframe src="https://a.example/"></iframe></p>',
    );
    expect(removals).toEqual([
      { file: 'content/articles/x.md', line: 2, column: 1, what: '<script>' },
      { file: 'content/articles/x.md', line: 3, column: 1, what: 'onclick on <p>' },
      { file: 'content/articles/x.md', line: 3, column: 24, what: '<iframe>' },
    ]);
  });

  it('words them for the editor, one line each', async () => {
    const { warnings, html } = await run(
      '<p>Avant</p>\n<script>alert(1)</script>\n<p onclick="x()">Texte <iframe src="https://a.example/"></iframe></p>',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('content/articles/x.md:2:1: the sanitiser removes <script>');
    expect(warnings[0]).toContain('content/articles/x.md:3:1: the sanitiser removes onclick on <p>');
    expect(warnings[0]).toContain('content/articles/x.md:3:24: the sanitiser removes <iframe>');
    expect(html).toBe('<p>Avant</p>\n\n<p>Texte </p>');
  });

  it('reports a javascript: link as a removed href', async () => {
    const { warnings } = await run('<a href="javascript:alert(1)">x</a>');
    expect(warnings[0]).toContain('x.md:1:1: the sanitiser removes href on <a>');
  });

  it('reports an outer element once, not each of its children', async () => {
    const { warnings } = await run('<form><input name="a"><button>ok</button></form>');
    expect(warnings[0]!.match(/removes/g)).toHaveLength(1);
  });

  it('fails instead of warning in strict mode', async () => {
    await expect(run('<p>ok</p><style>p{}</style>', true)).rejects.toThrow(
      /LISEUSE_STRICT=1[\s\S]*x\.md:1:10: the sanitiser removes <style>/,
    );
  });

  it('warns and publishes the sanitised text when not strict', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { html } = await run('<p>ok</p><style>p{}</style>', false);
    expect(html).toBe('<p>ok</p>');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('x.md:1:10: the sanitiser removes <style>'));
    warn.mockRestore();
  });

  it('leaves the tree for rehype-sanitize, which removes the same things', async () => {
    const { html } = await run('<p>a<script>b</script><img src="data:x" onerror="c"></p>');
    expect(html).toBe('<p>a<img></p>');
  });
});
