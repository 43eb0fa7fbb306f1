import type { Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Put each table in a box that scrolls sideways: a table of figures wider than a phone keeps its
 * columns readable instead of breaking its numbers, and the page itself never scrolls sideways.
 * The box can take the keyboard's focus, so it can be scrolled without a pointer, and is named
 * for screen readers ("Tableau", or "Tableau 2" when there are several). Runs after the sanitiser: the box is the site's markup, not the editor's.
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'table') count++;
    });
    let number = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      // Numbered when there are several, so each region has a name of its own.
      const name = count > 1 ? `Tableau ${++number}` : 'Tableau';
      parent.children[index] = h('div.table-scroll', { tabIndex: 0, role: 'region', ariaLabel: name }, [node]);
      return [SKIP, index + 1];
    });
  };
}
