/**
 * The social preview card (1200×630): liseuse's name, the kind and section, the title, the date
 * and the source, in the site's colours, laid out as a list of things to draw. Pure: the caller
 * measures text with the real fonts (card-worker.ts draws with them on a canvas). Node runs this
 * file in the card workers, so it imports only the palette, a plain TypeScript file, with its
 * `.ts` extension.
 */
import { palette } from '../styles/theme.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows; every field is plain text. */
export interface CardContent {
  siteName: string;
  /** Kicker, e.g. "Opinion · International"; empty for the site's default card. */
  kicker: string;
  title: string;
  /** Bottom-left line, e.g. "25 novembre 2026". */
  date: string;
  /** Bottom-right line, e.g. "Source : attuale.info". */
  source: string;
}

/**
 * The names the card's own font files are registered under (Source Serif 4 and Source Sans 3):
 * names no installed font has, so a machine's fonts never stand in for them.
 */
export const CARD_FAMILIES = { serif: 'liseuse card serif', sans: 'liseuse card sans' } as const;

/** A font at a size, as a canvas names it. */
export interface CardFace {
  family: (typeof CARD_FAMILIES)[keyof typeof CARD_FAMILIES];
  weight: 400 | 600 | 700;
  size: number;
  /** Extra space between letters, in pixels (negative tightens). */
  letterSpacing: number;
}

/** One line of text; `y` is its baseline, `x` its left or right edge according to `align`. */
export interface CardText {
  text: string;
  x: number;
  y: number;
  align: 'left' | 'right';
  face: CardFace;
  color: string;
}

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** Everything to draw, back to front: rectangles, then text. */
export interface CardDrawing {
  rects: CardRect[];
  texts: CardText[];
}

/** The width of `text` set in `face`. */
export type Measure = (text: string, face: CardFace) => number;

/** The light theme's colours. */
const colors = {
  paper: palette.light.bg,
  ink: palette.light.text,
  muted: palette.light.muted,
  accent: palette.light.accent,
  rule: palette.light.rule,
};

const ACCENT_BAR = 16;
const LEFT = ACCENT_BAR + 64;
const RIGHT = CARD_WIDTH - 72;
const TOP = 56;
const BOTTOM = CARD_HEIGHT - 52;
/** Where a line's baseline sits in its box, as a share of the font size (Source fonts' ascent). */
const ASCENT = 0.92;
const MAX_TITLE_LINES = 5;
/** Least space between two texts sharing a line. */
const GAP = 40;
const ELLIPSIS = '…';

/** Long titles shrink before they wrap onto more lines; beyond five lines they end with "…". */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 45) return 80;
  if (length <= 70) return 68;
  if (length <= 95) return 58;
  return 48;
}

/** Emoji, with their variation selectors, joiners and skin tones: a card draws none. */
const EMOJI = /\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Emoji_Modifier}]*/gu;

const composedWithoutEmoji = (text: string) => text.normalize('NFC').replace(EMOJI, '');

/**
 * `text` as the card's fonts can draw it: composed (NFC), so an "é" saved as "e" and a combining
 * accent keeps its accent; the narrow no-break spaces of French typography become no-break spaces
 * (the fonts have no glyph for them), and emoji and any character outside the fonts are left out,
 * so nothing prints as an empty box or falls back to whatever fonts the building machine has.
 */
export function drawable(text: string, covers: (codePoint: number) => boolean): string {
  return [...composedWithoutEmoji(text).replaceAll('\u202f', '\u00a0')]
    .filter((char) => /\s/u.test(char) || covers(char.codePointAt(0)!))
    .join('')
    .replace(/\s+/gu, (space) => (space.includes('\u00a0') ? '\u00a0' : ' '))
    .trim();
}

/** The characters of `text` that drawable() leaves out for want of a glyph (not emoji, not spaces). */
export function undrawable(text: string, covers: (codePoint: number) => boolean): string[] {
  return [...composedWithoutEmoji(text)].filter((char) => !/\s/u.test(char) && !covers(char.codePointAt(0)!));
}

/** The `unicode-range` that a @fontsource stylesheet (e.g. `400.css`) gives the subset file named `face`, e.g. "source-sans-3-latin-400-normal". */
export function fontsourceRange(css: string, face: string): string {
  const range = new RegExp(`/\\* ${face} \\*/[^}]*unicode-range:\\s*([^;]+);`).exec(css)?.[1];
  if (!range) throw new Error(`no unicode-range for ${face} in the @fontsource stylesheet`);
  return range;
}

