import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../../src/markdown/rehype-table-scroll';

const run = async (html: string) =>
  String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeTableScroll).use(rehypeStringify).process(html),
  );

describe('rehypeTableScroll', () => {
  it('names a single table “Tableau”', async () => {
    expect(await run('<table><tbody><tr><td>1</td></tr></tbody></table>')).toBe(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Tableau"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
  });

  it('puts each table in a numbered box the keyboard can scroll, and nothing else', async () => {
    expect(
      await run(
        '<p>Avant.</p><table><tbody><tr><td>1</td></tr></tbody></table><table><tbody><tr><td>2</td></tr></tbody></table>',
      ),
    ).toBe(
      '<p>Avant.</p>' +
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Tableau 1"><table><tbody><tr><td>1</td></tr></tbody></table></div>' +
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Tableau 2"><table><tbody><tr><td>2</td></tr></tbody></table></div>',
    );
  });
});
