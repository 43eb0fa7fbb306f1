import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

/**
 * A URL as the browser's parser reads it: without ASCII tabs and newlines, wherever they are,
 * and without the control characters and spaces at either end. Written `/&#9;/evil.example`, a
 * link looks relative to the sanitiser and takes the reader to evil.example.
 */
// eslint-disable-next-line no-control-regex -- control characters are what the URL parser drops
const asParsed = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/**
 * Write URLs as the browser reads them, and give protocol-relative ones (`//host/path`, or with
 * backslashes) the `https:` scheme. The sanitiser treats a URL with no scheme as relative and
 * keeps it; written out in full, it is judged by the schema's protocol rules like any other
 * absolute URL (an image from another host is then refused, as the CSP would refuse to load it),
 * and rehype-external-links marks the link as external.
 */
export function rehypeProtocolRelative() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value !== 'string') continue;
        const url = asParsed(value);
        node.properties[property] = /^[/\\]{2}/.test(url) ? `https://${url.slice(2)}` : url;
      }
    });
  };
}
