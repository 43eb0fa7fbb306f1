import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  CARD_FAMILIES,
  CARD_WIDTH,
  cardDrawing,
  drawable,
  fontsourceRange,
  titleSize,
  undrawable,
  unicodeRangeTest,
  wrap,
  type CardFace,
  type CardText,
} from '../../../src/og/card';
import { palette } from '../../../src/styles/theme';

/** Every character half as wide as the font is tall: enough to test the layout without fonts. */
const measure = (text: string, { size }: CardFace) => [...text].length * size * 0.5;
const latin = unicodeRangeTest(['U+0000-00FF', 'U+2000-206F']);
const face: CardFace = { family: CARD_FAMILIES.serif, weight: 700, size: 10, letterSpacing: 0 };
const content = {
  siteName: 'liseuse',
  kicker: 'Opinion · Monde',
  title: '« Titre »',
  date: '1er mars 2026',
  source: 'Source : x',
};
const texts = (drawn: CardText[]) => drawn.map(({ text }) => text);

describe('the preview card', () => {
  it('shrinks long titles before they overflow', () => {
    const sizes = [20, 60, 90, 110, 300].map((length) => titleSize('a'.repeat(length)));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
  });

  it('shows the site, the kicker in capitals, the title, the date and the source', () => {
    expect(texts(cardDrawing(content, measure, latin).texts)).toEqual([
      'liseuse',
      'OPINION · MONDE',
      '« Titre »',
      '1er mars 2026',
      'Source : x',
    ]);
  });

  it("is drawn in the light theme's paper, accent, rule, ink and muted colours", () => {
    const { rects, texts: lines } = cardDrawing(content, measure, latin);
    const { bg, accent, rule, text, muted } = palette.light;
    expect(rects.map(({ color }) => color)).toEqual([bg, accent, rule]);
    expect(lines.map(({ color }) => color)).toEqual([text, accent, text, muted, muted]);
  });

  it('keeps every line inside the card', () => {
    const long = { ...content, kicker: 'Rubrique '.repeat(20), title: 'Mot '.repeat(200), source: 'S '.repeat(80) };
    for (const { text, x, align, face } of cardDrawing(long, measure, latin).texts) {
      const [left, right] = align === 'left' ? [x, x + measure(text, face)] : [x - measure(text, face), x];
      expect(left, text).toBeGreaterThanOrEqual(0);
      expect(right, text).toBeLessThanOrEqual(CARD_WIDTH);
    }
  });

  it('leaves out emoji and characters the fonts cannot draw, rather than printing boxes', () => {
    expect(drawable('Fête 🎉 finie 👍🏽', latin)).toBe('Fête finie');
    expect(drawable('Москва — Paris', latin)).toBe('— Paris');
  });

  it('composes accents typed apart (NFD), which the fonts draw only composed', () => {
    expect(drawable('E\u0301lection a\u0300 Gene\u0300ve', latin)).toBe('Élection à Genève');
  });

  it('names the characters it leaves out, for the build’s warning', () => {
    expect(undrawable('Москва 🎉 — Paris', latin)).toEqual(['М', 'о', 'с', 'к', 'в', 'а']);
    expect(undrawable('E\u0301lection\u202fà Genève', latin)).toEqual([]);
  });

  it('swaps narrow no-break spaces, missing from the fonts, for no-break spaces', () => {
    expect(drawable('«\u202fTitre\u202f»', latin)).toBe('«\u00a0Titre\u00a0»');
  });
});

describe('wrapping a title', () => {
  it('breaks at spaces, never inside a word, within the width', () => {
    // 10 px a character at size 20: 12 characters a line.
    const lines = wrap('un deux trois quatre cinq six', 120, 5, { ...face, size: 20 }, measure);
    expect(lines).toEqual(['un deux', 'trois quatre', 'cinq six']);
  });

  it('keeps words joined by a no-break space on one line', () => {
    expect(wrap('aaaa bbb\u00a0:', 45, 5, face, measure)).toEqual(['aaaa', 'bbb\u00a0:']);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrap('aa bb cc dd ee ff', 25, 2, face, measure);
    expect(lines).toEqual(['aa bb', 'cc d…']);
  });

  it('cuts a word wider than a line', () => {
    expect(wrap('abcdefghij', 25, 5, face, measure)).toEqual(['abcde', 'fghij']);
  });
});

describe('the fonts’ characters', () => {
  it('reads each subset’s unicode-range from the @fontsource stylesheet', async () => {
    const css = await readFile(
      new URL('../../../node_modules/@fontsource/source-sans-3/400.css', import.meta.url),
      'utf8',
    );
    const latinExt = unicodeRangeTest([fontsourceRange(css, 'source-sans-3-latin-ext-400-normal')]);
    expect(latinExt('ğ'.codePointAt(0)!)).toBe(true);
    expect(latinExt('Ж'.codePointAt(0)!)).toBe(false);
    expect(() => fontsourceRange(css, 'source-sans-3-klingon-400-normal')).toThrow(/klingon/);
  });

  it('draws Vietnamese names with the Vietnamese subset', async () => {
    const css = await readFile(
      new URL('../../../node_modules/@fontsource/source-sans-3/400.css', import.meta.url),
      'utf8',
    );
    const ranges = ['latin', 'latin-ext', 'vietnamese'].map((subset) =>
      fontsourceRange(css, `source-sans-3-${subset}-400-normal`),
    );
    expect(drawable('Hà Nội, Việt Nam', unicodeRangeTest(ranges))).toBe('Hà Nội, Việt Nam');
    expect(drawable('Hà Nội, Việt Nam', unicodeRangeTest(ranges.slice(0, 2)))).toBe('Hà Ni, Vit Nam');
  });
});
