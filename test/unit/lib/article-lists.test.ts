import { describe, expect, it } from 'vitest';
import { futureDatesWarning, newestFirst, visibleArticles } from '../../../src/lib/article-lists';

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

describe('futureDatesWarning', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  const file = (name: string, iso: string) => ({ file: `content/articles/${name}.md`, pubDate: new Date(iso) });

  it('names the articles dated more than a day after the build, and only them', () => {
    expect(
      futureDatesWarning(
        [
          file('hier', '2026-12-04T07:00:00Z'),
          file('demain-matin', '2026-12-06T07:00:00Z'),
          file('coquille', '2062-12-05T07:00:00Z'),
        ],
        now,
      ),
    ).toBe(
      '1 article(s) dated more than a day after this build (2026-12-05T10:00:00.000Z), published all the same: ' +
        'content/articles/coquille.md (2062-12-05). Check their pubDate.',
    );
  });

  it('says nothing when every article is dated before the build', () => {
    expect(futureDatesWarning([file('hier', '2026-12-04T07:00:00Z')], now)).toBeUndefined();
  });

  it('lists five at most', () => {
    const many = Array.from({ length: 7 }, (_, i) => file(`a${i}`, '2030-01-01T00:00:00Z'));
    expect(futureDatesWarning(many, now)).toMatch(/^7 article\(s\) .*a4\.md \(2030-01-01\), …\. Check/);
  });
});
