/**
 * The articles collection as the build sees it, for the editor's scripts: which files it holds,
 * the id the glob loader gives each, and every problem an article has, with the line to fix.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter, type RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { glob } from 'tinyglobby';
import { ARTICLE_PATTERN, articleId, articleSchema } from '../../src/content.config';
import type { VFile } from 'vfile';
import { markdownPipeline } from '../../src/markdown/index';
import { rehypeSanitizeReport, type Removal } from '../../src/markdown/rehype-sanitize-report';
import { site } from '../../src/site';

/** The repository root, which Astro resolves the content folder against. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the articles folder (`site.contentDir`, i.e. `LISEUSE_CONTENT_DIR`). */
export const contentDir = resolve(projectRoot, site.contentDir);

/** `path` as the editor should read it: relative to where the command ran, when it is inside. */
export function displayPath(path: string): string {
  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  const from = process.env.INIT_CWD ?? process.cwd();
  const shown = relative(from, path);
  return shown.startsWith('..') || shown === '' ? path : shown.split(sep).join('/');
}

/** Paths of the collection's files relative to `dir`, with `/` separators, sorted. */
export async function listArticleFiles(dir = contentDir): Promise<string[]> {
  const files = await glob(ARTICLE_PATTERN, { cwd: dir, expandDirectories: false });
  return files.sort();
}

/** The id the build gives `entry` (see `articleId`), or the reason the file name cannot make one. */
export function idOf(entry: string): { id: string } | { problem: string } {
  try {
    return { id: articleId({ entry }) };
  } catch (error) {
    return { problem: (error as Error).message.replace(`${entry}: `, '') };
  }
}

/** Something wrong in an article, at a line of its file (1-based). */
export interface Problem {
  line: number;
  message: string;
}

/** Decode a file as UTF-8, or name the first line that is not (the build would garble it). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: Problem } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 character, so lines decode alone.
    let start = 0;
    let line = 1;
    for (;;) {
      const end = bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        break;
      }
      if (end === -1) break;
      start = end + 1;
      line += 1;
    }
    return { problem: { line, message: 'not UTF-8 text: save the file with the UTF-8 encoding' } };
  }
}

/** What `checkArticle` found: the problems, and the raw frontmatter (for the entry id). */
export interface ArticleCheck {
  problems: Problem[];
  data: Record<string, unknown>;
  /** What the checks across files need (publishers, aliases), with lines, when the frontmatter is valid. */
  shared?: {
    source: { name: string; url: string; line: number };
    aliases: { path: string; line: number }[];
  };
}

/**
 * Every problem the build, the sanitiser or a reader would meet in an article's text: YAML,
 * schema, empty body, bad links, HTML the sanitiser removes. `file` is its absolute path.
 */
export async function checkArticle(text: string, file: string): Promise<ArticleCheck> {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    // Blank lines in place of the frontmatter keep body line numbers equal to the file's.
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    const line = openingLine(text) + (mark?.line ?? 0);
    return { problems: [{ line, message: `invalid frontmatter: ${reason ?? String(error)}` }], data: {} };
  }
  const { frontmatter: data, rawFrontmatter, content: body } = parsed;
  if (rawFrontmatter === '') {
    const message = 'no frontmatter: the file must start with a block of fields between two "---" lines';
    return { problems: [{ line: 1, message }], data };
  }

  const problems: Problem[] = [];
  const first = openingLine(text);
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      problems.push({
        line: fieldLine(rawFrontmatter, first, issue.path),
        message: field ? `${field}: ${issue.message}` : issue.message,
      });
    }
  }

  if (body.trim() === '') {
    const closing = first + rawFrontmatter.split('\n').length - 1;
    problems.push({ line: closing, message: 'empty body: the article has no text after its frontmatter' });
  } else {
    problems.push(...(await renderProblems(body, file, result.success ? result.data : data)));
  }
  const shared = result.success
    ? {
        source: { ...result.data.source, line: fieldLine(rawFrontmatter, first, ['source', 'name']) },
        aliases: result.data.aliases.map((path, index) => ({
          path,
          line: fieldLine(rawFrontmatter, first, ['aliases', index]),
        })),
      }
    : undefined;
  return { problems: problems.sort((a, b) => a.line - b.line), data, ...(shared && { shared }) };
}

/** Line of the opening `---`: parseFrontmatter allows blank lines before it. */
function openingLine(text: string): number {
  const start = /^\uFEFF?\s*?(?=---|\+\+\+)/u.exec(text)?.[0] ?? '';
  return start.split('\n').length;
}

/**
 * Line of the field at `path` in the frontmatter, or of its nearest parent that is written.
 * Follows block lists too (`corrections.1.date` is the `date` of the second `- ` item).
 */
