import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Let the browser load article images lazily and decode them off the main thread. */
export function rehypeImageLoading() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img') {
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      }
    });
  };
}
