/**
 * Search on a fixture collection built and served for real: more results than a page shows
 * ("Plus de résultats"), newest-first order, listing pages kept out of the index, and hostile
 * text inside articles that stays text in titles and excerpts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../../tools/build';
import { indexedPageCounts, readFragments, readShardFragments } from '../helpers/search-index';
import { settled } from '../helpers/search-page';
import { watchedPage } from '../helpers/watched-page';
import { useServedSite } from '../helpers/served-site';

const MATCHING = 25;
const day = (n: number) => String(n).padStart(2, '0');

const frontmatter = ({ title, n, section = 'Sciences' }: { title: string; n: number; section?: string }) =>
  [
    `title: ${JSON.stringify(title)}`,
    'description: "Un article de test pour la recherche."',
    `pubDate: "2026-09-${day(n)}T08:00:00+02:00"`,
    'kind: news',
    `section: ${section}`,
    'tags: [Alpes]',
    'source:\n  name: exemple.info\n  url: https://exemple.info/',
  ].join('\n');

const files: Record<string, string> = {};
for (let n = 1; n <= MATCHING; n++) {
  files[`marmotte-${day(n)}.md`] = articleFile(
    frontmatter({ title: `Marmottes, épisode ${n}`, n, section: n % 2 ? 'Sciences' : 'Montagne' }),
    `La marmotte numéro ${n} sort de son terrier au printemps.`,
  );
}
for (let n = 1; n <= 3; n++) {
  files[`autre-${n}.md`] = articleFile(frontmatter({ title: `Autre sujet ${n}`, n }), 'Le bouquetin grimpe.');
}
// What the box of corrections says is not the article's text: search leaves it out.
files['autre-1.md'] = files['autre-1.md']!.replace(
  'tags: [Alpes]',
  'tags: [Alpes]\ncorrections:\n  - date: "2026-09-02T08:00:00+02:00"\n    text: "Le chamois était un bouquetin."',
);
// The night clocks go back, 02:30+02:00 comes before 02:10+01:00: sorted as text, they would not.
files['heure-ete.md'] = articleFile(
  frontmatter({ title: 'Avant le changement d’heure', n: 1 }).replace(
    /pubDate: .*/,
    'pubDate: "2026-10-25T02:30:00+02:00"',
  ),
  'Le fuseau horaire change cette nuit.',
);
files['heure-hiver.md'] = articleFile(
  frontmatter({ title: 'Après le changement d’heure', n: 1 }).replace(
    /pubDate: .*/,
    'pubDate: "2026-10-25T02:10:00+01:00"',
  ),
  'Le fuseau horaire a changé.',
);
// Glaciers over four years: September and October 2026, the newest two months, have an index of
// their own, the months before are the archive's; 00:30 in Paris on 1 September is still August
// in UTC.
const glaciers: Array<[string, string, string]> = [
  ['Glacier en 2023', '2023-03-10T08:00:00+01:00', 'Le glacier recule encore.'],
  ['Glacier, fin août', '2026-08-31T23:59:00+00:00', 'Le glacier recule.'],
  ['Glacier, nuit du 1er septembre', '2026-09-01T00:30:00+02:00', 'Le glacier recule aussi.'],
  ['Glacier en octobre', '2026-10-20T08:00:00+02:00', 'Le glacier recule toujours.'],
];
for (const [i, [title, date, text]] of glaciers.entries()) {
  files[`glacier-${i}.md`] = articleFile(
    frontmatter({ title, n: 1 }).replace(/pubDate: .*/, `pubDate: "${date}"`),
    text,
  );
}
files['hostile.md'] = articleFile(
  frontmatter({ title: '<b>Gras</b> & « <img src=x onerror=alert(1)> »', n: 28 }),
  [
    'Un ornithorynque écrit &lt;img src=x onerror=alert(1)&gt; et `<script>alert(1)</script>` dans son texte.',
    '',
    // The sanitiser removes these attributes: an article cannot steer the index.
    '<p data-pagefind-meta="title:Faux titre" data-pagefind-ignore="all">Ornithorynque caché.</p>',
  ].join('\n'),
);

