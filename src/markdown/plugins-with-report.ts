/**
 * The site's rehype plugins with the sanitiser report redirected: the tests and
 * `npm run check:content` collect what it says instead of printing it or failing the render.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import { markdownOptions } from './index';
import { rehypeSanitizeReport, type Options as ReportOptions } from './rehype-sanitize-report';

/** `markdownOptions.rehypePlugins`, same order, with `report` merged into the report's options. */
export function rehypePluginsWithReport(report: Omit<ReportOptions, 'schema'>): RehypePlugins {
  return markdownOptions.rehypePlugins.map((entry) =>
    Array.isArray(entry) && entry[0] === rehypeSanitizeReport
      ? [rehypeSanitizeReport, { ...(entry[1] as ReportOptions), ...report }]
      : entry,
  );
}
