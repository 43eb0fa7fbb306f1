/** The article file `npm run new` writes: its frontmatter, its escaped text and its publication date. Pure. */
import { z } from 'astro/zod';
import { wallClockToZonedIso, toZonedIso } from './dates';
import { escapeMarkdown } from './escape-markdown';
import { frontmatterYaml, type NewArticleFields } from './frontmatter-yaml';
import { PlainTextError } from './plain-text';

/** The article file: YAML frontmatter, a blank line, the escaped paragraphs, one final newline. */
export function articleFileText(fields: NewArticleFields, paragraphs: readonly string[]): string {
  return `---\n${frontmatterYaml(fields)}\n---\n\n${paragraphs.map(escapeMarkdown).join('\n\n')}\n`;
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
