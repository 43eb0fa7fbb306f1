/** The article schema as an editor meets it: a valid frontmatter to vary, and the messages it gets. */
import { articleSchema } from '../../src/content.config';

/** A valid article's frontmatter, as YAML hands it to the schema. */
export const validFrontmatter = {
  title: 'Un titre',
  description: 'Une description.',
  pubDate: '2026-11-20T08:00:00+01:00',
  kind: 'news',
  section: 'Europe',
  source: { name: 'exemple.info', url: 'https://exemple.info/' },
};

/** The messages for `validFrontmatter` with `changes` (undefined deletes a field), as "path: message". */
export function schemaMessages(changes: Record<string, unknown>): string[] {
  const data = Object.fromEntries(
    Object.entries({ ...validFrontmatter, ...changes }).filter(([, value]) => value !== undefined),
  );
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
