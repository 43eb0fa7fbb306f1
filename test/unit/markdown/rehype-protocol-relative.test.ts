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
    // The URL parser drops tabs and newlines anywhere, and control characters at the start.
    ['<a href="/&#9;/evil.example/tab">x</a>', '<a href="https://evil.example/tab">x</a>'],
    ['<a href="/&#10;/evil.example/nl">x</a>', '<a href="https://evil.example/nl">x</a>'],
    ['<a href="&#1;//evil.example/ctl">x</a>', '<a href="https://evil.example/ctl">x</a>'],
    ['<a href="/&#13;\\evil.example/cr">x</a>', '<a href="https://evil.example/cr">x</a>'],
    ['<img src="/&#9;/evil.example/pixel.gif">', '<img src="https://evil.example/pixel.gif">'],
    ['<q cite="/&#9;/evil.example/c"></q>', '<q cite="https://evil.example/c"></q>'],
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

  it('writes a URL without the tabs and newlines the browser would drop', async () => {
    expect(await run('<a href=" /art&#9;icles/x/&#10; ">x</a>')).toBe('<a href="/articles/x/">x</a>');
  });
});
