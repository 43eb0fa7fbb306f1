import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../../src/lib/related';
import { groupBy } from '../../../src/lib/articles';
import { slugify } from '../../../src/lib/slug';

const entry = (id: string, tags: string[], day = 1) => ({
  id,
  data: { tags, pubDate: new Date(`2026-11-${String(day).padStart(2, '0')}T08:00:00Z`) },
});

describe('relatedArticles', () => {
  const current = entry('a', ['Russie', 'Ukraine', 'OTAN']);
  const others = [
    entry('one-tag-new', ['Russie'], 20),
    entry('two-tags', ['Russie', 'Ukraine'], 2),
    entry('none', ['Climat'], 25),
    entry('one-tag-old', ['OTAN'], 3),
    current,
  ];

  it('ranks by shared tags, then newest, and leaves out itself and unrelated articles', () => {
    expect(relatedArticles(current, others).map((e) => e.id)).toEqual(['two-tags', 'one-tag-new', 'one-tag-old']);
  });

  it('stops at the limit', () => {
    expect(relatedArticles(current, others, 1).map((e) => e.id)).toEqual(['two-tags']);
  });

  it('matches tags by slug, whatever their spelling', () => {
    expect(relatedArticles(entry('b', ['otan']), others).map((e) => e.id)).toEqual(['one-tag-old', 'a']);
  });

  it('finds nothing for an article without tags', () => {
    expect(relatedArticles(entry('b', []), others)).toEqual([]);
  });
});

describe('groupBy', () => {
  it('groups by slug, keeping the first spelling and each entry once', () => {
    const entries = [entry('a', ['Énergie', 'energie']), entry('b', ['énergie', 'Climat'])];
    const groups = groupBy(entries, (e) => e.data.tags, slugify);
    expect(groups.map((g) => [g.slug, g.name, g.entries.map((e) => e.id)])).toEqual([
      ['energie', 'Énergie', ['a', 'b']],
      ['climat', 'Climat', ['b']],
    ]);
  });
});
