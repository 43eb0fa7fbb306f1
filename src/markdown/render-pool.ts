/**
 * Astro's `unified()` Markdown processor with the site's pipeline (index.ts), rendering on worker
 * threads (render-worker.ts). Content sync renders every article, and parsing Markdown is most of
 * its time; Astro's glob loader awaits ten renders at a time, so the cores parse while the main
 * thread reads files and checks frontmatter. Measured with `npm run bench` on 2 cores: content
 * sync of 10,000 articles went from 37 s to 21 s (the stock site with remark alone: 29 s).
 */
import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { markdownOptions } from './index.ts';
import { pipelineDigest } from './pipeline-digest.ts';
import type { RenderRequest } from './render-worker.ts';
import { WorkerPool } from '../worker-pool.ts';

/** A render requested this long after the previous one (in ms) is alone. */
const ALONE_MS = 50;

/** Whether `options` are still the pipeline the workers build for themselves from index.ts. */
function isSitePipeline(options: UnifiedResolvedOptions): boolean {
  const same = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
    a.length === b.length && a.every((item, i) => item === b[i]);
  return (
    same(options.remarkPlugins, markdownOptions.remarkPlugins) &&
    same(options.rehypePlugins, markdownOptions.rehypePlugins) &&
    same(Object.entries(options.remarkRehype).flat(), Object.entries(markdownOptions.remarkRehype).flat()) &&
    options.gfm === markdownOptions.gfm &&
    options.smartypants === markdownOptions.smartypants
  );
}

function canCrossThreads(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

export interface RenderPoolOptions {
  /** Threads at most; default: one per core. */
  threads?: number;
  /**
   * Renders done on the main thread before any thread starts (default 150), and any lone one
   * after them; 0 sends every render to the threads. A thread takes about 0.5 s of CPU to load
   * the pipeline, what about 150 articles take to render: a small site, a rebuild after one
   * edit or a save in `astro dev` never pays for it.
   */
  mainThread?: number;
}

export function parallelMarkdown({
  threads = availableParallelism(),
  mainThread = 150,
}: RenderPoolOptions = {}): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = unified(markdownOptions);
  // Part of the Astro config Astro compares between builds, so a change to the pipeline's code,
  // libraries or patches renders every article again (see pipeline-digest.ts). In the options:
  // Astro's config schema keeps that object whole, and drops keys it does not know beside it.
  Object.assign(processor.options, {
    pipelineDigest: pipelineDigest(fileURLToPath(new URL('./index.ts', import.meta.url)), [
      fileURLToPath(new URL('../../package-lock.json', import.meta.url)),
      fileURLToPath(new URL('../../patches/', import.meta.url)),
    ]),
  });
  return {
    ...processor,
    async createRenderer(shared: AstroMarkdownOptions) {
      const here = await processor.createRenderer(shared);
      // Render on this thread when workers cannot help (one core) or cannot render the same:
      // integrations extend a processor by changing its options, which the workers do not see,
      // and shared options holding functions (a Shiki transformer) cannot be sent to them.
      if (threads < 2 || !isSitePipeline(processor.options) || !canCrossThreads(shared)) return here;
      // Idle threads end soon after content sync, giving their memory back to the rest of the
      // build. (They load sharp, through picture-file.ts; ending them is safe because this
      // thread loads it too, through astro.config.mjs.)
      const pool = new WorkerPool<RenderRequest, MarkdownRenderResult>(new URL('./render-worker.ts', import.meta.url), {
        size: threads,
        workerData: shared,
        idleTimeout: 200,
      });
      let requests = 0;
      let lastRequest = -Infinity;
      return {
        render: (content, { frontmatter = {}, fileURL }: MarkdownRenderOptions = {}) => {
          const now = performance.now();
          const alone = now - lastRequest > ALONE_MS && pool.threads === 0;
          lastRequest = now;
          if (mainThread > 0 && (requests++ < mainThread || alone)) {
            return here.render(content, { frontmatter, fileURL });
          }
          return pool.run({ content, frontmatter, fileURL: fileURL?.href }).value;
        },
      };
    },
  };
}
