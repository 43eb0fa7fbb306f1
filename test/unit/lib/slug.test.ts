import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/slug';

describe('slugify', () => {
  it.each([
    ['Corée du Nord', 'coree-du-nord'],
    ['Guerre en Ukraine', 'guerre-en-ukraine'],
    ['Énergie', 'energie'],
    ["L'été où tout a changé !", 'l-ete-ou-tout-a-change'],
    ['Œuvre & cœur', 'oeuvre-coeur'],
    ['  --Déjà--  ', 'deja'],
    ['Kim Jong-un', 'kim-jong-un'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias', 40);
    expect(slug).toBe('poutine-et-kim-jong-un-le-kremlin');
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it('cuts a single long word where it must', () => {
    expect(slugify('a'.repeat(100), 80)).toHaveLength(80);
  });
});
