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

describe('the palette', () => {
  it('names the same tokens in both themes, each a #rrggbb colour', () => {
    expect(Object.keys(palette.dark)).toEqual(Object.keys(palette.light));
    for (const value of [...Object.values(palette.light), ...Object.values(palette.dark)]) {
      expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
