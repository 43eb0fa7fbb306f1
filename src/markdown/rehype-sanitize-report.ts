import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLineOffset } from './source-lines.ts';

/** One thing sanitising will remove, where the editor wrote it. */
export interface Removal {
  /** The article file (its path as the pipeline got it, or "article" when there is none). */
  file: string;
  /** Line and column in the article file, frontmatter included. */
  line: number;
  column: number;
  /** What goes, e.g. `<script>` or `onclick on <a>`. */
  what: string;
}

export interface Options {
  /** The schema `rehype-sanitize` will apply next; required. */
  schema: Schema;
  /**
   * Receives what sanitising will remove from a file, once per file that loses anything.
   * Default: `warnOrFail()`, which prints the removals, or fails the render with
   * `LISEUSE_STRICT=1` (set by `npm test`, and so in CI).
   */
  onRemovals?: (removals: Removal[]) => void;
}

/** The removals as an editor reads them: one `file:line:col: the sanitiser removes …` line each. */
export function formatRemovals(removals: readonly Removal[]): string {
  const lines = removals.map(
    ({ file, line, column, what }) => `${file}:${line}:${column}: the sanitiser removes ${what}`,
  );
  return `${lines.join('\n')}\n(allowed HTML is listed in src/markdown/sanitize-schema.ts)`;
}

/** Print removals as warnings, or throw them when `strict`, so nothing is published silently cut. */
export function warnOrFail(strict = process.env.LISEUSE_STRICT === '1') {
  return (removals: Removal[]): void => {
    const message = formatRemovals(removals);
    if (strict) throw new Error(`Unsafe or unsupported HTML in an article (LISEUSE_STRICT=1):\n${message}`);
    console.warn(message);
  };
}

/**
 * Say what `rehype-sanitize` is about to remove, with file and line, so an editor never loses
 * text silently. It runs the same sanitiser on a copy and compares elements by source position;
 * the tree itself is left untouched for `rehype-sanitize`, which runs right after.
 */
export function rehypeSanitizeReport(options: Options) {
  const onRemovals = options.onRemovals ?? warnOrFail();
  return (tree: Root, file: VFile) => {
    const found = findRemovals(tree, options.schema);
    if (found.length === 0) return;
    const path = file.path || 'article';
    const offset = bodyLineOffset(file);
    onRemovals(found.map((removal) => ({ ...removal, file: path, line: removal.line + offset })));
  };
}

/** Elements and attributes of `tree` that `sanitize(tree, schema)` drops, outermost first. */
export function findRemovals(tree: Root, schema: Schema): Array<Omit<Removal, 'file'>> {
  // A paragraph and its first word's <em> start at the same offset: the key needs the tag too.
  const key = (element: Element) => `${element.position?.start.offset}:${element.tagName}`;
  const kept = new Map<string, Element>();
  // sanitize() builds a new tree and leaves its input alone: no copy needed.
  visit(sanitize(tree, schema) as Root, 'element', (element) => {
    if (element.position?.start.offset !== undefined) kept.set(key(element), element);
  });

  const removals: Array<Omit<Removal, 'file'>> = [];
  visit(tree, 'element', (element) => {
    const start = element.position?.start;
    // Elements made by plugins have no source position: they are the pipeline's, not the editor's.
    if (start?.offset === undefined) return;
    const at = { line: start.line, column: start.column };
    const survivor = kept.get(key(element));
    if (!survivor) {
      removals.push({ ...at, what: `<${element.tagName}>` });
      // Its content is reported with it, or kept as text; either way, once is enough.
      return 'skip';
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (value !== undefined && value !== null && value !== false && survivor.properties[name] === undefined) {
        removals.push({ ...at, what: `${find(html, name).attribute} on <${element.tagName}>` });
      }
    }
  });
  return removals;
}
