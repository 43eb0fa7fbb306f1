/**
 * After the build: index the article pages with Pagefind into `dist/pagefind/`, which
 * /recherche/ loads only when a reader runs a query. Pagefind reads what the pages mark:
 * `data-pagefind-body` on an article's title, dek and text (so no other page is indexed),
 * `data-pagefind-meta`, `-filter` and `-sort` for what a result shows and how it sorts, and the
 * page's `lang="fr"` for French stemming.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder, under the site's root, that /recherche/ imports `pagefind.js` from. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Pagefind also writes its ready-made interfaces; liseuse has its own (src/pages/recherche/), so
 * they are left out: nothing unused is published.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Throw the errors Pagefind reports, which it returns instead of throwing. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** What writing the index did. */
export interface SearchIndexReport {
  /** Pages in the index: the articles. */
  indexed: number;
  /** HTML pages Pagefind read. */
  read: number;
  ms: number;
}

/** Index the built site in `outDir` into `outDir/pagefind/`; also used by bench/search.ts. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const outputPath = join(outDir, SEARCH_BUNDLE_DIR);
  const started = performance.now();
  // A rebuild into the same folder must not serve fragments of articles that are gone.
  await rm(outputPath, { recursive: true, force: true });
  try {
    const { errors, index } = await pagefind.createIndex({});
    check('createIndex', errors);
    const added = await index!.addDirectory({ path: outDir });
    check('indexing', added.errors);
    const { errors: fileErrors, files } = await index!.getFiles();
    check('writing', fileErrors);
    for (const { path, content } of files.filter(({ path }) => !UNUSED.test(path))) {
      await mkdir(dirname(join(outputPath, path)), { recursive: true });
      await writeFile(join(outputPath, path), content);
    }
    // Pagefind counts every page it read; the entry file counts those it indexed.
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
    return { indexed, read: added.page_count, ms: performance.now() - started };
  } finally {
    // The Pagefind service is a child process: the build would never exit while it runs.
    await pagefind.close();
  }
}

/** Write the search index of the built site; must run before the precompression of deploy-files. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'liseuse:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { indexed, read, ms } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${indexed} of ${read} pages indexed for search in ${(ms / 1000).toFixed(2)} s`);
      },
    },
  };
}
