import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

/**
 * Give protocol-relative URLs (`//host/path`) the `https:` scheme. The sanitiser treats a URL with
 * no scheme as relative and keeps it; written out in full, it is judged by the schema's protocol
 * rules like any other absolute URL (an image from another host is then refused, as the CSP
 * would refuse to load it).
 */
export function rehypeProtocolRelative() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value === 'string' && /^\s*[/\\]{2}/.test(value)) {
          node.properties[property] = `https:${value.trim().replace(/^[/\\]{2}/, '//')}`;
        }
      }
    });
  };
}
