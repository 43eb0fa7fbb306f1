/** A small collection with the cases the seed lacks: author, update, English text, draft. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../../tools/build';
import { readPage, visibleText } from '../helpers/html';

const source = 'source:\n  name: exemple.info\n  url: https://exemple.info/';

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture({
    'signed-news.md': articleFile(
      `title: "Un article signé"\ndescription: "Avec auteur et mise à jour."\npubDate: "2026-11-20T08:00:00+01:00"\nupdatedDate: "2026-11-21T18:30:00+01:00"\nkind: news\nsection: Europe\ntags: [Énergie, Climat]\nauthor: Jeanne Martin\n${source}`,
      "Aujourd'hui : du texte.",
    ),
    'english-analysis.md': articleFile(
      `title: "An English analysis"\ndescription: "Left as written."\npubDate: "2026-11-22T08:00:00+01:00"\nlang: en\nkind: analysis\nsection: World\ntags: [énergie]\n${source}\n  lang: en`,
      "It's here: no French rules?",
    ),
    'draft.md': articleFile(
      `title: "Brouillon"\ndescription: "Pas encore."\npubDate: "2026-11-24T08:00:00+01:00"\nkind: opinion\nsection: Europe\ntags: [Énergie]\ndraft: true\n${source}`,
    ),
  });
  if (build.code !== 0) throw new Error(build.output);
});

describe('a collection of several articles', () => {
  it('lists published articles newest first and never the draft', async () => {
    const home = await readPage('/', build.outDir);
    expect([...home.querySelectorAll('main article h2')].map(visibleText)).toEqual([
      'An English analysis',
      'Un article signé',
    ]);
    expect(existsSync(join(build.outDir, 'articles/draft'))).toBe(false);
  });

  it('shows the byline and the update date when the frontmatter has them', async () => {
    const page = await readPage('/articles/signed-news/', build.outDir);
    expect(visibleText(page.querySelector('address'))).toBe('Par Jeanne Martin');
    expect(visibleText(page.querySelector('.article-meta'))).toContain('Mis à jour le 21 novembre 2026');
    expect(visibleText(page.querySelector('.kicker'))).toBe('Actualité / Europe');
  });

  it('leaves an English text alone but keeps the interface French', async () => {
    const page = await readPage('/articles/english-analysis/', build.outDir);
    expect(page.documentElement.lang).toBe('fr');
    expect(page.querySelector('article')?.getAttribute('lang')).toBe('en');
    expect(visibleText(page.querySelector('.article-body'))).toBe("It's here: no French rules?");
    const facts = [...page.querySelectorAll('.source dt')].map((dt) => [
      visibleText(dt),
      visibleText(dt.nextElementSibling),
    ]);
    expect(facts).toContainEqual(['Langue d’origine', 'anglais']);
    expect(page.querySelector('.source')?.closest('[lang]')?.getAttribute('lang')).toBe('fr');
  });

  it('gives each article its own preview image', async () => {
    const [a, b] = await Promise.all(
      ['signed-news', 'english-analysis'].map((id) => readFile(join(build.outDir, `og/${id}.png`))),
    );
    expect(a!.equals(b!)).toBe(false);
  });

  it('gathers a tag’s articles, whatever its spelling, on one page', async () => {
    const page = await readPage('/tags/energie/', build.outDir);
    // Named as the newest article writes it.
    expect(visibleText(page.querySelector('h1'))).toBe('énergie');
    expect([...page.querySelectorAll('main article h2')].map(visibleText)).toEqual([
      'An English analysis',
      'Un article signé',
    ]);
    expect(existsSync(join(build.outDir, 'tags/climat/index.html'))).toBe(true);
  });

  it('lists each section on its own page, linked from the article’s kicker', async () => {
    const article = await readPage('/articles/signed-news/', build.outDir);
    expect(article.querySelector('.kicker a')?.getAttribute('href')).toBe('/rubriques/europe/');
    const section = await readPage('/rubriques/europe/', build.outDir);
    expect([...section.querySelectorAll('main article h2')].map(visibleText)).toEqual(['Un article signé']);
  });

  it('suggests articles sharing a tag under "Lire aussi", never drafts', async () => {
    const article = await readPage('/articles/signed-news/', build.outDir);
    const related = article.querySelector('nav[aria-labelledby="related-title"]');
    expect(visibleText(related?.querySelector('h2'))).toBe('Lire aussi');
    expect([...related!.querySelectorAll('h3 a')].map((a) => a.getAttribute('href'))).toEqual([
      '/articles/english-analysis/',
    ]);
  });
});
