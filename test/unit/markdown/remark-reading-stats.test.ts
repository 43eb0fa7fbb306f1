import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readingStatsOf, remarkReadingStats } from '../../../src/markdown/remark-reading-stats';
import { seedParagraphs } from '../../../tools/seed';

async function stats(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const processor = unified().use(remarkParse).use(remarkReadingStats);
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
  await processor.run(processor.parse(file), file);
  return file.data.astro?.frontmatter ?? {};
}

describe('remarkReadingStats', () => {
  it('counts the words of the text, not of the markup', async () => {
    expect(
      await stats('Un **mot** et [un lien](https://a.example/très/long/chemin) <span class="x">ici</span>.'),
    ).toMatchObject({
      words: 6,
      readingMinutes: 1,
    });
  });

  it('keeps the frontmatter it was given', async () => {
    expect(await stats('Bonjour.', { title: 'T' })).toEqual({ title: 'T', words: 1, readingMinutes: 1 });
  });

  it('gives the seed article four minutes of reading', async () => {
    const { words, readingMinutes } = readingStatsOf(await stats(seedParagraphs.join('\n\n')), 'seed.md');
    expect(words).toBeGreaterThan(600);
    expect(words).toBeLessThan(660);
    expect(readingMinutes).toBe(4);
  });
});

describe('readingStatsOf', () => {
  it('fails loudly, naming the article, when the plugin did not run', () => {
    expect(() => readingStatsOf({ title: 'T' }, 'content/articles/a.md')).toThrow(
      /^content\/articles\/a\.md: .*remarkReadingStats did not run/,
    );
  });

  it('fails loudly when the entry was not rendered', () => {
    expect(() => readingStatsOf(undefined, 'content/articles/a.md')).toThrow(/remarkReadingStats did not run/);
  });
});
