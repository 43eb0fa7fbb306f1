import { readFile } from 'node:fs/promises';
import { CARD_FAMILIES, fontsourceRange } from '../../src/og/card';
import type { CardFont } from '../../src/og/card-fonts';

const fontsource = (path: string) => new URL(`../../node_modules/@fontsource/${path}`, import.meta.url);

/** The card's three faces in their Latin and Latin Extended subsets, as the build's Vite imports read them. */
export async function cardFonts(): Promise<CardFont[]> {
  const css = await readFile(fontsource('source-sans-3/400.css'), 'utf8');
  const font = async (
    family: CardFont['family'],
    name: string,
    subset: 'latin' | 'latin-ext',
    weight: CardFont['weight'],
  ) => {
    const face = `${name}-${subset}-${weight}-normal`;
    return {
      family,
      weight,
      data: await readFile(fontsource(`${name}/files/${face}.woff2`)),
      unicodeRange: fontsourceRange(css, `source-sans-3-${subset}-400-normal`),
    } satisfies CardFont;
  };
  return Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) => [
      font(CARD_FAMILIES.serif, 'source-serif-4', subset, 700),
      font(CARD_FAMILIES.sans, 'source-sans-3', subset, 400),
      font(CARD_FAMILIES.sans, 'source-sans-3', subset, 600),
    ]),
  );
}
