/** Which articles a listing shows, and in which order. Pure: takes entries, returns new arrays. */

interface Dated {
  data: { pubDate: Date; draft: boolean };
}

/** Keep what readers may see: drafts only when `includeDrafts` (the dev server) asks for them. */
export function visibleArticles<T extends Dated>(entries: readonly T[], { includeDrafts = false } = {}): T[] {
  return entries.filter((entry) => includeDrafts || !entry.data.draft);
}

/** Sort newest first; ties keep a stable order. */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
}
