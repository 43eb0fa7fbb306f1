/**
 * After the build: write the hosts' header files with the site's real CSP (hashes included), and
 * precompress text files so servers send brotli or gzip without compressing on each request.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, netlifyHeaders, nginxHeaders } from '../lib/security-headers';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Write `_headers` (Netlify, Cloudflare Pages) and `_nginx-headers.conf`, and `.br`/`.gz` twins. */
export function deployFiles(): AstroIntegration {
  return {
    name: 'liseuse:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const csp = cspFromHtml(await readFile(join(outDir, 'index.html'), 'utf8'));
        if (!csp) throw new Error('dist/index.html has no CSP <meta>: is security.csp set in astro.config.mjs?');
        await writeFile(join(outDir, '_headers'), netlifyHeaders(csp));
        await writeFile(join(outDir, '_nginx-headers.conf'), nginxHeaders(csp));

        const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
        for (const file of files) {
          const path = join(outDir, file);
          const content = await readFile(path);
          const [br, gzipped] = await Promise.all([
            brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gz(content, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }
        logger.info(`header files written; ${files.length} files precompressed (brotli, gzip)`);
      },
    },
  };
}
