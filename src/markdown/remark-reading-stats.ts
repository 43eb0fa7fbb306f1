import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords, readingMinutes } from '../lib/reading-time.ts';

/** What the plugin adds to the article's `remarkPluginFrontmatter`. */
export interface ReadingStats {
  words: number;
  readingMinutes: number;
}

/** Count the words of the article's text (not its markup) and the minutes needed to read them. */
export function remarkReadingStats() {
  return (tree: Root, file: VFile) => {
    const words = countWords(toString(tree, { includeHtml: false }));
    const stats: ReadingStats = { words, readingMinutes: readingMinutes(words) };
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, ...stats };
  };
}

/**
 * Read the stats back from a rendered entry's frontmatter (`entry.rendered.metadata.frontmatter`,
 * which Astro's generated types leave `unknown`), failing loudly if they are missing: `file` names
 * the article in the message.
 */
export function readingStatsOf(frontmatter: unknown, file: string): ReadingStats {
  const { words, readingMinutes } = (frontmatter ?? {}) as Partial<Record<keyof ReadingStats, unknown>>;
  if (typeof words !== 'number' || typeof readingMinutes !== 'number') {
    throw new Error(
      `${file}: no reading stats: remarkReadingStats did not run (is it in src/markdown/index.ts?), or the entry was not rendered`,
    );
  }
  return { words, readingMinutes };
}
