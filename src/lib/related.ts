/** "Lire aussi": the articles that share the most tags with the one being read. */
import { slugify } from './slug';

interface Tagged {
  id: string;
  data: { tags: readonly string[]; pubDate: Date };
}

/**
 * Index `articles` by tag, and return a function giving, for one of them, up to `limit` others
 * sharing at least one tag: most shared tags first, then newest. Tags match by slug, as their
 * pages do ("Énergie" and "énergie" are one tag).
 *
 * The index is built once per build. Each lookup walks the article's tag lists newest first and
 * stops as soon as `limit` articles sharing every one of its tags are found, as none further down
 * can rank higher: a lookup reads a few dozen entries, not every article sharing a tag, which kept
 * the build quadratic in the archive's size.
 */
export function relatedArticles<T extends Tagged>(articles: readonly T[], limit = 3): (article: T) => T[] {
  const slugsOf = (article: T) => new Set(article.data.tags.map((tag) => slugify(tag)));
  const tagsOf = new Map(articles.map((article) => [article.id, slugsOf(article)]));
  // Newest first; a stable sort keeps the given order between articles of the same moment.
  const newest = articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => b.article.data.pubDate.getTime() - a.article.data.pubDate.getTime() || a.index - b.index)
    .map(({ article }) => article);
  const rank = new Map(newest.map((article, index) => [article, index]));
  const byTag = new Map<string, T[]>();
  for (const article of newest) {
    for (const tag of tagsOf.get(article.id)!) {
      const list = byTag.get(tag);
      if (list) list.push(article);
      else byTag.set(tag, [article]);
    }
  }

  return (article) => {
    if (limit <= 0) return [];
    const tags = [...(tagsOf.get(article.id) ?? slugsOf(article))];
    const lists = tags.map((tag) => byTag.get(tag) ?? []);
    const positions = lists.map(() => 0);
    const seen = new Set<T>();
    const best: Array<{ candidate: T; shared: number }> = [];
    while (!(best.length === limit && best.at(-1)!.shared === tags.length)) {
      // Next candidate, newest first, across the tag lists (a k-way merge; k is small).
      let from = -1;
      for (let i = 0; i < lists.length; i++) {
        const head = lists[i]![positions[i]!];
        if (head && (from < 0 || rank.get(head)! < rank.get(lists[from]![positions[from]!]!)!)) from = i;
      }
      if (from < 0) break;
      const candidate = lists[from]![positions[from]!++]!;
      if (candidate.id === article.id || seen.has(candidate)) continue;
      seen.add(candidate);
      const theirs = tagsOf.get(candidate.id)!;
      const shared = tags.filter((tag) => theirs.has(tag)).length;
      // Candidates come newest first, so one ranks above those with fewer shared tags only.
      let at = best.length;
      while (at > 0 && best[at - 1]!.shared < shared) at--;
      if (at < limit) {
        best.splice(at, 0, { candidate, shared });
        if (best.length > limit) best.pop();
      }
    }
    return best.map(({ candidate }) => candidate);
  };
}
