import type { Element, Root, Text } from 'hast';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CONTROL, codePoint } from './remark-check-text.ts';
import { bodyLineOffset, failAt } from './source-lines.ts';

/**
 * What no reader should get from a character reference: a control character (invalid in the
 * feeds' XML, which a feed reader then refuses whole), or U+FFFD and the noncharacters U+FFFE and
 * U+FFFF, which is what a reference to nothing printable (`&#0;`, `&#xD800;`) decodes to.
 */
const UNPRINTABLE = new RegExp(`${CONTROL.source}|[\\ufffd\\ufffe\\uffff]`, 'u');

/**
 * The decoded text's twin of remarkCheckText: that one reads the file as written, this one the
 * text and attributes once character references are decoded (`A&#7;B`, `title="t&#8;t"`), raw
 * HTML included. The build stops with the file, line and column of the node.
 */
export function rehypeCheckText() {
  return (tree: Root, file: VFile) => {
    const fail = (node: Element | Text, where: string, character: string) => {
      const start = node.position?.start;
      const place = start && { line: bodyLineOffset(file) + start.line, column: start.column };
      failAt(file, place, `character reference to ${codePoint(character)} ${where}: delete it`);
    };
    visit(tree, (node) => {
      if (node.type === 'text') {
        const found = UNPRINTABLE.exec(node.value);
        if (found) fail(node, 'in the text', found[0]);
      } else if (node.type === 'element') {
        for (const [name, value] of Object.entries(node.properties)) {
          const found = UNPRINTABLE.exec(Array.isArray(value) ? value.join(' ') : String(value));
          if (found) fail(node, `in the ${find(html, name).attribute} of <${node.tagName}>`, found[0]);
        }
      }
    });
  };
}
