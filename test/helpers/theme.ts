/** Colours as the browser reports them. */

/** `#rrggbb` as getComputedStyle writes it: `rgb(r, g, b)`. */
export function cssRgb(hex: string): string {
  return `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}
