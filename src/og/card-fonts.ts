/**
 * The card's fonts, registered once per process. Skia keeps one font collection for the whole
 * process, shared by every worker thread: a worker registering fonts, even ones already there,
 * while another lays out text shifted that card's kicker by a fraction of a pixel, so two builds
 * of the same article gave different PNG bytes. The thread that starts the card workers registers
 * the fonts before any of them exists; the workers only check they are there. Node runs this file
 * in the card workers, so it imports only @napi-rs/canvas and node: modules.
 */
import { GlobalFonts } from '@napi-rs/canvas';

export interface CardFont {
  /** The family the card asks for (card.ts's CARD_FAMILIES); Skia reads the weight from the file. */
  family: string;
  data: Uint8Array;
  /** The characters the file draws, as its CSS `unicode-range`. */
  unicodeRange: string;
}

/** Register `fonts` for every card worker this process starts; call it before starting them. */
export function registerCardFonts(fonts: readonly CardFont[]): void {
  // A module evaluated again (the dev server reloading it) must not register them again while
  // the workers it started earlier draw.
  if (fonts.every(({ family }) => GlobalFonts.has(family))) return;
  for (const { family, data } of fonts) {
    const key = GlobalFonts.register(Buffer.from(data.buffer, data.byteOffset, data.byteLength), family);
    if (!key) throw new Error(`preview cards: Skia could not read the font file for "${family}"`);
  }
}

/** In a card worker: fail at once, naming the cause, rather than draw cards in fallback fonts. */
export function assertCardFonts(families: readonly string[]): void {
  const missing = families.filter((family) => !GlobalFonts.has(family));
  if (missing.length > 0)
    throw new Error(
      `preview cards: the fonts ${missing.join(', ')} are not registered; call registerCardFonts() first`,
    );
}
