/** The YAML frontmatter `npm run new` writes, as an editor would write it by hand. Pure. */
import type { PlainTextSource } from './plain-text';

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

/** The frontmatter's lines, without the `---` around them; optional fields only when given. */
export function frontmatterYaml(fields: NewArticleFields): string {
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
  return lines.join('\n');
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
