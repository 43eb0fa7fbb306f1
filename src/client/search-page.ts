/**
 * The search page's script (src/layouts/SearchLayout.astro): runs the query in the URL with
 * Pagefind and writes the results. Every piece of text, the reader's query and the articles'
 * words alike, reaches the page through text nodes; the only element made from an excerpt is
 * <mark>. Pagefind is loaded when the reader goes to the search box or opens a search's URL,
 * never before.
 */
import { formatDay } from '../lib/dates';
import {
  excerptParts,
  quotedQuery,
  readSearchRequest,
  resultCountLabel,
  resultPath,
  RESULTS_PER_PAGE,
  searchPath,
  type SearchRequest,
} from '../lib/search';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { basePath: string; mergeFilter: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  search(
    term: string,
    options?: { sort?: Record<string, 'asc' | 'desc'>; filters?: Record<string, string> },
  ): Promise<{ results: Hit[] } | null>;
}
interface Hit {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/**
 * Where the build writes Pagefind and its indexes (the newest months, the archive), with the list
 * of their names, newest first (src/integrations/search-index.ts). Variables, so the bundler
 * leaves them alone.
 */
const SEARCH_DIR = '/pagefind/';
const PAGEFIND_URL = `${SEARCH_DIR}pagefind.js`;

/** Pagefind with every index merged, and their names, newest first. */
interface Engine {
  pagefind: Pagefind;
  indexes: string[];
}

let engine: Promise<Engine | undefined> | undefined;
/** The engine, loaded once, on the first keystroke or query; undefined if the site has no index. */
function loadEngine(): Promise<Engine | undefined> {
  engine ??= (async () => {
    // Both at once: the list does not hold the script back.
    const script = import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
    script.catch(() => {});
    // A missing list (the host's 404 page) does not parse, and fails the search like any error.
    const indexes = (await (await fetch(`${SEARCH_DIR}shards.json`)).json()) as string[];
    if (indexes.length === 0) return undefined;
    const pagefind = await script;
    // The newest index is the one the engine starts with, its worker and WebAssembly included;
    // the others join it. Each result carries its index's name, as the filter `index`.
    await pagefind.options({ basePath: `${SEARCH_DIR}${indexes[0]}/`, mergeFilter: { index: indexes[0]! } });
    // Started now, not at the first search: with a single index, nothing else would start it.
    await pagefind.init();
    await Promise.all(
      indexes.slice(1).map((index) => pagefind.mergeIndex(`${SEARCH_DIR}${index}/`, { mergeFilter: { index } })),
    );
    return { pagefind, indexes };
  })();
  // Not kept when it failed (offline): the next search tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Every result of a request, in the order asked for. */
async function searchAll(engine: Engine | undefined, { query, order, section }: SearchRequest): Promise<Hit[]> {
  if (!engine) return [];
  const { pagefind, indexes } = engine;
  const filters: Record<string, string> = section ? { section } : {};
  const hits = (await pagefind.search(query, { filters }))?.results ?? [];
  if (order !== 'date') return hits;
  // Merged indexes rank a sorted search by each index's own positions, so newest first comes
  // from one index at a time, newest first, until every result is in.
  const sorted: Hit[] = [];
  for (const index of indexes) {
    if (sorted.length === hits.length) break;
    const byDate = await pagefind.search(query, { sort: { date: 'desc' }, filters: { ...filters, index } });
    sorted.push(...(byDate?.results ?? []));
  }
  return sorted;
}

/**
 * The latest search, by its URL. Pagefind's WebAssembly runs its first search about twice as
 * slowly as the next (its code is compiled for speed only once it has run): at 10,000 articles, a
 * word found everywhere took 470 ms to search instead of 230. So the page searches the words as
 * the reader types them (searchAhead), and Enter finds that price paid and, most often, its own
 * search done. Nothing is shown, and no result's text fetched, before Enter.
 */
let latestSearch: { path: string; hits: Promise<Hit[]> } | undefined;

/** Every result of a request: the latest search's, when it is the same, else a new search's. */
function search(request: SearchRequest): Promise<Hit[]> {
  const path = searchPath(request);
  if (latestSearch?.path !== path) {
    const hits = loadEngine().then((engine) => searchAll(engine, request));
    // After a failure nothing is kept (a later search's result at worst, searched again): the next request tries again.
    hits.catch(() => (latestSearch = undefined));
    latestSearch = { path, hits };
  }
  return latestSearch.hits;
}

/** The words typed, until Enter; searched ahead once the search under way ends, the latest only. */
let typed: SearchRequest | undefined;
let searchingAhead: Promise<unknown> = Promise.resolve();

function searchAhead(request: SearchRequest): void {
  typed = request;
  // One search at a time, as Pagefind's worker runs them anyway; a search already made is not run again.
  searchingAhead = searchingAhead.then(() => typed && search(typed)).catch(() => {});
}

/** An element with a class and children; strings become text nodes. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Wire the page up and run the search its URL asks for. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  if (!root || !form) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const order = form.elements.namedItem('tri') as HTMLSelectElement;
  // Absent when the site has a single section.
  const section = form.elements.namedItem('rubrique') as HTMLSelectElement | null;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const browse = root.querySelector<HTMLElement>('[data-search-browse]')!;
  root.querySelector('[data-search-nojs]')?.remove();
  // Set by src/layouts/SearchLayout.astro from the site's config, the one place it is chosen.
  const timeZone = root.dataset.timeZone!;
  const pageTitle = document.title;

  /** One result: linked title, excerpt with the words found highlighted, date, section, source. */
  function resultItem({ url, excerpt, meta }: Awaited<ReturnType<Hit['data']>>): HTMLLIElement | undefined {
    const path = resultPath(url);
    if (!path) return undefined;
    const link = element('a', '', meta.title || path);
    link.href = path;
    const text = element('p', 'result__excerpt');
    for (const { text: words, highlighted } of excerptParts(excerpt)) {
      text.append(highlighted ? element('mark', '', words) : words);
    }
    const facts = element('p', 'result__meta');
    const date = meta.date ? new Date(meta.date) : undefined;
    if (date && !Number.isNaN(date.getTime())) {
      const time = element('time', '', formatDay(date, timeZone));
      time.dateTime = meta.date!;
      facts.append(time);
    }
    if (meta.section) facts.append(facts.childNodes.length ? ' · ' : '', meta.section);
    if (meta.source) facts.append(facts.childNodes.length ? ' · ' : '', `Source\u202f: ${meta.source}`);
    return element('li', 'result', element('h2', 'result__title', link), text, facts);
  }

  // Only the latest search may write: an earlier, slower one is dropped.
  let latest = 0;

  /** Pagefind or a result could not be loaded (offline, or `npm run dev`, which has no index). */
  function failed(run: number): void {
    if (run !== latest) return;
    status.textContent = status.dataset.failed!;
    browse.hidden = false;
  }

  async function show(request: SearchRequest): Promise<void> {
    const run = ++latest;
    input.value = request.query;
    order.value = request.order;
    if (section) section.value = request.section ?? '';
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    more.onclick = null;
    document.title = request.query ? `${quotedQuery(request.query)} — ${pageTitle}` : pageTitle;
    if (!request.query) {
      status.textContent = '';
      browse.hidden = false;
      return;
    }
    const quoted = quotedQuery(request.query);
    status.textContent = `Recherche de ${quoted}…`;
    // Hidden with the status line's first words, not after the results: pushed down by them, it moved.
    browse.hidden = true;
    try {
      // Words typed before Enter no longer need searching ahead.
      typed = undefined;
      const hits = await search(request);
      if (run !== latest) return;
      if (hits.length === 0) {
        browse.hidden = false;
        status.textContent = `Aucun résultat pour ${quoted}. ${status.dataset.none}`;
        return;
      }
      let shown = 0;
      let loading = false;
      const showMore = async (moveFocus: boolean) => {
        // A second click while results load would add the same ones twice.
        if (loading) return;
        loading = true;
        const items: HTMLLIElement[] = [];
        try {
          // The first result alone, then the others at once, each shown as soon as those above
          // it are: Pagefind's one worker, handed all twenty at once, kept the first waiting
          // (37 ms instead of 13 at 10,000 articles).
          const [first, ...others] = hits.slice(shown, shown + RESULTS_PER_PAGE);
          const batch = [first!.data()];
          await batch[0];
          if (run !== latest) return;
          batch.push(...others.map((hit) => hit.data()));
          for (const data of batch) {
            const item = resultItem(await data);
            if (run !== latest) return;
            shown++;
            if (!item) continue;
            items.push(item);
            list.append(item);
            list.hidden = false;
          }
        } finally {
          loading = false;
        }
        more.hidden = shown >= hits.length;
        const count = `${resultCountLabel(hits.length)} pour ${quoted}`;
        status.textContent = shown < hits.length ? `${count}, ${shown} affichés.` : `${count}.`;
        // Keyboard users carry on from the first result the button added.
        if (moveFocus) items[0]?.querySelector('a')?.focus();
      };
      more.onclick = () => showMore(true).catch(() => failed(run));
      await showMore(false);
    } catch {
      failed(run);
    }
  }

  /** The search the form holds now. */
  const formRequest = () =>
    readSearchRequest(`?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = formRequest();
    history.pushState(null, '', searchPath(request));
    void show(request);
  });
  for (const select of [order, section]) {
    select?.addEventListener('change', () => {
      if (input.value.trim()) form.requestSubmit();
    });
  }
  // Pagefind loads when the reader goes to the box (a query pasted whole comes after that, and
  // finds the engine loaded), or types without having clicked it. While the reader types, the
  // page fetches the index of the words so far and searches them (searchAhead, from three
  // letters): Enter then finds the work done. Not the index before three letters: the chunks of
  // "c" and "co" are not those of "corée" (82 KB more at 10,000 articles).
  input.addEventListener('focus', () => void loadEngine().catch(() => {}));
  input.addEventListener('input', () => {
    const letters = input.value.trim().length;
    if (letters >= 3) searchAhead(formRequest());
    else if (letters > 0) loadEngine().catch(() => {});
  });
  window.addEventListener('popstate', () => void show(readSearchRequest(location.search)));
  void show(readSearchRequest(location.search));
}
