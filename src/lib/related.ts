/** "Lire aussi": the articles that share the most tags with the one being read. */
import { slugify } from './slug';

interface Tagged {
  id: string;
  data: { tags: readonly string[]; pubDate: Date };
}

/**
 * Index `articles` by tag, and return a function giving, for one of them, up to `limit` others
 * sharing at least one tag: most shared tags first, then newest. Tags match by slug, as their
 * pages do ("Énergie" and "énergie" are one tag). Indexing once keeps a build linear in practice
 * instead of comparing every article with every other.
 */
export function relatedArticles<T extends Tagged>(articles: readonly T[], limit = 3): (article: T) => T[] {
  const tagsOf = new Map(
    articles.map((article) => [article.id, new Set(article.data.tags.map((tag) => slugify(tag)))]),
  );
  const byTag = new Map<string, T[]>();
  for (const article of articles) {
    for (const tag of tagsOf.get(article.id)!) {
      const group = byTag.get(tag);
      if (group) group.push(article);
      else byTag.set(tag, [article]);
    }
  }
  const better = ([a, sharedA]: [T, number], [b, sharedB]: [T, number]) =>
    sharedB - sharedA || b.data.pubDate.getTime() - a.data.pubDate.getTime();
  return (article) => {
    const shared = new Map<T, number>();
    for (const tag of tagsOf.get(article.id) ?? article.data.tags.map((tag) => slugify(tag))) {
      for (const candidate of byTag.get(tag) ?? []) {
        if (candidate.id !== article.id) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
      }
    }
    // Keep the best `limit` in one pass: sorting thousands of candidates per article adds up.
    const best: Array<[T, number]> = [];
    for (const entry of shared) {
      if (best.length < limit || better(entry, best.at(-1)!) < 0) {
        best.push(entry);
        best.sort(better);
        if (best.length > limit) best.pop();
      }
    }
    return best.map(([candidate]) => candidate);
  };
}
