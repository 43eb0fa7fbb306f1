import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * Point in-page links (`#note`) at the ids the sanitiser prefixed. It writes `id="note"` as
 * `id="user-content-note"`, so an article's ids never clobber the page's scripts' globals, but
 * leaves the links to them as written: footnote calls and returns, and an editor's own anchors,
 * then led nowhere. A link keeps its target when an element has that id unprefixed.
 */
export function rehypeInPageLinks() {
  const prefix = sanitizeSchema.clobberPrefix ?? '';
  return (tree: Root) => {
    if (!prefix) return;
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      let target: string;
      try {
        target = decodeURIComponent(href.slice(1));
      } catch {
        return;
      }
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`;
    });
  };
}
