import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeFootnoteLinks } from '../../../src/markdown/rehype-footnote-links';

const run = async (html: string) =>
  String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeFootnoteLinks).use(rehypeStringify).process(html),
  );

describe('rehypeFootnoteLinks', () => {
  it('points a footnote’s call and its way back at the ids the sanitiser prefixed', async () => {
    expect(
      await run(
        '<a href="#fn-1" id="user-content-fnref-1" data-footnote-ref="">1</a>' +
          '<li id="user-content-fn-1"><a href="#fnref-1" data-footnote-backref="">↩</a></li>',
      ),
    ).toBe(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="">1</a>' +
        '<li id="user-content-fn-1"><a href="#user-content-fnref-1" data-footnote-backref="">↩</a></li>',
    );
  });

  it('follows a label with accents, percent-encoded in the id as in the link', async () => {
    expect(
      await run(
        '<a href="#fn-%C3%A9lys%C3%A9e" data-footnote-ref="">1</a><li id="user-content-fn-%C3%A9lys%C3%A9e"></li>',
      ),
    ).toBe(
      '<a href="#user-content-fn-%C3%A9lys%C3%A9e" data-footnote-ref="">1</a><li id="user-content-fn-%C3%A9lys%C3%A9e"></li>',
    );
  });

  it.each([
    [
      'an editor’s own link, which may be meant for a heading',
      '<a href="#contexte">x</a><span id="user-content-contexte">y</span>',
    ],
    ['a footnote link whose note is missing', '<a href="#fn-2" data-footnote-ref="">2</a>'],
  ])('leaves alone %s', async (_, html) => {
    expect(await run(html)).toBe(html);
  });
});
