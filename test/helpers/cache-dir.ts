/**
 * Import a module of liseuse with its own cache folder. site.ts reads `LISEUSE_CACHE_DIR` once,
 * when it is first imported, so a test file that needs a cache of its own sets it around the
 * import (vitest gives each test file its own module graph).
 */
import { makeTempDir } from '../../tools/temp-dir';

export async function importWithCacheDir<Module>(
  prefix: string,
  load: () => Promise<Module>,
): Promise<{ cacheDir: string; module: Module }> {
  const cacheDir = await makeTempDir(prefix);
  const before = process.env.LISEUSE_CACHE_DIR;
  process.env.LISEUSE_CACHE_DIR = cacheDir;
  try {
    return { cacheDir, module: await load() };
  } finally {
    if (before === undefined) delete process.env.LISEUSE_CACHE_DIR;
    else process.env.LISEUSE_CACHE_DIR = before;
  }
}
