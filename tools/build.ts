/**
 * Build the site from a generated collection in a temp dir, as `npm run build` would, with the
 * content, output and cache folders pointed there (see src/site.ts and astro.config.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { root } from './paths.ts';
import { makeTempDir } from './temp-dir.ts';

export interface FixtureBuild {
  /** Exit code of `astro build`. */
  code: number | null;
  /** Everything it printed, stdout and stderr together. */
  output: string;
  /** Where the collection was written. */
  contentDir: string;
  /** Where the site was built. */
  outDir: string;
  /** The build's caches (LISEUSE_CACHE_DIR), kept from one build of the collection to the next. */
  cacheDir: string;
}

/** Frontmatter and body of a valid article, to spread and override in fixtures. */
export const validArticle = {
  frontmatter: `title: "Un titre"
description: "Une description."
pubDate: "2026-11-20T08:00:00+01:00"
kind: news
section: Europe
source:
  name: exemple.info
  url: https://exemple.info/`,
  body: 'Un paragraphe.',
};

/**
 * Write `files` (path in the collection → text or bytes) as a collection, build it, and report
 * what happened. Paths may have folders (`slug/index.md`, `slug/photo.jpg`).
 */
export async function buildFixture(
  files: Record<string, string | Uint8Array>,
  env: Record<string, string> = {},
): Promise<FixtureBuild> {
  const dir = await makeTempDir('liseuse-fixture-');
  const contentDir = join(dir, 'articles');
  await mkdir(contentDir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(contentDir, name)), { recursive: true });
    await writeFile(join(contentDir, name), text);
  }
  return astroBuild(dir, contentDir, env);
}

/**
 * Change a fixture's collection (name → new file text, or null to delete the file) and build it
 * again into the same folder with the caches of the previous build, as a newsroom's next publish.
 */
export async function rebuildFixture(
  build: FixtureBuild,
  changes: Record<string, string | null>,
  env: Record<string, string> = {},
): Promise<FixtureBuild> {
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) await rm(join(build.contentDir, name));
    else await writeFile(join(build.contentDir, name), text);
  }
  return astroBuild(dirname(build.contentDir), build.contentDir, env);
}

/** Build the real collection (content/articles) into a temp dir, e.g. for another SITE_URL. */
export async function buildSite(env: Record<string, string> = {}): Promise<FixtureBuild> {
  return astroBuild(await makeTempDir('liseuse-site-'), join(root, 'content/articles'), env);
}

async function astroBuild(dir: string, contentDir: string, env: Record<string, string>): Promise<FixtureBuild> {
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      LISEUSE_CONTENT_DIR: contentDir,
      LISEUSE_OUT_DIR: outDir,
      LISEUSE_CACHE_DIR: cacheDir,
      NO_COLOR: '1',
      // A build for every host unless the test says which (src/site.ts), wherever it runs.
      LISEUSE_HOST: 'all',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output, contentDir, outDir, cacheDir };
}

/** An article file from frontmatter lines and a body. */
export function articleFile(frontmatter: string, body = validArticle.body): string {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}
