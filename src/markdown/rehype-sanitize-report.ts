import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLineOffset } from './source-lines';

export interface Options {
  /** The schema `rehype-sanitize` will apply next; required. */
  schema: Schema;
  /**
   * Fail instead of warning, so nothing is published with silently removed content.
   * Default: `LISEUSE_STRICT=1` in the environment (set in CI).
   */
  strict?: boolean;
  /** Where warnings go. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** One thing sanitising will remove, where the editor wrote it. */
export interface Removal {
  line: number;
  column: number;
  /** What goes, e.g. `<script>` or `onclick on <a>`. */
  what: string;
}

/**
 * Say what `rehype-sanitize` is about to remove, with file and line, so an editor never loses
 * text silently. It runs the same sanitiser on a copy and compares elements by source position;
 * the tree itself is left untouched for `rehype-sanitize`, which runs right after.
 */
export function rehypeSanitizeReport(options: Options) {
  const strict = options.strict ?? process.env.LISEUSE_STRICT === '1';
  const warn = options.warn ?? ((message: string) => console.warn(message));
  return (tree: Root, file: VFile) => {
    const removals = findRemovals(tree, options.schema);
    if (removals.length === 0) return;
    const path = file.path || 'article';
    const offset = bodyLineOffset(file);
    const lines = removals.map(
      ({ line, column, what }) => `${path}:${line + offset}:${column}: the sanitiser removes ${what}`,
    );
    const message = `${lines.join('\n')}\n(allowed HTML is listed in src/markdown/sanitize-schema.ts)`;
    if (strict) throw new Error(`Unsafe or unsupported HTML in an article (LISEUSE_STRICT=1):\n${message}`);
    warn(message);
  };
}

/** Elements and attributes of `tree` that `sanitize(tree, schema)` drops, outermost first. */
export function findRemovals(tree: Root, schema: Schema): Removal[] {
  // A paragraph and its first word's <em> start at the same offset: the key needs the tag too.
  const key = (element: Element) => `${element.position?.start.offset}:${element.tagName}`;
  const kept = new Map<string, Element>();
  // sanitize() builds a new tree and leaves its input alone: no copy needed.
  visit(sanitize(tree, schema) as Root, 'element', (element) => {
    if (element.position?.start.offset !== undefined) kept.set(key(element), element);
  });

  const removals: Removal[] = [];
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
        removals.push({ ...at, what: `${attributeName(name)} on <${element.tagName}>` });
      }
    }
  });
  return removals;
}

/** hast property name → HTML attribute name, for messages (`className` → `class`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^on-/, 'on');
}
