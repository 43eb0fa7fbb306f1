import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeInPageLinks } from '../../../src/markdown/rehype-in-page-links';

const run = async (html: string) =>
  String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeInPageLinks).use(rehypeStringify).process(html),
  );

describe('rehypeInPageLinks', () => {
  it('points a link at the id the sanitiser prefixed', async () => {
    expect(await run('<a href="#note">1</a><p id="user-content-note">Note.</p>')).toBe(
      '<a href="#user-content-note">1</a><p id="user-content-note">Note.</p>',
    );
  });

  it('decodes the target as the browser does', async () => {
    expect(await run('<a href="#l%C3%A0">x</a><p id="user-content-là">y</p>')).toBe(
      '<a href="#user-content-là">x</a><p id="user-content-là">y</p>',
    );
  });

  it.each([
    ['a target that exists unprefixed', '<a href="#ancre">x</a><p id="ancre">y</p><p id="user-content-ancre">z</p>'],
    ['a target that exists nowhere', '<a href="#ailleurs">x</a>'],
    ['a link to another page', '<a href="/note/#x">x</a><p id="user-content-x">y</p>'],
    ['a malformed escape', '<a href="#%E0%A4%A">x</a>'],
  ])('leaves alone %s', async (_, html) => {
    expect(await run(html)).toBe(html);
  });
});
