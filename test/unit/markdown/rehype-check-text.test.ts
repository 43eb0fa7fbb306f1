import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCheckText } from '../../../src/markdown/rehype-check-text';

/** Markdown through remark-rehype and rehype-raw, as the site's pipeline parses it, then the check. */
async function check(markdown: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeCheckText);
  const file = new VFile({ value: markdown, path: 'content/articles/x.md' });
  await processor.run(processor.parse(file), file);
}

describe('rehypeCheckText', () => {
  it('accepts text and attributes written with ordinary character references', async () => {
    await expect(
      check('Un « mot »&nbsp;: l&#8217;essai.\n\n<span title="t&#233;te">tête</span> <a href="/a&amp;b/">lien</a>'),
    ).resolves.toBeUndefined();
  });

  it.each([
    [
      'a control character in an attribute',
      'Premier.\n\n<span title="t&#8;t">mot</span>',
      3,
      1,
      'U+0008 in the title of <span>',
    ],
    ['a control character in raw HTML text', 'Premier.\n\n<p>cloche&#x7;</p>', 3, 4, 'U+0007 in the text'],
    ['a reference to nothing printable', 'Une cloche&#7;.', 1, 1, 'U+FFFD in the text'],
    ['a noncharacter in an attribute', '<p title="&#xFFFF;">Texte.</p>', 1, 1, 'U+FFFF in the title of <p>'],
  ])('refuses %s, with file, line and column', async (_, markdown, line, column, reason) => {
    const error = await check(markdown).catch((error: unknown) => error);
    expect(error).toMatchObject({ file: 'content/articles/x.md', line, column });
    expect((error as Error).message).toBe(
      `content/articles/x.md:${line}:${column}: character reference to ${reason}: delete it`,
    );
  });
});
