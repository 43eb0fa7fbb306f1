/**
 * Links to a quoted passage: `#paragraph-id:~:text=…`, a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/). Browsers that know text fragments scroll to
 * the passage and highlight it; the others still land on the paragraph, by its id.
 */

/** Past this many words, a passage is linked by its first and last words (`textStart,textEnd`), which keeps shared links short. */
const LONG_PASSAGE = 10;
/** Words at each end of a long passage, and of context before and after it. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * A passage of a paragraph's text. The text keeps its non-breaking spaces (French typography puts
 * them before `:` and inside numbers), which is what the page holds; line breaks of the source,
 * which the page shows as spaces, are written as spaces.
 */
export interface Passage {
  /** The passage's text in each block it spans: one paragraph, or the first and the last of several. */
  parts: string[];
  /** The text before the passage in its first block, and after it in its last, to tell repeated words apart. */
  before: string;
  after: string;
}

/**
 * The passage between two offsets of a paragraph's text, widened to whole words: browsers match a
 * text fragment on word boundaries only, so half a word would match nothing.
 */
export function passageIn(text: string, start: number, end: number): Passage {
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  const rendered = (slice: string) => slice.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return {
    parts: [rendered(text.slice(start, end))],
    before: rendered(text.slice(0, start)),
    after: rendered(text.slice(end)),
  };
}

const firstWords = (text: string, count: number) => new RegExp(`^\\S+(?:\\s+\\S+){0,${count - 1}}`).exec(text)?.[0];
const lastWords = (text: string, count: number) => new RegExp(`\\S+(?:\\s+\\S+){0,${count - 1}}$`).exec(text)?.[0];

/** Percent-encodes a term: `-`, `,` and `&` too, the directive's separators, which `encodeURIComponent` leaves. */
const encodeTerm = (text: string) =>
  encodeURIComponent(text).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The text directive of a passage: `text=[prefix-,]textStart[,textEnd][,-suffix]`. A passage over
 * several blocks is always a start and an end: one term cannot match across blocks.
 */
export function textDirective({ parts, before, after }: Passage): string {
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (!first || !last) return '';
  const terms =
    parts.length > 1 || first.split(/\s+/).length > LONG_PASSAGE
      ? [firstWords(first, EDGE_WORDS)!, lastWords(last, EDGE_WORDS)!]
      : [first];
  const prefix = lastWords(before, CONTEXT_WORDS);
  const suffix = firstWords(after, CONTEXT_WORDS);
  return `text=${[prefix && `${encodeTerm(prefix)}-`, ...terms.map(encodeTerm), suffix && `-${encodeTerm(suffix)}`]
    .filter(Boolean)
    .join(',')}`;
}

/** The address of a passage: the page, the paragraph's id (where browsers without text fragments land), the text directive. */
export function passageUrl(pageUrl: string, blockId: string, passage: Passage): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const directive = textDirective(passage);
  return `${url.href}#${encodeURIComponent(blockId)}${directive && `:~:${directive}`}`;
}
