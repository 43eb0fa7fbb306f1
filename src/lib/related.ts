/** "Lire aussi": the articles that share the most tags with the one being read. */
import { slugify } from './slug';

interface Tagged {
  id: string;
  data: { tags: readonly string[]; pubDate: Date };
}

/**
 * Up to `limit` other articles sharing at least one tag, most shared tags first, then newest.
 * Tags match by slug, as their pages do: "Énergie" and "énergie" are one tag.
 */
export function relatedArticles<T extends Tagged>(article: T, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(article.data.tags.map((tag) => slugify(tag)));
  return candidates
    .filter((candidate) => candidate.id !== article.id)
    .map((candidate) => ({
      candidate,
      shared: new Set(candidate.data.tags.map((tag) => slugify(tag))).intersection(tags).size,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.candidate.data.pubDate.getTime() - a.candidate.data.pubDate.getTime())
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
