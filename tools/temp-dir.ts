/**
 * Temp folders for the tests and their helpers. Each is removed when the test file that made it
 * ends (test/helpers/remove-temp-dirs.ts): a built fixture weighs up to 60 MB, and a run of the
 * suite made a thousand of them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new, empty folder under the system's temp folder, its name starting with `prefix`. */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Remove every folder `makeTempDir` made in this process. */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...made];
  made.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
}
