/**
 * Render Markdown through exactly the pipeline the site uses (src/markdown/index.ts), except that
 * the sanitiser's report is collected instead of printed, and never fails the render.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../../src/markdown/index';
import { withoutAnchorLinks } from '../../src/markdown/rehype-block-anchors';
import type { Removal } from '../../src/markdown/rehype-sanitize-report';

let removals: Removal[] = [];

const processor = await createMarkdownProcessor({
  ...markdownPipeline({ onRemovals: (found) => removals.push(...found) }),
  syntaxHighlight: false,
});

/** Render `markdown` as an article with the given frontmatter would be rendered. */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}, path?: string) {
  removals = [];
  const { code, metadata } = await processor.render(markdown, {
    frontmatter,
    ...(path && { fileURL: new URL(`file://${path}`) }),
  });
  return { html: code, frontmatter: metadata.frontmatter, removals };
}

/**
 * `html` without the ids and links that src/markdown/rehype-block-anchors.ts gives every block,
 * for tests about what the other plugins do to the text.
 */
export const withoutBlockAnchors = (html: string) =>
  withoutAnchorLinks(html).replace(/<(p|figure|h[2-6]) id="[^"]*"/g, '<$1');
