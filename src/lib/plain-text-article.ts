/**
 * Articles arrive as plain text: one paragraph a line, then `Source: <publisher>`. These helpers
 * turn such a text into a liseuse Markdown file. Pure (no I/O), so the CLI and the tests share them.
 */
import { z } from 'astro/zod';
import { toZonedIso } from './dates';

/** Who first published a text; `url` is missing when the Source line names the publisher only. */
export interface PlainTextSource {
  name: string;
  url?: string;
}

/** A plain text split into the publisher's paragraphs and its attribution. */
export interface PlainText {
  paragraphs: string[];
  source: PlainTextSource;
}

/** A text that cannot become an article; the message is written for the editor. */
export class PlainTextError extends Error {
  override name = 'PlainTextError';
}

const SOURCE_LINE = /^source\s*:\s*(.*)$/iu;

/**
 * Split a plain text into paragraphs and the attribution on its last line. Tolerates what
 * editors' tools add: a BOM, CRLF or CR line ends, blank lines, spaces around lines.
 */
export function parsePlainText(text: string): PlainText {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    // Leading spaces too: four of them would make the paragraph a code block.
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const sourceMatch = SOURCE_LINE.exec(lines.at(-1) ?? '');
  if (!sourceMatch) {
    throw new PlainTextError(
      'the text must end with a line "Source: <publisher>" (e.g. "Source: attuale.info" or "Source: https://…"): ' +
        'attribution is mandatory, liseuse republishes texts and always names who wrote them',
    );
  }
  const source = parseSource(sourceMatch[1] ?? '');
  if (!source) throw new PlainTextError('the "Source:" line names no publisher: attribution is mandatory');
  const paragraphs = lines.slice(0, -1);
  if (paragraphs.length === 0) throw new PlainTextError('the text has no paragraphs before its "Source:" line');
  return { paragraphs, source };
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()]+/iu;
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/iu;

/**
 * Read what follows `Source:`: a URL (the name is its host), a bare domain (served over https),
 * a name and a URL ("Le Monde, https://…"), or a name alone.
 */
