import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/cache-key';

const entry = (id: string, digest: string, title = 'Titre') => ({
  collection: 'articles',
  id,
  digest,
  data: { title },
});

describe('cacheKey', () => {
  it('is the same for the same inputs, so an unchanged page is reused', () => {
    expect(cacheKey(entry('a', '1'), { current: 2 })).toBe(cacheKey(entry('a', '1'), { current: 2 }));
  });

  it('changes when an article listed on the page is edited', () => {
    const page = (digest: string) => ({ items: [entry('a', '1'), entry('b', digest)], current: 1 });
    expect(cacheKey(page('2'))).not.toBe(cacheKey(page('3')));
  });

  it('changes with any other prop: page number, section list, count', () => {
    const base = cacheKey({ current: 1 }, ['Europe'], 10);
    expect(cacheKey({ current: 2 }, ['Europe'], 10)).not.toBe(base);
    expect(cacheKey({ current: 1 }, ['Europe', 'Culture'], 10)).not.toBe(base);
    expect(cacheKey({ current: 1 }, ['Europe'], 11)).not.toBe(base);
  });

  it('counts an entry without digest by its data', () => {
    const bare = (title: string) => ({ collection: 'articles', id: 'a', data: { title } });
    expect(cacheKey(bare('Un'))).not.toBe(cacheKey(bare('Deux')));
  });
});