/** The code points a CSS `unicode-range` value lists, e.g. "U+0000-00FF,U+0131", as a test. */
export function unicodeRangeTest(ranges: readonly string[]): (codePoint: number) => boolean {
  const spans = ranges
    .flatMap((range) => range.split(','))
    .map((part) => /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/iu.exec(part))
    .filter((match) => match !== null)
    .map(([, from, to]) => [parseInt(from!.replaceAll('?', '0'), 16), parseInt(to ?? from!.replaceAll('?', 'f'), 16)]);
  return (codePoint) => spans.some(([from, to]) => codePoint >= from! && codePoint <= to!);
}

/** Cut `word`, too wide for a line on its own, into pieces that fit. */
function splitWord(word: string, width: number, face: CardFace, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, face) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Shorten `line` until it fits with a trailing "…". */
function withEllipsis(line: string, width: number, face: CardFace, measure: Measure): string {
  let kept = [...line];
  while (kept.length > 0 && measure(kept.join('').trimEnd() + ELLIPSIS, face) > width) kept = kept.slice(0, -1);
  return kept.join('').trimEnd() + ELLIPSIS;
}

/**
 * Break `text` into lines no wider than `width`, at spaces (no-break spaces hold), at most
 * `maxLines`; text left over ends the last line with "…".
 */
export function wrap(text: string, width: number, maxLines: number, face: CardFace, measure: Measure): string[] {
  const words = text
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (measure(word, face) > width ? splitWord(word, width, face, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, face) <= width) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      return [...lines, withEllipsis(`${line} ${words.slice(index).join(' ')}`, width, face, measure)];
    }
    lines.push(line);
    line = word;
  }
  return line ? [...lines, line] : lines;
}

/** `text` on one line of at most `width`, shortened with "…" if need be. */
function fit(text: string, width: number, face: CardFace, measure: Measure): string {
  return measure(text, face) <= width ? text : withEllipsis(text, width, face, measure);
}

/** Lay the card out: what to draw and where. */
export function cardDrawing(
  content: CardContent,
  measure: Measure,
  covers: (codePoint: number) => boolean,
): CardDrawing {
  const text = (value: string) => drawable(value, covers);
  const width = RIGHT - LEFT;
  const siteFace: CardFace = { family: CARD_FAMILIES.serif, weight: 700, size: 44, letterSpacing: -1 };
  const kickerFace: CardFace = { family: CARD_FAMILIES.sans, weight: 600, size: 26, letterSpacing: 3 };
  const footFace = (weight: 400 | 600): CardFace => ({
    family: CARD_FAMILIES.sans,
    weight,
    size: 28,
    letterSpacing: 0,
  });
  const title = text(content.title);
  const size = titleSize(title);
  const titleFace: CardFace = { family: CARD_FAMILIES.serif, weight: 700, size, letterSpacing: -1 };

  const headBaseline = TOP + ASCENT * siteFace.size;
  const footBaseline = BOTTOM - 0.3 * footFace(400).size;
  const ruleY = footBaseline - ASCENT * footFace(400).size - 20 - 2;

  // The kicker and the source give way to the site's name and the date on their lines.
  const siteName = text(content.siteName);
  const kicker = fit(
    text(content.kicker).toLocaleUpperCase('fr'),
    width - measure(siteName, siteFace) - GAP,
    kickerFace,
    measure,
  );
  const date = text(content.date);
  const source = fit(text(content.source), width - measure(date, footFace(400)) - GAP, footFace(600), measure);

  const lines = wrap(title, width, MAX_TITLE_LINES, titleFace, measure);
  const lineHeight = Math.round(size * 1.12);
  // The title block is centred between the masthead and the rule.
  const areaTop = TOP + siteFace.size * 1.2;
  const blockTop = areaTop + (ruleY - areaTop - lines.length * lineHeight) / 2;
  const titleLines = lines.map((line, index): CardText => ({
    text: line,
    x: LEFT,
    y: Math.round(blockTop + index * lineHeight + (lineHeight - size) / 2 + ASCENT * size),
    align: 'left',
    face: titleFace,
    color: colors.ink,
  }));

  return {
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, color: colors.paper },
      { x: 0, y: 0, width: ACCENT_BAR, height: CARD_HEIGHT, color: colors.accent },
      { x: LEFT, y: Math.round(ruleY), width, height: 2, color: colors.rule },
    ],
    texts: (
      [
        { text: siteName, x: LEFT, y: headBaseline, align: 'left', face: siteFace, color: colors.ink },
        {
          text: kicker,
          x: RIGHT,
          y: headBaseline,
          align: 'right',
          face: kickerFace,
          color: colors.accent,
        },
        ...titleLines,
        { text: date, x: LEFT, y: footBaseline, align: 'left', face: footFace(400), color: colors.muted },
        { text: source, x: RIGHT, y: footBaseline, align: 'right', face: footFace(600), color: colors.muted },
      ] satisfies CardText[]
    ).filter(({ text }) => text !== ''),
  };
}
