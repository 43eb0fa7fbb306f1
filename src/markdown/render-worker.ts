/**
 * A worker thread that renders articles with the site's Markdown pipeline, for render-pool.ts.
 * Node runs this file itself (type stripping), not Vite: imports carry their `.ts` extension.
 */
import {
  createMarkdownProcessor,
  type AstroMarkdownOptions,
  type MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { workerData } from 'node:worker_threads';
import { markdownOptions } from './index.ts';
import { serveRequests } from '../worker-pool.ts';

export interface RenderRequest {
  content: string;
  frontmatter: Record<string, unknown>;
  /** The article file's URL, as a string: a URL object does not cross threads. */
  fileURL?: string;
}

const processor = await createMarkdownProcessor({ ...(workerData as AstroMarkdownOptions), ...markdownOptions });

serveRequests(({ content, frontmatter, fileURL }: RenderRequest): Promise<MarkdownRenderResult> =>
  processor.render(content, { frontmatter, fileURL: fileURL === undefined ? undefined : new URL(fileURL) }),
);
