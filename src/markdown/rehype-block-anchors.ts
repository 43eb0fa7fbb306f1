import type { Element, ElementContent, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { PAGE_IDS } from '../lib/page-ids.ts';
import { slugify } from '../lib/slug.ts';

/** How many of a block's first words name it: enough to tell paragraphs apart, short enough to share. */
const WORDS = 6;
const MAX_LENGTH = 48;

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** What each link says to screen readers; the pilcrow readers see is drawn by CSS, so it is never copied with the text. */
const LABELS = {
  p: 'Lien vers ce paragraphe',
  heading: 'Lien vers cette section',
  figure: 'Lien vers cette illustration',
} as const;

/** Footnotes carry their own ids and links (GFM's `user-content-fn-…`). */
const isFootnotes = (node: Element) => node.tagName === 'section' && node.properties.dataFootnotes !== undefined;

/** A footnote's call, `[^1]` in the text. */
const isCall = (node: ElementContent) => node.type === 'element' && node.properties.dataFootnoteRef !== undefined;

/**
 * Gives every paragraph, heading and figure of an article an id and a discreet link to it, so a
 * reader can share the address of one passage.
 *
 * An id is made of the block's first words (a figure's caption or alt text), not of its position:
 * a correction that rewrites or inserts one paragraph leaves every other paragraph's address as it
 * was, and a typo fixed past the first words leaves even that one's. Ids already there (the
 * editor's own anchors, after the sanitiser's `user-content-` prefix) are kept and never reused.
 *
 * The link has no text: its name is an `aria-label`, its pilcrow is CSS. Its `share-anchor` class
 * is what reader modes (Mozilla Readability) drop as a share control, so reader mode shows the
 * article without them. The labels are French whatever the article's language, as is the rest of
 * the page's interface.
 */
export function rehypeBlockAnchors() {
  return (tree: Root) => {
    // The page's own ids first: an article's passages share the page with them.
    const taken = new Set<string>(Object.values(PAGE_IDS));
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    const unique = (base: string) => {
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return id;
    };
    const idFor = (node: Element, text: string, prefix = '', fallback = 'paragraphe') => {
      if (typeof node.properties.id === 'string') return node.properties.id;
      const words = text.trim().split(/\s+/).slice(0, WORDS).join(' ');
      const id = unique(prefix + (slugify(words, MAX_LENGTH) || fallback));
      node.properties.id = id;
      return id;
    };

    visit(tree, 'element', (node, index, parent: Parents | undefined) => {
      if (isFootnotes(node)) return SKIP;
      if (node.tagName === 'figure') {
        const caption = node.children.find((child) => child.type === 'element' && child.tagName === 'figcaption');
        const text = caption ? toString(caption) : String(findImage(node)?.properties.alt ?? '');
        // Before the caption: a figcaption must be a figure's first or last child.
        const link = anchor(idFor(node, text, 'figure-', 'illustration'), LABELS.figure);
        node.children.splice(caption ? node.children.indexOf(caption) : node.children.length, 0, link);
        return SKIP;
      }
      if (node.tagName === 'p') {
        node.children.push(anchor(idFor(node, wordsOf(node)), LABELS.p));
        return SKIP;
      }
      if (HEADINGS.has(node.tagName) && parent && index !== undefined) {
        // Beside the heading, not inside it, so the heading's accessible name stays its text.
        parent.children[index] = h('div.heading-anchor', [
          node,
          anchor(idFor(node, wordsOf(node), '', 'section'), LABELS.heading),
        ]);
        return [SKIP, index + 1];
      }
      return undefined;
    });
  };
}

/**
 * A block's words, without its footnote calls: "rapport[^1]" names the paragraph "rapport", so
 * adding a note to a paragraph leaves its address as it was.
 */
function wordsOf(node: Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || isCall(child) || (child.tagName === 'sup' && child.children.some(isCall))) {
        return '';
      }
      return wordsOf(child);
    })
    .join('');
}

const anchor = (id: string, label: string) => h('a.share-anchor', { href: `#${id}`, ariaLabel: label });

function findImage(node: Element): Element | undefined {
  let image: Element | undefined;
  visit(node, 'element', (child) => {
    if (child.tagName === 'img' && !image) image = child;
  });
  return image;
}

/**
 * `html` this plugin made, without its links: a feed reader shows no pilcrow, so they would be
 * empty links there. The ids stay, for links to a paragraph.
 */
export const withoutAnchorLinks = (html: string): string =>
  html
    .replace(/<a class="share-anchor" href="#[^"]*" aria-label="[^"]*"><\/a>/g, '')
    .replace(/<div class="heading-anchor">(<(h[2-6])\b[^>]*>[\s\S]*?<\/\2>)<\/div>/g, '$1');
