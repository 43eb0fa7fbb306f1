/** Word counts and reading times, the figures shown in an article's meta line. */

/**
 * Words a reader reads in a minute. French on a screen is read at about 200 words a minute;
 * the figure is rounded up, so a reader never finds an article longer than announced.
 */
export const WORDS_PER_MINUTE = 200;

/** Count words the way a word processor does: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes needed to read `words` words; at least one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