function fieldLine(rawFrontmatter: string, opening: number, path: readonly PropertyKey[]): number {
  // rawFrontmatter starts right after the opening `---`: its line 0 is that line. A list item's
  // line is blanked up to its first key ("  - date: x" reads "    date: x"), so that key is found
  // on the item's own line.
  const lines = rawFrontmatter.split('\n');
  let found = 0;
  let indent = -1;
  let itemLine = false;
  for (const key of path) {
    if (typeof key === 'symbol') break;
    const keyPattern = new RegExp(
      `^(\\s*)(?:${escapeRegExp(String(key))}|"${escapeRegExp(String(key))}"|'${escapeRegExp(String(key))}')\\s*:`,
    );
    let next = -1;
    let items = 0;
    let itemIndent = -1;
    for (let index = itemLine ? found : found + 1; index < lines.length; index += 1) {
      const line = lines[index] ?? '';
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const lineIndent = line.length - line.trimStart().length;
      if (typeof key === 'number') {
        // A block list may sit at its key's own indentation.
        if (lineIndent < indent || (lineIndent === indent && !line.trimStart().startsWith('-'))) break;
        const dash = /^(\s*)-(\s+|$)/.exec(line);
        if (!dash || (itemIndent !== -1 && lineIndent !== itemIndent)) continue;
        itemIndent = lineIndent;
        if (items++ === key) {
          next = index;
          lines[index] = ' '.repeat(dash[0].length) + line.slice(dash[0].length);
          indent = dash[0].length - 1;
          break;
        }
        continue;
      }
      if (found > 0 && lineIndent <= indent && !(itemLine && index === found)) break;
      const match = keyPattern.exec(line);
      if (match && (found > 0 || lineIndent === 0)) {
        next = index;
        indent = lineIndent;
        break;
      }
    }
    if (next === -1) break;
    itemLine = typeof key === 'number';
    found = next;
  }
  return opening + found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Why `value` is not an acceptable link target, or undefined when it is. */
export function linkProblem(value: string): string | undefined {
  const target = value.trim();
  // Not `//host` nor `/\host`: browsers read both as another site.
  if (/^\/(?![/\\])\S*$/.test(target)) return undefined;
  if (URL.canParse(target)) {
    const url = new URL(target);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) return undefined;
    if (url.protocol === 'mailto:' && url.pathname.includes('@')) return undefined;
  }
  return `bad link ${JSON.stringify(value)}: a link must be an absolute https://, http:// or mailto: URL, or a site path starting with /`;
}

interface FoundLink {
  line: number;
  attribute: string;
  tagName: string;
  value: string;
}

/** Collect link targets where the editor wrote them, before the sanitiser can drop any. */
function rehypeCollectLinks({ found }: { found: (link: FoundLink, file: string) => void }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (element, _index, parent) => {
      // A figure's picture was checked as a picture file (src/markdown/remark-pictures.ts).
      if (element.tagName === 'img' && parent?.type === 'element' && parent.tagName === 'figure') return;
      const line = element.position?.start.line;
      // No position: an element the pipeline made (footnote links, for instance), not the editor.
      if (line === undefined) return;
      for (const attribute of ['href', 'src']) {
        const value = element.properties[attribute];
        if (value !== undefined && value !== null) {
          found({ line, attribute, tagName: element.tagName, value: String(value) }, file.path);
        }
      }
    });
  };
}

/** What rendering found in each file, by the file's path: renders may run side by side. */
const linksByFile = new Map<string, FoundLink[]>();
const removalsByFile = new Map<string, Removal[]>();
const collect = <T>(map: Map<string, T[]>, file: string, items: T[]) =>
  map.set(file, [...(map.get(file) ?? []), ...items]);

const pipeline = markdownPipeline({ onRemovals: (found) => found[0] && collect(removalsByFile, found[0].file, found) });
const rehypePlugins: RehypePlugins = [...pipeline.rehypePlugins];
const reportIndex = rehypePlugins.findIndex((entry) => Array.isArray(entry) && entry[0] === rehypeSanitizeReport);
// Right before the report: links exactly as the sanitiser will judge them.
rehypePlugins.splice(reportIndex, 0, [
  rehypeCollectLinks,
  { found: (link: FoundLink, file: string) => collect(linksByFile, file, [link]) },
]);
const processor = await createMarkdownProcessor({ ...pipeline, rehypePlugins, syntaxHighlight: false });

// Astro's processor prints every render error before throwing it; these scripts report each one
// as a `file:line` problem instead, so that print is dropped.
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  if (!(args[0] instanceof Error && args[0].message.startsWith('Failed to parse Markdown file'))) consoleError(...args);
};

/** Bad links and sanitiser removals in `body`, rendered by the site's own pipeline. */
async function renderProblems(body: string, file: string, frontmatter: Record<string, unknown>): Promise<Problem[]> {
  linksByFile.delete(file);
  removalsByFile.delete(file);
  try {
    await processor.render(body, { frontmatter, fileURL: pathToFileURL(file) });
  } catch (error) {
    // The pipeline's own checks (remark-check-text, remark-pictures) stop at the first problem;
    // their reason starts with the file:line:col this script prints itself.
    const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
    return [{ line: line ?? 1, message: (reason ?? message ?? String(error)).replace(/^.*?:\d+:\d+: /, '') }];
  }
  const problems: Problem[] = [];
  for (const { line, value } of linksByFile.get(file) ?? []) {
    const message = linkProblem(value);
    if (message) problems.push({ line, message });
  }
  for (const { line, what } of removalsByFile.get(file) ?? []) {
    problems.push({
      line,
      message: `the sanitiser removes ${what} (allowed HTML is listed in src/markdown/sanitize-schema.ts)`,
    });
  }
  return problems;
}
