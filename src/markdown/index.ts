/**
 * The Markdown pipeline, in order. astro.config.mjs uses `markdownOptions`; the tests and the
 * editor's scripts use `markdownPipeline()` with their own `onRemovals`, so they run exactly what
 * the site runs and receive the sanitiser's report as data.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeBlockAnchors } from './rehype-block-anchors.ts';
import { rehypeCheckText } from './rehype-check-text.ts';
import { rehypeFrenchTypography } from './rehype-french-typography.ts';
import { rehypeImageLoading } from './rehype-image-loading.ts';
import { rehypeFootnoteLinks } from './rehype-footnote-links.ts';
import { rehypePictures } from './rehype-pictures.ts';
import { rehypeProtocolRelative } from './rehype-protocol-relative.ts';
import { rehypeRawHtml } from './rehype-raw-html.ts';
import { rehypeSanitizeReport, type Options as ReportOptions } from './rehype-sanitize-report.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { remarkCheckText } from './remark-check-text.ts';
import { remarkPictures } from './remark-pictures.ts';
import { remarkReadingStats } from './remark-reading-stats.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * GFM footnotes, labelled in French. Their ids and links are written unprefixed: the sanitiser
 * prefixes the ids with `user-content-`, and rehypeFootnoteLinks the links (remark-rehype's own
 * prefix would be doubled). The "Notes" heading is visible, as in a printed article.
 */
const remarkRehype = {
  clobberPrefix: '',
  footnoteLabel: 'Notes',
  footnoteLabelProperties: {},
  footnoteBackLabel: (reference: number, rereference: number) =>
    `Retour à l’appel de note ${reference + 1}${rereference > 1 ? ` (${rereference})` : ''}`,
};

/** The unified processor's options; `report` goes to the sanitiser report (default: warn, or fail when strict). */
export function markdownPipeline(report: Pick<ReportOptions, 'onRemovals'> = {}) {
  return {
    gfm: true,
    remarkRehype,
    // SmartyPants writes English quotes (“ ”) and would fight the French rules below.
    smartypants: false,
    // remarkPictures checks each picture and gives it a figure and caption; its images stay mdast
    // images, so Astro collects them for its image pipeline.
    remarkPlugins: [remarkCheckText, remarkReadingStats, remarkPictures],
    // THE ORDER IS IMPORTANT:
    // 1. rehype-raw turns raw HTML into elements, so the sanitiser judges it (without it, raw HTML
    //    would only be parsed after sanitising, by Astro's own rehype-raw); skipped when there is none.
    // 2. URLs are written as the browser reads them, and protocol-relative ones get their scheme,
    //    so the sanitiser's protocol rules see where they lead; then the decoded text and
    //    attributes are checked for control characters (rehypeCheckText);
    //    typography only rewrites text nodes; external links and image loading only set attributes
    //    the schema allows. None of them adds an element.
    // 3. the report runs the sanitiser on a copy to say what will go, with file and line.
    // 4. rehype-sanitize runs last among the plugins that judge what the editor wrote.
    // 5. rehypeFootnoteLinks points footnote links at the ids the sanitiser prefixed;
    //    rehypeTableScroll puts tables in a box that scrolls sideways;
    //    rehypePictures wraps the images the sanitiser kept in <picture> with Astro's image
    //    placeholders (which the sanitiser would strip).
    // 6. rehypeBlockAnchors gives paragraphs, headings and figures their ids and links, after the
    //    sanitiser so its own ids keep no `user-content-` prefix; Astro keeps the headings' ids.
    rehypePlugins: [
      rehypeRawHtml,
      rehypeProtocolRelative,
      rehypeCheckText,
      rehypeFrenchTypography,
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'external'] }],
      rehypeImageLoading,
      [rehypeSanitizeReport, { schema: sanitizeSchema, ...report }],
      [rehypeSanitize, sanitizeSchema],
      rehypeFootnoteLinks,
      rehypeTableScroll,
      rehypePictures,
      rehypeBlockAnchors,
    ],
  } satisfies UnifiedProcessorOptions;
}

export const markdownOptions = markdownPipeline();
