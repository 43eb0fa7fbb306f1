/**
 * Render Markdown through exactly the pipeline the site uses (src/markdown/index.ts), except that
 * the sanitiser's report is collected instead of printed, and never fails the render.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/index';
import { rehypeSanitizeReport, type Options as ReportOptions } from '../../src/markdown/rehype-sanitize-report';

let warnings: string[] = [];

const rehypePlugins = markdownOptions.rehypePlugins.map((entry) =>
  Array.isArray(entry) && entry[0] === rehypeSanitizeReport
    ? [
        rehypeSanitizeReport,
        { ...(entry[1] as ReportOptions), strict: false, warn: (message: string) => warnings.push(message) },
      ]
    : entry,
);

const processor = await createMarkdownProcessor({ ...markdownOptions, rehypePlugins, syntaxHighlight: false });

/** Render `markdown` as an article with the given frontmatter would be rendered. */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}, path?: string) {
  warnings = [];
  const { code, metadata } = await processor.render(markdown, {
    frontmatter,
    ...(path && { fileURL: new URL(`file://${path}`) }),
  });
  return { html: code, frontmatter: metadata.frontmatter, warnings };
}