// Accents typed as separate characters (NFD, as some editors and systems save them) are found by
// a reader typing them whole (NFC), and the other way round.
files['decomposee.md'] = articleFile(
  frontmatter({ title: 'Re\u0301forme e\u0301lectorale', n: 27 }),
  'Le de\u0301bat sur la re\u0301forme e\u0301lectorale reprend.',
);

let build: FixtureBuild;
beforeAll(async () => {
  // Not strict: the hostile article's raw HTML is published, sanitised, on purpose.
  build = await buildFixture(files, { LISEUSE_STRICT: '0' });
  if (build.code !== 0) throw new Error(build.output);
});
const site = useServedSite(() => build.outDir);

const articleCount = Object.keys(files).length;

describe('the index of a larger collection', () => {
  it('holds the articles only, not the paginated listings', async () => {
    expect(await indexedPageCounts(build.outDir)).toEqual({ fr: articleCount });
    const urls = (await readFragments(build.outDir)).map((fragment) => fragment.url);
    expect(urls.every((url) => url.startsWith('/articles/'))).toBe(true);
    expect(build.output).toMatch(new RegExp(`${articleCount} articles indexed for search`));
  });

  it('leaves out the corrections box', async () => {
    const fragment = (await readFragments(build.outDir)).find((fragment) => fragment.url === '/articles/autre-1/')!;
    expect(fragment.content).toContain('Le bouquetin grimpe.');
    expect(fragment.content).not.toContain('chamois');
  });

  it('is not steered by attributes written in an article', async () => {
    const hostile = (await readFragments(build.outDir)).find((fragment) => fragment.url === '/articles/hostile/')!;
    expect(hostile.meta.title).toBe('<b>Gras</b> & «\u202f<img src=x onerror=alert(1)>\u202f»');
    expect(hostile.content).toContain('Ornithorynque caché.');
  });
});

describe('accents', () => {
  it.each([
    ['typed whole', 'réforme électorale'],
    ['typed as separate characters', 'Re\u0301forme e\u0301lectorale'],
  ])('finds an article whose accents were saved as separate characters, with a query %s', async (_, query) => {
    const { page } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const results = page.locator('[data-search-results] > li');
    expect(await results.getByRole('link').evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual([
      '/articles/decomposee/',
    ]);
    expect(await results.first().getByRole('link').innerText()).toBe('Réforme électorale');
    await page.context().close();
  });
});

describe('more results than a page shows', () => {
  it('shows 20, then the rest with “Plus de résultats”, focus on the first added', async () => {
    const { page, violations, errors } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=marmotte`);
    expect(await settled(page)).toBe(
      `${MATCHING}\u00a0résultats pour «\u202f\u2068marmotte\u2069\u202f», 20 affichés.`,
    );
    const results = page.locator('[data-search-results] > li');
    expect(await results.count()).toBe(20);

    // A double click adds the remaining results once.
    await page.getByRole('button', { name: 'Plus de résultats' }).dblclick();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] > li').length === count,
      MATCHING,
    );
    expect(await page.locator('[role="status"]').innerText()).toBe(
      `${MATCHING}\u00a0résultats pour «\u202f\u2068marmotte\u2069\u202f».`,
    );
    expect(await page.getByRole('button', { name: 'Plus de résultats' }).isVisible()).toBe(false);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(await results.nth(20).getByRole('link').getAttribute('href'));
    // Each article once.
    await page.waitForLoadState('networkidle');
    expect(await results.count()).toBe(MATCHING);
    const links = await results.getByRole('link').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    expect(new Set(links).size).toBe(MATCHING);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.context().close();
  });

  it('puts the newest first when asked', async () => {
    const { page } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=marmotte&tri=date`);
    await settled(page);
    const dates = await page
      .locator('[data-search-results] time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toHaveLength(20);
    expect(dates[0]).toBe(`2026-09-${day(MATCHING)}T08:00:00+02:00`);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.context().close();
  });

  it('keeps to a section when asked, from the form', async () => {
    const { page } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=marmotte`);
    await settled(page);
    await page.getByLabel('Rubrique').selectOption('Montagne');
    await page.waitForURL('**/recherche/?q=marmotte&rubrique=Montagne');
    // The even-numbered ones, 2 to 24.
    expect(await settled(page)).toMatch(/^12\u00a0résultats pour/);
    const sections = await page.locator('[data-search-results] .result__meta').allInnerTexts();
    expect(sections.every((meta) => meta.includes(' · Montagne · '))).toBe(true);
    await page.context().close();
  });

  it('sorts by the moment of publication, even the night clocks go back', async () => {
    const { page } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=fuseau&tri=date`);
    await settled(page);
    expect(await page.locator('[data-search-results] h2').allInnerTexts()).toEqual([
      'Après le changement d’heure',
      'Avant le changement d’heure',
    ]);
    await page.context().close();
  });
});

