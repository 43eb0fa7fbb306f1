import { describe, expect, it } from 'vitest';
import { cardTree, titleSize, type CardNode } from '../../../src/og/card';

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

  it('leaves out emoji, which the fonts cannot draw', () => {
    const content = { siteName: 'l', kicker: '', title: 'Fête 🎉 finie 👍🏽', date: '', source: '' };
    expect(texts(cardTree(content))).toContain('Fête  finie');
  });

  it('swaps narrow no-break spaces, missing from the fonts, for no-break spaces', () => {
    const content = { siteName: 'l', kicker: '', title: '«\u202fTitre\u202f»', date: '', source: '' };
    expect(texts(cardTree(content))).toContain('«\u00a0Titre\u00a0»');
  });
});
