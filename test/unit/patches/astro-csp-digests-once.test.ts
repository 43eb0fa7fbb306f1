/**
 * The eighth part of the patch to Astro (patches/astro+7.3.5.patch, README "Performance"): with a
 * CSP, each page's render hashes the route's inline styles and scripts for its `<meta>`, and stock
 * Astro hashed them again for every page, the same contents each time, through
 * `crypto.subtle.digest` (a trip through libuv's thread pool for each). liseuse's article pages
 * inline a 12 KB stylesheet: 0.34 s of a cold build's main thread at 1,000 articles. The patch
 * keeps each digest once made. Written as the test proposed upstream with it: it counts the
 * digests a build makes, which grew with the number of pages.
 */
import { execFile } from 'node:child_process';
import { readFile, symlink, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../../../tools/paths';
import { makeTempDir } from '../../../tools/temp-dir';

/** Build a site of `pages` pages sharing an inline style and script, with a CSP; count its digests. */
async function digestsForPages(pages: number): Promise<{ digests: number; page: string }> {
  const site = await makeTempDir('liseuse-csp-');
  await symlink(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
  await mkdir(join(site, 'src/pages'), { recursive: true });
  await writeFile(join(site, 'package.json'), '{ "type": "module" }');
  await writeFile(
    join(site, 'astro.config.mjs'),
    `export default { security: { csp: true }, build: { inlineStylesheets: 'always' }, devToolbar: { enabled: false } };`,
  );
  await writeFile(
    join(site, 'src/pages/[n].astro'),
    `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));
---
<html><head><title>Page {Astro.params.n}</title></head>
<body><h1>Page {Astro.params.n}</h1><script>document.body.dataset.ready = 'yes';</script></body></html>
<style>h1 { color: rebeccapurple; }</style>
`,
  );
  // Counted over the whole build, by a module loaded first.
  const counter = join(site, 'count.mjs');
  await writeFile(
    counter,
    `let digests = 0;
const digest = SubtleCrypto.prototype.digest;
SubtleCrypto.prototype.digest = function (...args) { digests++; return digest.apply(this, args); };
process.on('exit', () => process.stderr.write('digests: ' + digests + '\\n'));
`,
  );
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', pathToFileURL(counter).href, join(root, 'bench/measure-build.ts'), site],
    { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  return {
    digests: Number(/digests: (\d+)/.exec(stderr)?.[1]),
    page: await readFile(join(site, 'dist/0/index.html'), 'utf8'),
  };
}

describe("a build's CSP digests", () => {
  it('are made once for the styles and scripts every page shares, and still name them on each page', async () => {
    const few = await digestsForPages(2);
    const many = await digestsForPages(30);
    expect(Number.isFinite(few.digests) && Number.isFinite(many.digests)).toBe(true);
    // 28 more pages: stock Astro hashed the inline style again for each, 28 digests more.
    expect(many.digests).toBe(few.digests);
    // The policy still names them.
    expect(many.page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*style-src[^"]*'sha256-/);
    expect(many.page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src[^"]*'sha256-/);
    expect(many.page).toBe(few.page);
  }, 120_000);
});
