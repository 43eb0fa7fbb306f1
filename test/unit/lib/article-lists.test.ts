import { describe, expect, it } from 'vitest';
import { newestFirst, visibleArticles } from '../../../src/lib/article-lists';

const entry = (id: string, pubDate: string, draft = false) => ({ id, data: { pubDate: new Date(pubDate), draft } });
const entries = [
  entry('old', '2026-01-01T08:00:00+01:00'),
  entry('draft', '2026-12-01T08:00:00+01:00', true),
  entry('new', '2026-11-25T08:00:00+01:00'),
];

describe('visibleArticles', () => {
  it('leaves drafts out of the built site', () => {
    expect(visibleArticles(entries).map((e) => e.id)).toEqual(['old', 'new']);
  });

  it('shows drafts when asked (the dev server)', () => {
    expect(visibleArticles(entries, { includeDrafts: true }).map((e) => e.id)).toEqual(['old', 'draft', 'new']);
  });
});

describe('newestFirst', () => {
  it('sorts by publication date, newest first, without touching its input', () => {
    const sorted = newestFirst(entries);
    expect(sorted.map((e) => e.id)).toEqual(['draft', 'new', 'old']);
    expect(entries.map((e) => e.id)).toEqual(['old', 'draft', 'new']);
  });
});
