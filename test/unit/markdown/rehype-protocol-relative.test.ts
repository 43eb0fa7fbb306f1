import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeProtocolRelative } from '../../../src/markdown/rehype-protocol-relative';

const run = async (html: string) =>
  String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeProtocolRelative).use(rehypeStringify).process(html),
  );

describe('rehypeProtocolRelative', () => {
  it.each([
    ['<img src="//evil.example/x.png">', '<img src="https://evil.example/x.png">'],
    ['<a href="//a.example/p">x</a>', '<a href="https://a.example/p">x</a>'],
    ['<img src=" \\\\evil.example/x.png">', '<img src="https://evil.example/x.png">'],
    ['<blockquote cite="//a.example/"></blockquote>', '<blockquote cite="https://a.example/"></blockquote>'],
  ])('gives %s a scheme', async (input, output) => {
    expect(await run(input)).toBe(output);
  });

  it.each([
    '<img src="/x.png">',
    '<a href="https://a.example/">x</a>',
    '<a href="#note">x</a>',
    '<a href="page/">x</a>',
  ])('leaves %s alone', async (html) => {
    expect(await run(html)).toBe(html);
  });
});
