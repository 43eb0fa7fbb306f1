/**
 * rehype-raw, when the article has raw HTML: it turns that HTML into elements so the sanitiser
 * judges it. It does so by serialising and re-parsing the whole tree, which costs about as much
 * as the rest of the pipeline; an article written in plain Markdown, the common case, has
 * nothing for it to do and skips it.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const hasRaw = (tree: Root) => {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
};

export function rehypeRawHtml() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile): Root => (hasRaw(tree) ? parseRaw(tree, file) : tree);
}
