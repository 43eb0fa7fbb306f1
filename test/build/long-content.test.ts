/**
 * An article a layout was not drawn for, built and opened in Chromium on the host: words longer
 * than a phone's line, a table of figures, a line of code, footnotes, long section, tag and source
 * names. No page scrolls sideways, the table scrolls in its own box, and the footnotes work both
 * ways, in French. Found by an independent review: such an article made the page 457 to 1,169 px
 * wide at 360 px, and its footnotes stopped a strict build.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../../tools/build';
import { sectionPath, sourcePath, tagPath } from '../../src/lib/urls';
import { useServedSite } from '../helpers/served-site';

const section = 'Politique intérieure et institutions constitutionnelles';
const tag = 'Bundesverfassungsgerichtsentscheidungen';
const source = 'llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch.example';

const files = {
  'anticonstitutionnellement.md': articleFile(
    [
      'title: "La loi a été votée anticonstitutionnellement, dit le Bundesverfassungsgericht"',
      'description: "Le texte : https://www.example.org/un/tres/long/chemin/sans/espace/aucun"',
      'pubDate: "2026-11-20T07:00:00+01:00"',
      'kind: news',
      `section: "${section}"`,
      `tags: [${tag}]`,
      `source: { name: ${source}, url: https://${source}/ }`,
      'dateline: { date: 2023-09-13, place: "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch" }',
    ].join('\n'),
    [
      'Selon le rapport[^onu], la situation est grave : https://www.example.org/un/tres/long/chemin/sans/espace/aucun/vraiment.',
      '| Année | Janvier | Février | Mars | Avril | Mai | Juin |\n| --- | --- | --- | --- | --- | --- | --- |\n| 2023 | 1 234 567 | 2 345 678 | 3 456 789 | 4 567 890 | 5 678 901 | 6 789 012 |',
      '```\ncurl -fsSL https://example.org/un/tres/long/script/dinstallation.sh --output /tmp/installation.sh && sh /tmp/installation.sh\n```',
      'Le chiffre est contesté[^2].',
      "[^onu]: Rapport de l'ONU, septembre 2023.",
      "[^2]: Selon les experts cités par l'agence.",
    ].join('\n\n'),
  ),
};
const article = '/articles/anticonstitutionnellement/';

let build: FixtureBuild;
beforeAll(async () => {
  // Strict, as CI builds: footnotes must not trip the sanitiser's report.
  build = await buildFixture(files, { LISEUSE_STRICT: '1' });
  if (build.code !== 0) throw new Error(build.output);
}, 180_000);
const site = useServedSite(() => build.outDir);

async function open(path: string, width = 320) {
  // A context of its own: axe needs one.
  const page = await (await site.browser.newContext({ viewport: { width, height: 640 } })).newPage();
  await page.goto(site.server.origin + path);
  return page;
}

describe('an article with long words, a table, code and footnotes', () => {
  it.each([article, '/', sectionPath(section), tagPath(tag), sourcePath({ name: source }), '/sources/'])(
    '%s never scrolls sideways at 320 px',
    async (path) => {
      const page = await open(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await page.context().close();
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );

  it('scrolls a wide table in its own box, which the keyboard reaches and screen readers name', async () => {
    const page = await open(article);
    const box = page.getByRole('region', { name: 'Tableau' });
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Figures keep their digits together: "1 234 567" is one line.
    const cell = page.getByRole('cell', { name: /^1\s234\s567$/ });
    expect(await cell.evaluate((element) => element.getClientRects().length)).toBe(1);
    await page.context().close();
  });

  it('links each footnote call to its note and back, under a French heading', async () => {
    const page = await open(article, 1280);
    const notes = page.getByRole('heading', { name: 'Notes' });
    expect(await notes.isVisible()).toBe(true);
    await page.getByRole('link', { name: '1', exact: true }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#user-content-fn-onu');
    expect(await page.locator(':target').innerText()).toMatch(/^Rapport de l’ONU, septembre 2023\./);
    await page.getByRole('link', { name: 'Retour à l’appel de note 1' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#user-content-fnref-onu');
    expect(await page.locator(':target').innerText()).toBe('1');
    // The paragraph's address is its words, not its call: "rapport", not "rapport1".
    expect(await page.locator('.article-body > p').first().getAttribute('id')).toBe(
      'selon-le-rapport-la-situation-est',
    );
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    await page.context().close();
  });
});
