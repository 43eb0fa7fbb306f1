/** Listings are cut into pages, so no page grows with the archive. */

/** Articles per listing page. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based number of this page. */
  current: number;
  /** Number of pages, at least 1. */
  total: number;
  /** Path of the previous page (newer articles), if any. */
  prev?: string;
  /** Path of the next page (older articles), if any. */
  next?: string;
}

/** Path of page `n` of the listing at `base` ("/", "/tags/russie/"): page 1 is the base itself. */
export function pagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** Every page of `items` listed at `base`, `size` at a time. An empty list still has page 1. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * size, current * size),
      current,
      total,
      ...(current > 1 && { prev: pagePath(base, current - 1) }),
      ...(current < total && { next: pagePath(base, current + 1) }),
    };
  });
}
