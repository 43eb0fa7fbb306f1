/**
 * A digest of the Markdown pipeline's code: its modules, followed through their relative imports
 * from `entry`, and the files that pin its libraries (the lockfile, the patches applied to them).
 * Astro keeps each article's rendered HTML in its content store until the article or the Astro
 * config changes, and it reads the config's plugins as functions it cannot compare: without this,
 * a fixed sanitiser left every unchanged article as the old one had rendered it, on any machine
 * that kept its build cache.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha256 } from '../cache-files.ts';

const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g;

/** `path`'s files, or `path` itself: a folder's, in name order. */
function filesAt(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

export function pipelineDigest(entry: string, pins: readonly string[] = []): string {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    // A path in a comment may name no file.
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      pending.push(resolve(dirname(file), path!));
    }
  }
  // Contents only, in a fixed order: the same code gives the same digest in any checkout.
  const files = [...[...seen].sort(), ...pins.flatMap(filesAt)];
  return sha256(...files.map((file) => readFileSync(file)));
}
