/**
 * The `cacheKey` of a page for Astro's incremental build (experimental.incrementalBuild in
 * astro.config.mjs): a rebuild copies the page from the previous build when its key, its code
 * and the content entries it rendered are unchanged. The key must therefore cover every input of
 * the page that is not code: pass the page's props. Content entries in them count by their
 * digest (a hash of the file, frontmatter and text), so keys stay short whatever the articles' size.
 */
import { createHash } from 'node:crypto';

interface Entry {
  collection: string;
  id: string;
  digest?: string;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

/** A hash of `inputs`, with each content entry standing for its digest. */
export function cacheKey(...inputs: unknown[]): string {
  const json = JSON.stringify(inputs, (_key, value: unknown) => {
    if (!isEntry(value)) return value;
    // Without a digest, the entry counts by everything it holds.
    return value.digest ? `${value.collection}/${value.id}@${value.digest}` : { ...value };
  });
  return createHash('sha256').update(json).digest('base64url');
}
