/**
 * What the build's caches (preview cards, compressed files, search documents, articles' HTML) share: naming a
 * cached file by the hash of what it was made from, putting it in place, and writing one that no
 * other build ever reads half-written.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, renameSync, writeFileSync } from 'node:fs';
import { rename, stat, writeFile } from 'node:fs/promises';

/** The SHA-256 of `parts`, one after the other, in hex. */
export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * Put the cached file `from` at `to`: a hard link (no data copied) on one file system, else a copy.
 * Synchronous, like `precompress`'s other steps on files: see there.
 */
export function reuse(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    copyFileSync(from, to);
  }
}

const temporaryFor = (file: string) => `${file}.${process.pid}.${randomUUID()}`;

/** Write `file` then rename it into place, so another build sharing the cache never reads half a file. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryFor(file);
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/** `writeAtomically`, for callers that cannot wait (a content store's synchronous `set`). */
export function writeAtomicallySync(file: string, data: string | Uint8Array): void {
  const temporary = temporaryFor(file);
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** Whether `path` exists. */
export const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );
