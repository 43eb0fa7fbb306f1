/**
 * src/styles/theme.ts is where the colours are decided; global.css writes them as static custom
 * properties (so no page needs a new CSP hash). This test is what keeps the two one palette.
 */
import { readFileSync } from 'node:fs';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/styles/theme';

const css = postcss.parse(readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8'));

/** The `--color-*` custom properties (name → value) of the `:root` rules for which `inTheme` is true. */
function tokens(inTheme: (rule: Rule) => boolean): Record<string, string> {
  const found: Record<string, string> = {};
  css.walkRules(':root', (rule) => {
    if (!inTheme(rule)) return;
    rule.walkDecls(/^--color-/, ({ prop, value }) => {
      found[prop.slice('--color-'.length)] = value.toLowerCase();
    });
  });
  return found;
}

const isDarkMedia = (rule: Rule) =>
  rule.parent?.type === 'atrule' && /prefers-color-scheme:\s*dark/.test((rule.parent as postcss.AtRule).params);

describe('the colour tokens of global.css', () => {
  it('are the light palette of src/styles/theme.ts, token for token', () => {
    expect(tokens((rule) => rule.parent?.type === 'root')).toEqual(palette.light);
  });

  it('are the dark palette of src/styles/theme.ts in prefers-color-scheme: dark, token for token', () => {
    expect(tokens(isDarkMedia)).toEqual(palette.dark);
  });
});

describe('the icon', () => {
  // An SVG file cannot import the module: the favicon, touch icon and manifest icons are drawn from it.
  it("is drawn in the light palette's accent and paper", () => {
    const svg = readFileSync(new URL('../../../src/assets/icon.svg', import.meta.url), 'utf8');
    const fills = [...svg.matchAll(/fill="(#[0-9a-f]{6})"/gi)].map((match) => match[1]!.toLowerCase());
    expect(fills).toEqual([palette.light.accent, palette.light.bg]);
  });
});

describe('the palette', () => {
  it('names the same tokens in both themes, each a #rrggbb colour', () => {
    expect(Object.keys(palette.dark)).toEqual(Object.keys(palette.light));
    for (const value of [...Object.values(palette.light), ...Object.values(palette.dark)]) {
      expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
