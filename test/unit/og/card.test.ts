import { describe, expect, it } from 'vitest';
import { cardTree, titleSize, type CardNode } from '../../../src/og/card';
import { palette } from '../../../src/styles/theme';

const texts = (node: CardNode | string): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child));

describe('the preview card', () => {
  it('shrinks long titles before they overflow', () => {
    const sizes = [20, 60, 90, 110, 300].map((length) => titleSize('a'.repeat(length)));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
  });

  it('shows the site, kicker, title, date and source as text', () => {
    const content = {
      siteName: 'liseuse',
      kicker: 'Opinion',
      title: '« Titre »',
      date: '1er mars 2026',
      source: 'Source : x',
    };
    expect(texts(cardTree(content))).toEqual(['liseuse', 'Opinion', '« Titre »', '1er mars 2026', 'Source : x']);
  });

  it("is drawn in the light theme's paper, ink and accent colours", () => {
    const tree = cardTree({ siteName: 'l', kicker: 'Opinion', title: 'T', date: '', source: '' });
    const colours = (node: CardNode | string): unknown[] =>
      typeof node === 'string'
        ? []
        : [
            node.props.style?.backgroundColor,
            node.props.style?.color,
            ...[node.props.children ?? []].flat().flatMap(colours),
          ];
    expect(tree.props.style?.backgroundColor).toBe(palette.light.bg);
    expect(colours(tree)).toEqual(expect.arrayContaining([palette.light.accent, palette.light.text]));
  });

  it('leaves out emoji, which the fonts cannot draw', () => {
    const content = { siteName: 'l', kicker: '', title: 'Fête 🎉 finie 👍🏽', date: '', source: '' };
    expect(texts(cardTree(content))).toContain('Fête  finie');
  });

  it('swaps narrow no-break spaces, missing from the fonts, for no-break spaces', () => {
    const content = { siteName: 'l', kicker: '', title: '«\u202fTitre\u202f»', date: '', source: '' };
    expect(texts(cardTree(content))).toContain('«\u00a0Titre\u00a0»');
  });
});
