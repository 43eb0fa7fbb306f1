import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFile } from 'vfile';

/**
 * How many lines of the article file come before the Markdown body the plugins see. Astro hands
 * the pipeline the body without its frontmatter, so positions start at the body; adding this
 * offset turns them into the line numbers an editor sees in the file. 0 when there is no file.
 */
export function bodyLineOffset(file: VFile): number {
  if (!file.path) return 0;
  let raw: string;
  try {
    raw = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const start = raw.lastIndexOf(String(file.value));
  return start > 0 ? raw.slice(0, start).split('\n').length - 1 : 0;
}

/** The article file as an editor names it: relative to the project when inside it, e.g. "content/articles/x.md". */
export function sourceName(file: VFile): string {
  if (!file.path) return '<article>';
  const path = relative(process.cwd(), file.path);
  return path.startsWith('..') ? file.path : path;
}

/** Stop the render with `reason`, prefixed as editors' tools link it: "content/articles/x.md:3:1: …". */
export function failAt(file: VFile, place: { line: number; column: number } | undefined, reason: string): never {
  const prefix = place ? `${sourceName(file)}:${place.line}:${place.column}` : sourceName(file);
  return file.fail(`${prefix}: ${reason}`, place);
}
