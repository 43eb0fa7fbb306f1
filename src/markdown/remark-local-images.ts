import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLineOffset, sourceName } from './source-lines';

/** A URL with a scheme (https:, data:…) or site-absolute (/…): not a file beside the article. */
export const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/**
 * A picture referenced by a relative path must be a file inside the article's folder tree.
 * Astro would otherwise stop with "Could not find requested image", naming the picture but not
 * the article; and a path such as `../../../etc/passwd` must never be read. The build stops with
 * the article's file, line and column instead.
 */
export function remarkLocalImages() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const folder = dirname(file.path);
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'definition') return;
      const { url } = node;
      if (NOT_A_FILE.test(url) || (node.type === 'definition' && !/\.\w+$/.test(url))) return;
      let path: string;
      try {
        path = resolve(folder, decodeURIComponent(url.split(/[?#]/)[0]!));
      } catch {
        path = resolve(folder, url);
      }
      const where = relative(folder, path);
      const problem =
        where.startsWith('..') || isAbsolute(where)
          ? 'is outside the article’s folder: keep pictures beside the article'
          : !existsSync(path) || !statSync(path).isFile()
            ? 'does not exist: check the file name and where the picture is'
            : undefined;
      if (problem) {
        const line = bodyLineOffset(file) + (node.position?.start.line ?? 1);
        const column = node.position?.start.column ?? 1;
        file.fail(`${sourceName(file)}:${line}:${column}: the picture "${url}" ${problem}`, { line, column });
      }
    });
  };
}
