import { describe, expect, it } from 'vitest';
import { sourceCollisions, sourceSlug } from '../../../src/lib/publishers';

describe('sourceSlug', () => {
  it('makes the address from the publisher’s name', () => {
    expect(sourceSlug({ name: 'Le Monde diplomatique' })).toBe('le-monde-diplomatique');
    expect(sourceSlug({ name: 'attuale.info' })).toBe('attuale-info');
  });

  it('gives a name with no Latin letter or digit an address of its own, whatever its links', () => {
    expect(sourceSlug({ name: 'الجزيرة' })).toBe('source-34a968ac');
    expect(sourceSlug({ name: '🎉' })).toBe('source-6146299c');
  });
});

describe('sourceCollisions', () => {
  const source = (name: string, url = 'https://exemple.info/') => ({ name, url });

  it('accepts one publisher written the same way in every file, whatever its links', () => {
    expect(
      sourceCollisions([
        { file: 'a.md', source: source('Le Monde', 'https://www.lemonde.fr/a') },
        { file: 'b.md', source: source('Le Monde', 'https://lemonde.fr/b') },
        { file: 'c.md', source: source('Libération') },
      ]),
    ).toEqual([]);
  });

  it('names both files when two spellings reach one address', () => {
    expect(
      sourceCollisions([
        { file: 'a.md', source: source('Le Monde') },
        { file: 'b.md', source: source('Le Monde') },
        { file: 'c.md', source: source('Le monde') },
        { file: 'd.md', source: source('Le Mondé') },
      ]),
    ).toEqual([
      {
        file: 'c.md',
        message:
          'source.name "Le monde" and "Le Monde" in a.md would share the address /sources/le-monde/: write the publisher\'s name the same way in both files',
      },
      {
        file: 'd.md',
        message:
          'source.name "Le Mondé" and "Le Monde" in a.md would share the address /sources/le-monde/: write the publisher\'s name the same way in both files',
      },
    ]);
  });

  it('keeps one publisher with a non-Latin name together across its hosts', () => {
    expect(
      sourceCollisions([
        { file: 'a.md', source: source('الجزيرة', 'https://www.aljazeera.net/a') },
        { file: 'b.md', source: source('الجزيرة', 'https://aljazeera.net/b') },
        { file: 'c.md', source: source('مثال', 'https://aljazeera.net/c') },
      ]),
    ).toEqual([]);
  });
});
