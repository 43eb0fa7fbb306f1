/**
 * The whole Markdown pipeline, exactly as the site runs it, on one folder per case:
 * test/fixtures/markdown/<case>/input.md (+ frontmatter.json) → output.html.
 * Run with UPDATE=1 to rewrite the expected outputs, then read the diff before committing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import rehypeSanitize from 'rehype-sanitize';
import { markdownOptions } from '../../../src/markdown/index';
import { rehypeBlockAnchors } from '../../../src/markdown/rehype-block-anchors';
import { rehypeFootnoteLinks } from '../../../src/markdown/rehype-footnote-links';
import { rehypePictures } from '../../../src/markdown/rehype-pictures';
import { rehypeTableScroll } from '../../../src/markdown/rehype-table-scroll';
import { renderMarkdown, withoutBlockAnchors } from '../../helpers/markdown';

const fixtures = new URL('../../fixtures/markdown/', import.meta.url);
const cases = readdirSync(fixtures);

describe('markdown fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const dir = new URL(`${name}/`, fixtures);
    const input = await readFile(new URL('input.md', dir), 'utf8');
    const frontmatterFile = new URL('frontmatter.json', dir);
    const frontmatter = existsSync(frontmatterFile)
      ? (JSON.parse(await readFile(frontmatterFile, 'utf8')) as Record<string, unknown>)
      : {};
    // The fixture's own path: pictures are looked up beside it, as beside an article.
    const { html } = await renderMarkdown(input, frontmatter, fileURLToPath(new URL('input.md', dir)));
    const expectedFile = new URL('output.html', dir);
    if (process.env.UPDATE || !existsSync(expectedFile)) await writeFile(expectedFile, `${html}\n`);
    expect(`${html}\n`).toBe(await readFile(expectedFile, 'utf8'));
  });
});

describe('pipeline order', () => {
  it('sanitises last among liseuse’s rehype plugins, but for those adding only liseuse’s own markup', () => {
    const [sanitizer, ...after] = markdownOptions.rehypePlugins.slice(-5);
    expect(Array.isArray(sanitizer) ? sanitizer[0] : sanitizer).toBe(rehypeSanitize);
    expect(after).toEqual([rehypeFootnoteLinks, rehypeTableScroll, rehypePictures, rehypeBlockAnchors]);
  });

  it('parses raw HTML before sanitising, so allowed elements survive and forbidden ones go', async () => {
    const { html } = await renderMarkdown('Un <em>mot</em> et <script>alert(1)</script> fin.');
    expect(withoutBlockAnchors(html)).toBe('<p>Un <em>mot</em> et  fin.</p>');
  });

  it('never lets a script through, whatever the casing or encoding', async () => {
    for (const payload of [
      '<SCRIPT>alert(1)</SCRIPT>',
      '<img src=x onerror=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '[x](&#106;avascript:alert(1))',
      '<a href="&#x6A;avascript:alert(1)">x</a>',
    ]) {
      const { html } = await renderMarkdown(payload);
      expect(html).not.toMatch(/<script|onerror|javascript:/i);
    }
  });
});
