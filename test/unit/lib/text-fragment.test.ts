import { describe, expect, it } from 'vitest';
import { passageIn, passageUrl, textDirective } from '../../../src/lib/text-fragment';

const paragraph = 'Le 13 septembre, dans la région de l’Amour\u202f: une rencontre-clé, la première en 4\u00a0ans.';
const at = (quote: string) => {
  const start = paragraph.indexOf(quote);
  return passageIn(paragraph, start, start + quote.length);
};

describe('passageIn', () => {
  it('widens a selection to whole words, which is all a text fragment can match', () => {
    expect(at('ptembre, dans la rég')).toEqual({
      parts: ['septembre, dans la région'],
      before: 'Le 13',
      after: 'de l’Amour\u202f: une rencontre-clé, la première en 4\u00a0ans.',
    });
  });

  it('writes the source’s line breaks as the spaces the page shows, and keeps non-breaking ones', () => {
    expect(passageIn('un mot\n  puis\tun autre 4\u00a0ans', 3, 17).parts).toEqual(['mot puis un autre']);
    expect(passageIn('en 4\u00a0ans', 3, 9).parts).toEqual(['4\u00a0ans']);
  });
});

describe('textDirective', () => {
  it('quotes a short passage whole, between three words of context, every separator encoded', () => {
    expect(textDirective(at('rencontre-clé, la'))).toBe(
      'text=l%E2%80%99Amour%E2%80%AF%3A%20une-,rencontre%2Dcl%C3%A9%2C%20la,-premi%C3%A8re%20en%204',
    );
  });

  it('gives a long passage by its first and last four words, so the link stays short', () => {
    expect(textDirective(at('septembre, dans la région de l’Amour\u202f: une rencontre-clé, la première'))).toBe(
      'text=Le%2013-,septembre%2C%20dans%20la%20r%C3%A9gion,une%20rencontre%2Dcl%C3%A9%2C%20la%20premi%C3%A8re,-en%204%C2%A0ans.',
    );
  });

  it('spans paragraphs with a start in the first and an end in the last', () => {
    expect(textDirective({ parts: ['fin du premier', 'début du second'], before: '', after: 'et la suite' })).toBe(
      'text=fin%20du%20premier,d%C3%A9but%20du%20second,-et%20la%20suite',
    );
  });

  it('has nothing to say about an empty passage', () => {
    expect(textDirective({ parts: [''], before: 'a', after: 'b' })).toBe('');
  });
});

describe('passageUrl', () => {
  it('links the page’s address, without its own fragment, to the paragraph and the passage', () => {
    expect(passageUrl('https://liseuse.example/articles/a/#ancien', 'le-13-septembre', at('Le 13'))).toBe(
      'https://liseuse.example/articles/a/#le-13-septembre:~:text=Le%2013,-septembre%2C%20dans%20la',
    );
  });
});
