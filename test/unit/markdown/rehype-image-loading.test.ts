import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeImageLoading } from '../../../src/markdown/rehype-image-loading';

describe('rehypeImageLoading', () => {
  it('makes images lazy and asynchronously decoded, and nothing else', async () => {
    const html = await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeImageLoading)
      .use(rehypeStringify)
      .process('<p><img src="/a.png" alt="A" loading="eager"> <a href="/">lien</a></p>');
    expect(String(html)).toBe('<p><img src="/a.png" alt="A" loading="lazy" decoding="async"> <a href="/">lien</a></p>');
  });
});
