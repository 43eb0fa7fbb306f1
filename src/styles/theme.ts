/**
 * The site's palette, light and dark: the one place its colours are decided. Each key is a CSS
 * token (`bg` is `--color-bg` in src/styles/global.css, which test/unit/styles/theme.test.ts holds
 * equal to this module); the preview card and the web app manifest import the values.
 *
 * Plain TypeScript without imports: the preview card's worker thread runs it under Node's type
 * stripping (src/og/card-worker.ts), outside Vite.
 */
export const palette = {
  light: {
    bg: '#fbfaf7',
    text: '#1b1b1b',
    dek: '#3a3a3a',
    muted: '#5c5c5c',
    accent: '#b3261e',
    link: '#0b4f9c',
    rule: '#dedbd3',
    'rule-strong': '#a8a39a',
    panel: '#f1efe9',
    focus: '#0b4f9c',
    highlight: '#fde68a',
  },
  dark: {
    bg: '#141414',
    text: '#ebe9e4',
    dek: '#cfccc6',
    muted: '#aaa7a1',
    accent: '#ff8f85',
    link: '#8cbcff',
    rule: '#34322f',
    'rule-strong': '#6b6862',
    panel: '#1f1e1c',
    focus: '#8cbcff',
    highlight: '#6b5200',
  },
} as const satisfies Record<'light' | 'dark', Record<string, `#${string}`>>;

/** A colour token of both themes: `--color-<name>` in CSS. */
export type ColorName = keyof typeof palette.light;
