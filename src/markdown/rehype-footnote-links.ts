import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from './sanitize-schema.ts';

/** A footnote's call (`[^1]` in the text) or its way back. */
const isFootnoteLink = (node: Element) =>
  node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;

/**
 * Point footnote links at the ids the sanitiser prefixed. It writes `id="fn-1"` as
 * `id="user-content-fn-1"`, so an article's ids never clobber the page's scripts' globals, but
 * leaves the links as remark-rehype wrote them (`#fn-1`), leading nowhere. Only footnotes: an
 * editor's own `#contexte` may be meant for the heading "Contexte", whose id comes later.
 */
export function rehypeFootnoteLinks() {
  const prefix = sanitizeSchema.clobberPrefix ?? '';
  return (tree: Root) => {
    if (!prefix) return;
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (!isFootnoteLink(node) || typeof href !== 'string' || !href.startsWith('#')) return;
      // The label as written in both (`[^élysée]` is percent-encoded in the id and the link alike).
      if (ids.has(prefix + href.slice(1))) node.properties.href = `#${prefix}${href.slice(1)}`;
    });
  };
}
