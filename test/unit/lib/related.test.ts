import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../../src/lib/related';
import { groupBy } from '../../../src/lib/article-lists';
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
    expect(relatedArticles(others)(current).map((e) => e.id)).toEqual(['two-tags', 'one-tag-new', 'one-tag-old']);
  });

  it('stops at the limit', () => {
    expect(relatedArticles(others, 1)(current).map((e) => e.id)).toEqual(['two-tags']);
  });

  it('matches tags by slug, whatever their spelling', () => {
    expect(relatedArticles(others)(entry('b', ['otan'])).map((e) => e.id)).toEqual(['one-tag-old', 'a']);
  });

  it('picks the same articles as sorting every candidate would, in a larger archive', () => {
    // Tags of very unequal reach, as in a newsroom: the first ones are on most articles.
    const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const archive = Array.from({ length: 300 }, (_, i) =>
      entry(
        `n${i}`,
        pool.filter((_, t) => (i * 7 + t * 13) % (t + 2) === 0 || (i * 31 + t) % 11 === 0),
        (i % 28) + 1,
      ),
    );
    const related = relatedArticles(archive);
    for (const article of archive) {
      const tags = new Set(article.data.tags);
      const expected = archive
        .filter((other) => other.id !== article.id)
        .map((other) => ({ other, shared: other.data.tags.filter((tag) => tags.has(tag)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((x, y) => y.shared - x.shared || y.other.data.pubDate.getTime() - x.other.data.pubDate.getTime())
        .slice(0, 3)
        .map(({ other, shared }) => `${shared}:${other.data.pubDate.toISOString()}`);
      const tagsOf = (id: string) => archive.find((e) => e.id === id)!.data.tags.filter((tag) => tags.has(tag)).length;
      expect(related(article).map((e) => `${tagsOf(e.id)}:${e.data.pubDate.toISOString()}`)).toEqual(expected);
    }
  });

  it('finds old articles sharing every tag behind many newer ones sharing fewer', () => {
    // "Rare" is on few articles, "Courant" on most: the lookup may skip the long list, never the short one.
    const archive = [
      entry('current', ['Courant', 'Rare', 'Autre'], 28),
      ...Array.from({ length: 30 }, (_, i) => entry(`courant-${i}`, ['Courant'], 27 - (i % 20))),
      entry('autre', ['Autre', 'Courant'], 6),
      entry('rare-old', ['Rare', 'Courant'], 2),
      entry('rare-oldest', ['Rare', 'Courant', 'Autre'], 1),
    ];
    expect(relatedArticles(archive)(archive[0]!).map((e) => e.id)).toEqual(['rare-oldest', 'autre', 'rare-old']);
  });

  it('finds nothing for an article without tags', () => {
    expect(relatedArticles(others)(entry('b', []))).toEqual([]);
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
