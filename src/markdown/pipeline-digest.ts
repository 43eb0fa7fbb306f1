/**
 * A digest of the Markdown pipeline's code: its modules, followed through their relative imports
 * from `entry`, and the lockfile that pins its libraries. Astro keeps each article's rendered HTML
 * in its content store until the article or the Astro config changes, and it reads the config's
 * plugins as functions it cannot compare: without this, a fixed sanitiser left every unchanged
 * article as the old one had rendered it, on any machine that kept its build cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sha256 } from '../cache-files.ts';

const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g;

export function pipelineDigest(entry: string, lockfile?: string): string {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      pending.push(resolve(dirname(file), path!));
    }
  }
  // Contents only, in a fixed order: the same code gives the same digest in any checkout.
  const files = [...seen].sort();
  if (lockfile && existsSync(lockfile)) files.push(lockfile);
  return sha256(...files.map((file) => readFileSync(file)));
}
