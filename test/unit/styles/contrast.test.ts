/** Colour pairs of both themes (src/styles/theme.ts, which global.css's tokens equal) meet WCAG AA. */
import { describe, expect, it } from 'vitest';
import { palette, type ColorName } from '../../../src/styles/theme';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

// [foreground, background, minimum]: 4.5 for text, 3 for focus rings and rules that carry meaning.
const pairs: Array<[ColorName, ColorName, number]> = [
  ['text', 'bg', 4.5],
  ['dek', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['accent', 'bg', 4.5],
  ['link', 'bg', 4.5],
  ['text', 'panel', 4.5],
  ['muted', 'panel', 4.5],
  ['link', 'panel', 4.5],
  ['accent', 'panel', 4.5],
  ['focus', 'bg', 3],
];

describe.each(Object.entries(palette))('the %s theme', (_, colors) => {
  it('defines every colour the pairs use', () => {
    for (const [fg, bg] of pairs) expect(colors[fg] && colors[bg], `${fg}/${bg}`).toBeTruthy();
  });

  it.each(pairs)('%s on %s reaches %d:1', (fg, bg, minimum) => {
    expect(contrast(colors[fg], colors[bg])).toBeGreaterThanOrEqual(minimum);
  });
});

// Long-form reading gets more than the AA minimum: body text reaches AAA (7:1) in both themes.
it.each(Object.entries(palette))('sets body text at AAA contrast or better in the %s theme', (name, colors) => {
  const ratio = contrast(colors.text, colors.bg);
  console.log(`body text contrast, ${name}: ${ratio.toFixed(2)}:1`);
  expect(ratio).toBeGreaterThanOrEqual(7);
});