describe('an archive of several years', () => {
  it('has an index for the newest two months and one for the archive, newest first, split by UTC month', async () => {
    expect(JSON.parse(await readFile(join(build.outDir, 'pagefind', 'shards.json'), 'utf8'))).toEqual([
      '2026-09_2026-10',
      '2023-03_2026-08',
    ]);
    const titles = async (index: string) =>
      (await readShardFragments(join(build.outDir, 'pagefind', index))).map(({ meta }) => meta.title);
    expect(await titles('2023-03_2026-08')).toEqual(
      expect.arrayContaining(['Glacier en 2023', 'Glacier, fin août', 'Glacier, nuit du 1er septembre']),
    );
    expect(await titles('2026-09_2026-10')).toEqual(expect.arrayContaining(['Glacier en octobre']));
    expect(await titles('2026-09_2026-10')).not.toContain('Glacier, nuit du 1er septembre');
  });

  it('finds in every month at once, by relevance, with every file of the engine found', async () => {
    const { page, errors } = await watchedPage(site.browser, site.server.origin);
    const answers: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/pagefind/')) answers.push(`${response.status()} ${pathname}`);
    });
    await page.goto(`${site.server.origin}/recherche/?q=glacier`);
    expect(await settled(page)).toMatch(/^4\u00a0résultats/);
    await page.waitForLoadState('networkidle');
    expect(answers.filter((answer) => !answer.startsWith('200 '))).toEqual([]);
    // The search runs in Pagefind's worker, started from the newest index, not on the page's thread.
    expect(answers).toEqual(
      expect.arrayContaining(['200 /pagefind/pagefind.js', '200 /pagefind/2026-09_2026-10/pagefind-worker.js']),
    );
    for (const index of ['2026-09_2026-10', '2023-03_2026-08']) {
      expect(answers.some((answer) => answer.startsWith(`200 /pagefind/${index}/pagefind-entry.json`))).toBe(true);
    }
    expect((await page.locator('[data-search-results] h2').allInnerTexts()).sort()).toEqual(
      glaciers.map(([title]) => title).sort(),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts the newest first across the indexes, to the minute', async () => {
    const { page, errors } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=glacier&tri=date`);
    expect(await settled(page)).toMatch(/^4\u00a0résultats/);
    expect(await page.locator('[data-search-results] h2').allInnerTexts()).toEqual([
      'Glacier en octobre',
      'Glacier, fin août',
      'Glacier, nuit du 1er septembre',
      'Glacier en 2023',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('hostile text inside an article', () => {
  it('stays text in the result’s title and excerpt, and runs nothing', async () => {
    const { page, violations, errors, dialogs, offsite } = await watchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/recherche/?q=ornithorynque`);
    expect(await settled(page)).toMatch(/^1\u00a0résultat/);
    const result = page.locator('[data-search-results] > li');
    expect(await result.getByRole('link').innerText()).toBe('<b>Gras</b> & «\u202f<img src=x onerror=alert(1)>\u202f»');
    const excerpt = await result.locator('.result__excerpt').innerText();
    expect(excerpt).toContain('<img src=x onerror=alert(1)>');
    expect(excerpt).toContain('<script>alert(1)</script>');
    // The only elements in a result are the page's own: heading, link, paragraphs, marks, time.
    const tags = await result.locator('*').evaluateAll((all) => [...new Set(all.map((node) => node.tagName))].sort());
    expect(tags).toEqual(['A', 'H2', 'MARK', 'P', 'TIME']);
    expect(await result.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['Ornithorynque']));
    expect({ violations, errors, dialogs, offsite }).toEqual({ violations: [], errors: [], dialogs: [], offsite: [] });
    await page.context().close();
  });
});
