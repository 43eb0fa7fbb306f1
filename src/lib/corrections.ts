/**
 * Corrections as readers and machines see them: newest first, their short Markdown rendered to
 * safe HTML for the page and the feeds, or to plain text for structured data.
 */
import type { Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Article } from '../content.config';
import { rehypeFrenchTypography } from '../markdown/rehype-french-typography';
import { formatDay, toZonedIso } from './dates';

export type Correction = Article['data']['corrections'][number];

/** The heading of the corrections box, on the page and in the feeds. */
export const CORRECTIONS_HEADING = 'Rectificatifs';

/** `corrections` newest first; the same day keeps the order the editor wrote. */
export function newestCorrectionsFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** A correction is a sentence or two: inline emphasis, links and code, nothing else. */
const correctionSchema: Schema = {
  ...defaultSchema,
  tagNames: ['p', 'em', 'strong', 'a', 'code', 'br'],
  attributes: { a: ['href', ['rel', 'noopener', 'noreferrer', 'external']] },
  protocols: { href: ['http', 'https', 'mailto'] },
  required: {},
};

// No raw HTML reaches here (the schema refuses it); remark-rehype drops it anyway.
const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeFrenchTypography, { lang: 'fr' })
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'external'] })
  .use(rehypeSanitize, correctionSchema);

/** The hast of a correction's text, its paragraphs unwrapped: one correction is one paragraph. */
function correctionTree(text: string): Root {
  // liseuse writes its corrections in French, whatever the language of the article.
  const tree = processor.runSync(processor.parse(text));
  // Paragraphs are unwrapped and the line breaks between blocks become spaces.
  const children = tree.children.flatMap((node): RootContent[] =>
    node.type === 'element' && node.tagName === 'p'
      ? node.children
      : node.type === 'text' && node.value.trim() === ''
        ? [{ ...node, value: ' ' }]
        : [node],
  );
  const isSpace = (node: RootContent | undefined) => node?.type === 'text' && node.value === ' ';
  while (isSpace(children[0])) children.shift();
  while (isSpace(children.at(-1))) children.pop();
  return { type: 'root', children };
}

/** A correction's Markdown as inline HTML (no enclosing paragraph), with French typography. */
export function correctionHtml(text: string): string {
  return toHtml(correctionTree(text));
}

/** A correction's Markdown as plain text, for structured data. */
export function correctionPlainText(text: string): string {
  return toString(unified().use(remarkParse).parse(text)).replace(/\s+/g, ' ').trim();
}

/**
 * The corrections box as HTML, for the end of a feed entry: the same heading and order as the
 * page. Empty when there is no correction.
 */
export function correctionsFeedHtml(corrections: readonly Correction[], timeZone: string): string {
  if (corrections.length === 0) return '';
  return toHtml(
    h('section', [
      h('h2', CORRECTIONS_HEADING),
      h(
        'ul',
        newestCorrectionsFirst(corrections).map(({ date, text }) =>
          h('li', [
            h('time', { dateTime: toZonedIso(date, timeZone) }, formatDay(date, timeZone)),
            '\u202f: ',
            ...correctionTree(text).children,
          ]),
        ),
      ),
    ]),
  );
}
