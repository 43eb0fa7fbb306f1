/**
 * Articles arrive as plain text: one paragraph a line, then `Source: <publisher>`. This reads such
 * a text into its paragraphs and its attribution. Pure (no I/O), so the CLI and the tests share it.
 */

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
