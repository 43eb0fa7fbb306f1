/**
 * The list on /hors-ligne/ (src/pages/hors-ligne.astro): the articles the service worker keeps,
 * saved ones first, each group newest first, with title and date read from the kept page itself.
 * It runs offline too: the worker keeps the page and the scripts it loads (public/sw.js, install).
 */
import { formatDay } from '../lib/dates';
import { askWorker, OFFLINE_PATH, type KeptArticle } from '../lib/offline';

interface Listed {
  path: string;
  title: string;
  published: Date;
}

/** The value of a kept page's `<meta property>`, its character references decoded. */
function metaContent(html: string, property: string): string | undefined {
  const encoded = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
  if (encoded === undefined) return undefined;
  // A textarea's content is text, never elements: decoding runs nothing and loads nothing. (A
  // DOMParser document would be made of the whole page, and its styles reported by the CSP.)
  const decoder = document.createElement('textarea');
  decoder.innerHTML = encoded;
  return decoder.value;
}

async function describe({ path }: KeptArticle): Promise<Listed | undefined> {
  const page = await caches.match(path);
  if (!page) return undefined;
  const html = await page.text();
  const title = metaContent(html, 'og:title');
  const published = metaContent(html, 'article:published_time');
  return title && published ? { path, title, published: new Date(published) } : undefined;
}

function render(group: HTMLElement, articles: Listed[], timeZone: string) {
  group.querySelector('ul')!.replaceChildren(
    ...articles
      .sort((a, b) => b.published.getTime() - a.published.getTime())
      .map(({ path, title, published }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = path;
        link.textContent = title;
        const date = document.createElement('time');
        date.dateTime = published.toISOString();
        date.textContent = formatDay(published, timeZone);
        item.append(link, ' ', date);
        return item;
      }),
  );
  group.hidden = articles.length === 0;
}

async function startSavedList(root: HTMLElement): Promise<void> {
  const timeZone = root.dataset.timeZone!;
  root.querySelector<HTMLElement>('[data-offline-elsewhere]')!.hidden = location.pathname === OFFLINE_PATH;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  if (!('serviceWorker' in navigator)) return;
  status.textContent = 'Recherche des articles gardés…';
  const kept = await askWorker<KeptArticle[]>({ type: 'list' });
  const described = await Promise.all(kept.map(async (article) => ({ ...article, listed: await describe(article) })));
  const group = (saved: boolean) =>
    described.flatMap(({ saved: isSaved, listed }) => (isSaved === saved && listed ? [listed] : []));
  render(root.querySelector('[data-offline-saved]')!, group(true), timeZone);
  render(root.querySelector('[data-offline-read]')!, group(false), timeZone);
  const count = described.filter(({ listed }) => listed).length;
  status.textContent =
    count === 0
      ? 'Aucun article n’est encore gardé sur cet appareil : ouvrez-en un, ou choisissez « Lire hors ligne ».'
      : `${count} article${count > 1 ? 's' : ''} lisible${count > 1 ? 's' : ''} sans connexion sur cet appareil.`;
}

const root = document.querySelector<HTMLElement>('[data-offline-page]');
if (root) void startSavedList(root);