export function parseSource(value: string): PlainTextSource | undefined {
  const text = value.trim().replace(/^<(.*)>$/u, '$1');
  if (text === '') return undefined;
  if (BARE_DOMAIN.test(text)) return fromUrl(`https://${text}`);
  const found = URL_IN_TEXT.exec(text);
  if (!found) return { name: text };
  // Sentence punctuation after a URL is the writer's, not the URL's.
  const url = found[0].replace(/[.,;:!?]+$/u, '');
  const name = text
    // The URL goes with its brackets and the punctuation that closed the sentence.
    .replace(new RegExp(`[(<[]?\\s*${escapeRegExp(found[0])}\\s*[)>\\]]?[.,;:!?]*`, 'u'), ' ')
    .replace(/[\s,;:|–—-]+$/u, '')
    .replace(/^[\s,;:|–—-]+/u, '');
  const fromLink = fromUrl(url);
  return name && fromLink ? { name, url: fromLink.url } : fromLink;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function fromUrl(text: string): PlainTextSource | undefined {
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return { name: url.hostname.replace(/^www\./u, ''), url: url.href };
}

/**
 * Escape what Markdown would read as syntax in a one-line paragraph, so the page shows the words
 * as written. Only what matters is escaped: ordinary prose comes out byte for byte.
 */
export function escapeMarkdown(paragraph: string): string {
  return (
    paragraph
      // Emphasis, code, strikethrough (GFM), links and footnotes, raw HTML and autolinks, escapes.
      .replace(/[\\`*_~[\]<]/gu, '\\$&')
      // Only an entity or character reference would be decoded ("R&D" is safe as it is).
      .replace(/&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)/gu, '\\&')
      // Blocks a line can open: heading, quote, bullet list, thematic break, ordered list.
      .replace(/^[#>]/u, '\\$&')
      .replace(/^[-+](?=[ \t]|$)/u, '\\$&')
      .replace(/^-(?=(?:[ \t]*-){2,}[ \t]*$)/u, '\\-')
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/u, '$1\\$2')
  );
}

/**
 * The frontmatter the importer writes; see src/content.config.ts for what each field means.
 * A missing required field is left out rather than invented, so the schema names it.
 */
export interface NewArticleFields {
  title?: string;
  description?: string;
  /** ISO 8601 with offset, e.g. "2026-11-25T07:00:00+01:00". */
  pubDate: string;
  kind?: string;
  section?: string;
  tags?: string[];
  lang?: string;
  author?: string;
  draft?: boolean;
  source: PlainTextSource;
  /** The lead picture: a file beside the article (`./une.jpg`), its alt text, caption and credit. */
  image?: { src: string; alt: string; caption?: string; credit: string };
}

/** The article file: YAML frontmatter, a blank line, the escaped paragraphs, one final newline. */
export function articleFileText(fields: NewArticleFields, paragraphs: readonly string[]): string {
  const lines: string[] = [];
  if (fields.title !== undefined) lines.push(`title: ${quoted(fields.title)}`);
  if (fields.description !== undefined) lines.push(`description: ${quoted(fields.description)}`);
  // Quoted: YAML would turn an unquoted date into a UTC Date, which the schema rejects.
  lines.push(`pubDate: ${quoted(fields.pubDate)}`);
  if (fields.kind !== undefined) lines.push(`kind: ${yamlString(fields.kind)}`);
  if (fields.section !== undefined) lines.push(`section: ${yamlString(fields.section)}`);
  if (fields.tags?.length) lines.push(`tags: [${fields.tags.map(yamlString).join(', ')}]`);
  lines.push('source:', `  name: ${yamlString(fields.source.name)}`);
  if (fields.source.url !== undefined) lines.push(`  url: ${yamlString(fields.source.url)}`);
  if (fields.lang !== undefined) lines.push(`lang: ${yamlString(fields.lang)}`);
  if (fields.author !== undefined) lines.push(`author: ${yamlString(fields.author)}`);
  if (fields.draft) lines.push('draft: true');
  if (fields.image) {
    const { src, alt, caption, credit } = fields.image;
    lines.push('image:', `  src: ${quoted(src)}`, `  alt: ${quoted(alt)}`);
    if (caption !== undefined) lines.push(`  caption: ${quoted(caption)}`);
    lines.push(`  credit: ${quoted(credit)}`);
  }
  return `---\n${lines.join('\n')}\n---\n\n${paragraphs.map(escapeMarkdown).join('\n\n')}\n`;
}

const PLAIN_WORDS = /^\p{L}[\p{L}\p{N} .'’()/-]*$/u;
const PLAIN_URL = /^https?:\/\/[\w.~:/?#&=%+@!$()*;,-]+$/u;
const YAML_KEYWORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/iu;

/**
 * A YAML scalar that reads back as exactly `value`: plain when it is simple words or a URL (as
 * editors write by hand), otherwise double-quoted. A JSON string is a valid YAML scalar, so
 * colons, quotes, `#` and brackets cannot break the frontmatter.
 */
export function yamlString(value: string): string {
  const plain = (PLAIN_WORDS.test(value) || PLAIN_URL.test(value)) && !YAML_KEYWORDS.test(value);
  return plain && value === value.trim() ? value : quoted(value);
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

/**
 * The `pubDate` to write: now in `timeZone` by default; a day (`2026-11-25`) means 08:00 there
 * that day; a full ISO 8601 date-time with offset is kept as given.
 */
export function publicationDate(input: string | undefined, timeZone: string, now = new Date()): string {
  if (input === undefined) return toZonedIso(now, timeZone);
  const value = input.trim();
  if (isoDate.safeParse(value).success) return wallClockToZonedIso(`${value}T08:00:00`, timeZone);
  if (isoDateTime.safeParse(value).success) return value;
  throw new PlainTextError(
    `--date: expected a day such as 2026-11-25 or a date-time with offset such as 2026-11-25T07:00:00+01:00; got ${JSON.stringify(input)}`,
  );
}

/** ISO string with offset for a wall-clock time (`YYYY-MM-DDTHH:mm:ss`) in `timeZone`. */
function wallClockToZonedIso(wallClock: string, timeZone: string): string {
  const wanted = Date.parse(`${wallClock}Z`);
  let instant = wanted;
  // The offset depends on the instant; a second pass settles it on daylight-saving days.
  for (let pass = 0; pass < 2; pass += 1) {
    const shown = Date.parse(`${toZonedIso(new Date(instant), timeZone).slice(0, 19)}Z`);
    instant += wanted - shown;
  }
  return toZonedIso(new Date(instant), timeZone);
}
