import { describe, expect, it } from 'vitest';
import { kindLabels, languageName, readingTimeLabel, wordCountLabel } from '../../../src/lib/labels';

describe('labels', () => {
  it('names each kind of article in French', () => {
    expect(kindLabels).toEqual({ opinion: 'Opinion', news: 'Actualité', analysis: 'Analyse' });
  });

  it.each([
    ['fr', 'français'],
    ['en', 'anglais'],
    ['it', 'italien'],
  ])('names language %s "%s"', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });

  it('keeps numbers with their unit on one line', () => {
    expect(readingTimeLabel(4)).toBe('4\u00a0min de lecture');
    expect(wordCountLabel(1234)).toBe('1\u202f234\u00a0mots');
  });
});
