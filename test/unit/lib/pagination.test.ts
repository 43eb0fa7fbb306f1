import { describe, expect, it } from 'vitest';
import { pagePath, paginate, PAGE_SIZE } from '../../../src/lib/pagination';

describe('pagePath', () => {
  it.each([
    ['/', 1, '/'],
    ['/', 2, '/page/2/'],
    ['/tags/russie/', 3, '/tags/russie/page/3/'],
  ])('page %s #%i is %s', (base, n, path) => {
    expect(pagePath(base, n)).toBe(path);
  });
});

describe('paginate', () => {
  it('cuts 45 items into pages of 20, 20 and 5, linked both ways', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      '/',
    );
    expect(pages.map((page) => [page.current, page.total, page.items.length, page.prev, page.next])).toEqual([
      [1, 3, 20, undefined, '/page/2/'],
      [2, 3, 20, '/', '/page/3/'],
      [3, 3, 5, '/page/2/', undefined],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(Array.from({ length: 45 }, (_, i) => i));
  });

  it('gives an empty listing one empty page', () => {
    expect(paginate([], '/')).toEqual([{ items: [], current: 1, total: 1 }]);
  });

  it('uses pages of 20 by default', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(paginate(Array.from({ length: 20 }), '/')).toHaveLength(1);
    expect(paginate(Array.from({ length: 21 }), '/')).toHaveLength(2);
  });
});
