/**
 * "Partager l'extrait": once a reader selects words of the article, a bar offers to share a link
 * to exactly that passage (src/lib/text-fragment.ts), through the system's share sheet where there
 * is one, else by copying it. Loaded by ArticleLayout.astro on the first selection, never before.
 *
 * The bar's styles are a constructed stylesheet: the page's CSP allows no style element or
 * attribute that was not in the HTML, and the CSSOM is not bound by it.
 */
import { passageIn, passageUrl, type Passage } from '../lib/text-fragment';

const BLOCK = 'p[id], figure[id], h2[id], h3[id], h4[id], h5[id], h6[id]';

const STYLES = `
.passage-share{position:fixed;inset-inline:0;bottom:0;z-index:10;display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:.5rem 1rem;padding:.5rem 1rem calc(.5rem + env(safe-area-inset-bottom));font-family:var(--font-ui);color:var(--color-text);background:var(--color-panel);border-top:1px solid var(--color-rule-strong)}
.passage-share[hidden]{display:none}
.passage-share button{min-height:2.75rem;padding:0 1.25rem;font:inherit;font-weight:600;color:var(--color-bg);background:var(--color-text);border:0;border-radius:.25rem;cursor:pointer}
.passage-share button:focus-visible{outline:3px solid var(--color-focus);outline-offset:2px}
.passage-share p{margin:0}
@media print{.passage-share{display:none}}`;

interface Shared {
  url: string;
  quote: string;
}

/** The block of the article holding `node`, if it has an id. */
const blockOf = (body: HTMLElement, node: Node) => {
  const block = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(BLOCK);
  return block && body.contains(block) ? block : undefined;
};

/** Offset of a range boundary within `block`'s text. */
function offsetIn(block: HTMLElement, container: Node, offset: number) {
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(container, offset);
  return before.toString().length;
}

/** The passage a selection covers, from the first block it touches to the last. */
function selectedPassage(body: HTMLElement, range: Range): Shared | undefined {
  const first = blockOf(body, range.startContainer);
  const last = blockOf(body, range.endContainer);
  if (!first || !last) return undefined;
  const start = offsetIn(first, range.startContainer, range.startOffset);
  const end = offsetIn(last, range.endContainer, range.endOffset);
  const head = passageIn(first.textContent ?? '', start, first === last ? end : Infinity);
  const tail = first === last ? head : passageIn(last.textContent ?? '', 0, end);
  const passage: Passage = {
    parts: first === last ? head.parts : [...head.parts, ...tail.parts],
    before: head.before,
    after: tail.after,
  };
  if (!passage.parts.join('')) return undefined;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  return { url: passageUrl(canonical, first.id, passage), quote: passage.parts.join(' … ') };
}

function startPassageShare(body: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const bar = document.createElement('div');
  bar.className = 'passage-share';
  bar.hidden = true;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Partager l’extrait';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  bar.append(button, status);
  // Right after the text, so the keyboard reaches it next.
  body.after(bar);

  let shared: Shared | undefined;
  const update = () => {
    const selection = getSelection();
    const next = selection && !selection.isCollapsed ? selectedPassage(body, selection.getRangeAt(0)) : undefined;
    // A reader tabbing to the button may collapse the selection on the way: keep what they chose.
    if (!next && bar.contains(document.activeElement)) return;
    shared = next;
    status.textContent = '';
    bar.hidden = !shared;
  };
  document.addEventListener('selectionchange', update);
  // A click must not take the selection away before it is shared.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  const share = async () => {
    if (!shared) return;
    const { url, quote } = shared;
    if (typeof navigator.share === 'function') {
      // A reader closing the share sheet is not an error worth showing.
      await navigator.share({ url, text: `« ${quote} »` }).catch(() => {});
    } else if (navigator.clipboard) {
      await navigator.clipboard.writeText(url).then(
        () => (status.textContent = 'Lien vers l’extrait copié.'),
        () => (status.textContent = url),
      );
    } else status.textContent = url;
  };
  button.addEventListener('click', () => void share());
  update();
}

const body = document.querySelector<HTMLElement>('.article-body');
if (body) startPassageShare(body);
