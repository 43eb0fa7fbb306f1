import { readFile } from 'node:fs/promises';
import { CARD_FAMILIES, fontsourceRange } from '../../src/og/card';
import type { CardFont } from '../../src/og/card-worker';

const fontsource = (path: string) => new URL(`../../node_modules/@fontsource/${path}`, import.meta.url);

/** The card's three faces in their Latin subset, read from disk as the build's Vite imports read them. */
export async function cardFonts(): Promise<CardFont[]> {
  const css = await readFile(fontsource('source-sans-3/400.css'), 'utf8');
  const unicodeRange = fontsourceRange(css, 'source-sans-3-latin-400-normal');
  const font = async (family: string, file: string): Promise<CardFont> => ({
    family,
    data: await readFile(fontsource(file)),
    unicodeRange,
  });
  return Promise.all([
    font(CARD_FAMILIES.serif, 'source-serif-4/files/source-serif-4-latin-700-normal.woff2'),
    font(CARD_FAMILIES.sans, 'source-sans-3/files/source-sans-3-latin-400-normal.woff2'),
    font(CARD_FAMILIES.sans, 'source-sans-3/files/source-sans-3-latin-600-normal.woff2'),
  ]);
}
