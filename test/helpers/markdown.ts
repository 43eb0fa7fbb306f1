/** Render Markdown through exactly the pipeline the site uses (src/markdown/index.ts). */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/index';

const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

/** Render `markdown` as an article with the given frontmatter would be rendered. */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const { code, metadata } = await processor.render(markdown, { frontmatter });
  return { html: code, frontmatter: metadata.frontmatter };
}
