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

/**
 * What to tell the editor of articles dated more than a day after the build (`now`): they are
 * published all the same, first on the home page and in the feeds until that date, which is most
 * often a typo in the year (2062 for 2026). Undefined when there are none.
 */
export function futureDatesWarning(
  files: ReadonlyArray<{ file: string; pubDate: Date }>,
  now: Date,
): string | undefined {
  const future = files.filter(({ pubDate }) => pubDate.getTime() > now.getTime() + DAY_MS);
  if (future.length === 0) return undefined;
  const listed = future.slice(0, 5).map(({ file, pubDate }) => `${file} (${pubDate.toISOString().slice(0, 10)})`);
  return (
    `${future.length} article(s) dated more than a day after this build (${now.toISOString()}), published ` +
    `all the same: ${listed.join(', ')}${future.length > 5 ? ', …' : ''}. Check their pubDate.`
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Articles gathered under one section or tag. A type, not an interface, so Astro accepts it as props. */
export type Group<T> = {
  /** URL slug shared by every spelling of the name. */
  slug: string;
  /** The name as the first entry writes it (the newest, in a sorted list), e.g. "Corée du Nord". */
  name: string;
  entries: T[];
};

/** Group entries by the names `keys` gives each one; names with the same slug are one group. */
export function groupBy<T>(
  entries: readonly T[],
  keys: (entry: T) => readonly string[],
  slug: (name: string) => string,
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const entry of entries) {
    // Two spellings of one name on the same entry count once. Checked per entry, not with
    // `includes` on the whole group, which made grouping quadratic in the archive's size.
    const seen = new Set<string>();
    for (const name of keys(entry)) {
      const key = slug(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(key) ?? { slug: key, name, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** A listing to browse: its name, where it is, and how many articles it has. */
export type BrowseLink = { name: string; path: string; count: number };
