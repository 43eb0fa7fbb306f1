/**
 * The card's fonts, registered once per process. Skia keeps one font collection for the whole
 * process, shared by every worker thread: a worker registering fonts, even ones already there,
 * while another laid out text shifted that card's kicker by a fraction of a pixel, so two builds
 * of the same article gave different PNG bytes. The thread that starts the card workers registers
 * the fonts before any of them exists; each worker checks that the faces it draws with are there.
 * Node runs this file in the card workers, so it imports only @napi-rs/canvas and .ts files.
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { sha256 } from '../cache-files.ts';
import type { CardFace } from './card.ts';

export interface CardFont {
  family: CardFace['family'];
  /** The file's weight: Skia reads it from the file, the workers check it is there. */
  weight: CardFace['weight'];
  data: Uint8Array;
  /** The characters the file draws, as its CSS `unicode-range`. */
  unicodeRange: string;
}

/** What the starting thread gives each card worker. */
export interface CardWorkerData {
  /** Characters outside all of them are left out of the cards rather than drawn in another font. */
  unicodeRanges: Array<CardFont['unicodeRange']>;
  faces: Array<Pick<CardFont, 'family' | 'weight'>>;
}

export function cardWorkerData(fonts: readonly CardFont[]): CardWorkerData {
  return {
    unicodeRanges: fonts.map(({ unicodeRange }) => unicodeRange),
    faces: fonts.map(({ family, weight }) => ({ family, weight })),
  };
}

/**
 * The files this process registered, by family and content. It lives on globalThis because the
 * dev server may evaluate this module again while the workers it started go on drawing.
 */
const registered = ((globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('liseuse.card-fonts')] ??=
  new Set<string>());

/** Register `fonts` for every card worker this process starts; call it before starting them. */
export function registerCardFonts(fonts: readonly CardFont[]): void {
  for (const { family, data } of fonts) {
    const key = sha256(family, data);
    if (registered.has(key)) continue;
    if (!GlobalFonts.register(Buffer.from(data.buffer, data.byteOffset, data.byteLength), family))
      throw new Error(`preview cards: Skia could not read a font file of "${family}"`);
    registered.add(key);
  }
}

/** In a card worker: fail before the first card, naming the face, rather than draw in a fallback font. */
export function assertCardFonts(faces: CardWorkerData['faces']): void {
  const families = GlobalFonts.families;
  const missing = faces.filter(
    ({ family, weight }) =>
      !families.some(
        (found) =>
          found.family === family && found.styles.some((style) => style.weight === weight && style.style === 'normal'),
      ),
  );
  if (missing.length > 0)
    throw new Error(
      `preview cards: fonts not registered: ${missing.map(({ family, weight }) => `${family} ${weight}`).join(', ')}; the thread that starts the card workers calls registerCardFonts() first`,
    );
}
