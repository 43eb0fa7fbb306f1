/** A 45-article archive: listings paginate 20 by 20, and a full page still fits the budget. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets';
import { archiveFiles } from '../helpers/archive';
import { buildFixture, type FixtureBuild } from '../../tools/build';
import { readPage, visibleText } from '../helpers/html';

const files = archiveFiles(45);

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture(files);
  if (build.code !== 0) throw new Error(build.output);
});

const titles = (doc: Document) => [...doc.querySelectorAll('main article h2, main article h3')].map(visibleText);

describe.each([
  ['home', '/'],
  ['section', '/rubriques/europe/'],
  ['tag', '/tags/energie/'],
])('the %s listing', (_, base) => {
  it('shows 20, 20 then 5 articles, each once, linked with rel prev/next', async () => {
    const pages = await Promise.all(
      [base, `${base}page/2/`, `${base}page/3/`].map((path) => readPage(path, build.outDir)),
    );
    expect(pages.map((doc) => titles(doc).length)).toEqual([20, 20, 5]);
    expect(new Set(pages.flatMap(titles)).size).toBe(45);
    const rel = (doc: Document, kind: string) => doc.querySelector(`link[rel="${kind}"]`)?.getAttribute('href') ?? null;
    expect(rel(pages[0]!, 'prev')).toBeNull();
    expect(new URL(rel(pages[0]!, 'next')!).pathname).toBe(`${base}page/2/`);
    expect(new URL(rel(pages[1]!, 'prev')!).pathname).toBe(base);
    expect(new URL(rel(pages[2]!, 'prev')!).pathname).toBe(`${base}page/2/`);
    expect(rel(pages[2]!, 'next')).toBeNull();
    expect(visibleText(pages[1]!.querySelector('nav[aria-label="Pages"]'))).toBe(
      '← Articles plus récents Page 2 sur 3 Articles plus anciens →',
    );
    expect(pages[1]!.title).toMatch(/— page 2 — liseuse$/);
  });
});

describe('a full home page', () => {
  it(`lists 20 articles within the ${budgets.firstViewBrotli}-byte first-view budget`, async () => {
    const html = await readFile(join(build.outDir, 'index.html'));
    expect(brotliCompressSync(html).byteLength).toBeLessThanOrEqual(budgets.firstViewBrotli);
  });

  it('starts with the newest article', async () => {
    const home = await readPage('/', build.outDir);
    expect(titles(home)[0]).toMatch(/^Article numéro 44/);
  });
});
