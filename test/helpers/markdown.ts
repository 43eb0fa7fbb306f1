/**
 * Render Markdown through exactly the pipeline the site uses (src/markdown/index.ts), except that
 * the sanitiser's report is collected instead of printed, and never fails the render.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/index';
import { rehypePluginsWithReport } from '../../src/markdown/plugins-with-report';

let warnings: string[] = [];

const rehypePlugins = rehypePluginsWithReport({ strict: false, warn: (message) => warnings.push(message) });

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
