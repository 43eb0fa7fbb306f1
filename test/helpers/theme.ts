/** The colour tokens of both themes, read from src/styles/global.css, as tests compare them. */
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The `--color-*` tokens (name → #rrggbb) of the first block after `marker`. */
function tokens(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

export const themes = { light: tokens(':root {'), dark: tokens('prefers-color-scheme: dark') };

/** `#rrggbb` as getComputedStyle writes it: `rgb(r, g, b)`. */
export function cssRgb(hex: string): string {
  return `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}
