/**
 * Page weight per page type of the real site (raw, gzip, brotli as served, and what brotli's
 * best quality would save), and its requests.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { budgets } from './budgets';

export interface WeightRow {
  type: string;
  raw: number;
  gzip: number;
  /** The .br twin the build wrote, as a host serves it. */
  brotli: number;
  /** The same page at brotli quality 11: what the faster level costs the reader. */
  brotliBest: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  requests: number;
}

/** The article, home, section, tag and 404 pages of the site built in `siteDir`. */
export async function pageTypes(siteDir: string): Promise<Record<string, string>> {
  const first = async (dir: string) => (await readdir(join(siteDir, dir))).sort()[0]!;
  return {
    article: `articles/${await first('articles')}/index.html`,
    home: 'index.html',
    section: `rubriques/${await first('rubriques')}/index.html`,
    tag: `tags/${await first('tags')}/index.html`,
    '404': '404.html',
  };
}

export async function pageWeights(siteDir: string): Promise<WeightRow[]> {
  const rows: WeightRow[] = [];
  for (const [type, file] of Object.entries(await pageTypes(siteDir))) {
    const html = await readFile(join(siteDir, file));
    const doc = new JSDOM(html).window.document;
    const bytesOf = (selector: string) =>
      [...doc.querySelectorAll(selector)].reduce(
        (sum, element) => sum + Buffer.byteLength(element.textContent ?? ''),
        0,
      );
    rows.push({
      type,
      raw: html.byteLength,
      gzip: (await readFile(join(siteDir, `${file}.gz`))).byteLength,
      brotli: (await readFile(join(siteDir, `${file}.br`))).byteLength,
      brotliBest: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
      css: bytesOf('style'),
      js: bytesOf('script:not([type="application/ld+json"])'),
      fonts: 0,
      images: doc.querySelectorAll('img[src^="/"]').length,
      requests:
        1 +
        doc.querySelectorAll('link[rel="stylesheet"], script[src], img[src]:not([loading="lazy"]), link[as="font"]')
          .length,
    });
  }
  return rows;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function weightTable(rows: readonly WeightRow[]): string {
  return `## Page weight of the first view (budget: ${kb(budgets.firstViewBrotli)} brotli; CSS and JS are inline)

Brotli is the .br file the build writes (quality 5, see src/integrations/deploy-files.ts); the next
column is the same page at quality 11, which took as long to compress as the site to build.

| page | HTML raw | gzip | brotli (served) | brotli q11 | cost of q5 | of which CSS (raw) | JS (raw) | fonts | images | requests |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.type} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.brotliBest)} | +${row.brotli - row.brotliBest} B (${((row.brotli / row.brotliBest - 1) * 100).toFixed(1)} %) | ${kb(row.css)} | ${kb(row.js)} | ${row.fonts} | ${row.images} | ${row.requests} |`).join('\n')}`;
}
