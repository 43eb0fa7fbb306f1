/** What the listings and their feeds write into dist/: files and bytes, by kind. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const KINDS = ['listing pages', 'listing feeds', 'site feeds and OPML'] as const;
export type Kind = (typeof KINDS)[number];

/** Files and bytes of each kind; `twinBytes` are their brotli and gzip twins. */
export type Written = Record<Kind, { files: number; bytes: number; twinBytes: number }>;

const FEED = /(^|\/)(rss\.xml|atom\.xml|feed\.json)$/;

/** The kind of the file at `file` (relative to dist/), if it is one of the listings' files. */
export function kindOf(file: string): Kind | undefined {
  if (/^(rubriques|tags|sources)\//.test(file)) return FEED.test(file) ? 'listing feeds' : 'listing pages';
  if (/^page\//.test(file)) return 'listing pages';
  if (/^(rss\.xml|atom\.xml|feed\.json|abonnements\.opml)$/.test(file)) return 'site feeds and OPML';
  return undefined;
}

export async function writtenByKind(outDir: string): Promise<Written> {
  const written = Object.fromEntries(KINDS.map((kind) => [kind, { files: 0, bytes: 0, twinBytes: 0 }])) as Written;
  for (const file of await readdir(outDir, { recursive: true })) {
    const twin = /\.(br|gz)$/.test(file);
    const kind = kindOf(twin ? file.slice(0, -3) : file);
    if (!kind) continue;
    const info = await stat(join(outDir, file));
    if (!info.isFile()) continue;
    if (twin) written[kind].twinBytes += info.size;
    else {
      written[kind].files += 1;
      written[kind].bytes += info.size;
    }
  }
  return written;
}
