/**
 * Which files of dist/ this build made. dist/ is not emptied before a build
 * (`vite.build.emptyOutDir: false` in astro.config.mjs), so it also holds what earlier builds
 * left: a file is this build's when it is one of its pages (Astro's `assets`, which also lists
 * the pages the incremental build kept in place) or was written since the build started
 * (public/'s files, the sitemap, the hosts' files, the redirects' pages).
 */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildOutputs {
  outDir: string;
  /** This build's pages, as paths relative to outDir. */
  pages: ReadonlySet<string>;
  /** When the build started (`Date.now()`). */
  since: number;
}

/** This build's outputs, from the `dir` and `assets` Astro gives `astro:build:done`. */
export function buildOutputs(dir: URL, assets: Map<string, URL[]>, since: number): BuildOutputs {
  const outDir = fileURLToPath(dir);
  // Sliced rather than `path.relative`, which normalises both paths: 23,000 pages at 10,000 articles.
  const prefix = outDir.endsWith(sep) ? outDir : outDir + sep;
  const inOutDir = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : relative(outDir, path));
  const pages = new Set([...assets.values()].flat().map((url) => inOutDir(fileURLToPath(url))));
  return { outDir, pages, since };
}

/** Whether `file` (relative to outDir, and there) was left by an earlier build and not made by this one. */
export function isStale({ outDir, pages, since }: BuildOutputs, file: string): boolean {
  return !pages.has(file) && statSync(join(outDir, file)).mtimeMs < since;
}
