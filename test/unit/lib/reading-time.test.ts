import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/lib/reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Bonjour', 1],
    ["l'Amour et aujourd'hui", 3],
    ['Poutine rencontre rarement des dirigeants étrangers : il a manqué', 9],
    ['des projectiles de 122 mm', 5],
    ['  espaces\n\ten   trop  ', 3],
    ['« » — !', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE + 1, 2],
    [633, 4],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
