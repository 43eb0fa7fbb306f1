/**
 * Pure helpers of the search page (/recherche/): the query in its URL, the excerpts Pagefind
 * returns, and the French words around results. Shipped to the browser: keep it small.
 */

/** Result orders: Pagefind's relevance, or newest first. */
export type SearchOrder = 'pertinence' | 'date';

/** What a search page URL asks for. */
export interface SearchRequest {
  /** The words, trimmed and cut to MAX_QUERY_LENGTH; empty when there is nothing to search. */
  query: string;
  order: SearchOrder;
  /** Only articles of this section, when set. */
  section?: string;
}

/**
 * Longest query sent to the index, in characters. A real query is a few words; a pasted page of
 * text would only make the engine load index chunks for nothing.
 */
export const MAX_QUERY_LENGTH = 200;

/** Results shown at once, and added by "Plus de résultats". */
export const RESULTS_PER_PAGE = 20;

/** Read `?q=…&tri=date&rubrique=…` from a URL's search string; anything missing or unknown gets the default. */
export function readSearchRequest(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const words = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  // Cut by code points, so an emoji is never split into half a surrogate pair.
  const query = Array.from(words).slice(0, MAX_QUERY_LENGTH).join('').trim();
  const section = params.get('rubrique')?.trim().slice(0, MAX_QUERY_LENGTH);
  return { query, order: params.get('tri') === 'date' ? 'date' : 'pertinence', ...(section ? { section } : {}) };
}

/** The URL of a search, e.g. "/recherche/?q=cor%C3%A9e&tri=date"; the default order is left out. */
export function searchPath({ query, order, section }: SearchRequest): string {
  if (!query) return '/recherche/';
  const params = new URLSearchParams({ q: query });
  if (order === 'date') params.set('tri', 'date');
  if (section) params.set('rubrique', section);
  return `/recherche/?${params}`;
}

/** A piece of an excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

/**
 * Split a Pagefind excerpt into text and highlighted words. Pagefind escapes `<` and `>` of the
 * article's text as `&lt;` and `&gt;` (and nothing else, not even `&`), then wraps each hit in
 * `<mark>`; so a `<mark>` tag can only be its own, and everything else is text, meant to be
 * shown with text nodes, never parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let highlighted = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      highlighted = piece === '<mark>';
      continue;
    }
    const text = piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    if (text) parts.push({ text, highlighted });
  }
  return parts;
}

/**
 * The result's page, only if it is a path on this site ("/articles/…/"): the index is built from
 * the site's own pages, but a link is never taken on trust.
 */
export function resultPath(url: unknown): string | undefined {
  return typeof url === 'string' && /^\/(?![/\\])/.test(url) ? url : undefined;
}

/** "1 résultat", "1 234 résultats", with the French thousands separator. */
export function resultCountLabel(count: number): string {
  return `${new Intl.NumberFormat('fr-FR').format(count)}\u00a0résultat${count > 1 ? 's' : ''}`;
}

/** A query shown in a sentence: in French quotes, shortened past 60 characters. */
export function quotedQuery(query: string): string {
  const characters = Array.from(query);
  const shown = characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : query;
  // First-strong isolates keep a right-to-left query from reordering the French around it.
  return `«\u202f\u2068${shown}\u2069\u202f»`;
}
