import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCheckText } from '../../../src/markdown/remark-check-text';

async function check(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCheckText);
  const file = new VFile({ value: markdown, path: 'content/articles/x.md' });
  await processor.run(processor.parse(file), file);
}

describe('remarkCheckText', () => {
  it('accepts ordinary text, tabs and Windows line endings', async () => {
    await expect(check('Un paragraphe.\r\n\r\n\tUn autre « ici ».')).resolves.toBeUndefined();
  });

  it.each([
    ['text decoded from another encoding', 'Premier.\n\nCaf\ufffd crème.', 3, 4, 'the file is not valid UTF-8'],
    ['a control character', 'Une cloche\u0007.', 1, 11, 'control character U+0007'],
    ['a C1 control character', 'Texte\u0085 collé.', 1, 6, 'control character U+0085'],
    ['an empty body', '\n\n', 1, 1, 'the article has no text'],
  ])('refuses %s, with file, line and column', async (_, markdown, line, column, reason) => {
    const error = await check(markdown).catch((error: unknown) => error);
    expect(error).toMatchObject({ file: 'content/articles/x.md', line, column });
    // The message itself starts with file:line:col, as editors' tools link it.
    expect((error as Error).message.startsWith(`content/articles/x.md:${line}:${column}: ${reason}`)).toBe(true);
  });
});
