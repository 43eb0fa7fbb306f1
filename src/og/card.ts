/**
 * The social preview card (1200×630) as a satori element tree: liseuse's name, the kind and
 * section, the title, the date and the source, in the site's colours. Pure: no I/O.
 */
// With its extension: the card worker runs this file under Node's type stripping, outside Vite.
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

/** A satori node: the shape satori reads from JSX, without needing React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | Array<string | CardNode> };
}

/** The light theme's colours. */
const colors = {
  paper: palette.light.bg,
  ink: palette.light.text,
  muted: palette.light.muted,
  accent: palette.light.accent,
  rule: palette.light.rule,
};

/** Long titles shrink before they wrap onto more lines; beyond five lines they end with "…". */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 45) return 80;
  if (length <= 70) return 68;
  if (length <= 95) return 58;
  return 48;
}

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
): CardNode => ({
  type,
  props: { style, children },
});

/** Build the card's element tree. */
export function cardTree({ siteName, kicker, title, date, source }: CardContent): CardNode {
  // NBSPs of the French typography are kept, but the narrow one is not in the fonts' Latin subset;
  // emoji have no glyph either, and would print as empty boxes.
  const text = (value: string) =>
    value
      .replaceAll('\u202f', '\u00a0')
      .replace(/\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Emoji_Modifier}]*/gu, '')
      .trim();
  return node('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: colors.paper }, [
    node('div', { width: 16, flexShrink: 0, backgroundColor: colors.accent }),
    node(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        paddingTop: 56,
        paddingRight: 72,
        paddingBottom: 52,
        paddingLeft: 64,
        fontFamily: 'Source Sans 3',
        color: colors.ink,
      },
      [
        node('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }, [
          node('div', { fontFamily: 'Source Serif 4', fontSize: 44, fontWeight: 700, letterSpacing: -1 }, siteName),
          node(
            'div',
            { fontSize: 26, fontWeight: 600, letterSpacing: 3, textTransform: 'uppercase', color: colors.accent },
            text(kicker),
          ),
        ]),
        node('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, [
          node(
            'div',
            {
              fontFamily: 'Source Serif 4',
              fontSize: titleSize(title),
              fontWeight: 700,
              lineHeight: 1.12,
              letterSpacing: -1,
              lineClamp: 5,
              textOverflow: 'ellipsis',
            },
            text(title),
          ),
        ]),
        node(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            borderTop: `2px solid ${colors.rule}`,
            paddingTop: 20,
            fontSize: 28,
            color: colors.muted,
          },
          [node('div', {}, text(date)), node('div', { fontWeight: 600 }, text(source))],
        ),
      ],
    ),
  ]);
}
