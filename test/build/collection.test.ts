/** A small collection with the cases the seed lacks: author, update, English text, draft. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../helpers/build';
import { readPage, visibleText } from '../helpers/html';

const source = 'source:\n  name: exemple.info\n  url: https://exemple.info/';

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture({
    'signed-news.md': articleFile(
      `title: "Un article signé"\ndescription: "Avec auteur et mise à jour."\npubDate: "2026-11-20T08:00:00+01:00"\nupdatedDate: "2026-11-21T18:30:00+01:00"\nkind: news\nsection: Europe\nauthor: Jeanne Martin\n${source}`,
      "Aujourd'hui : du texte.",
    ),
    'english-analysis.md': articleFile(
      `title: "An English analysis"\ndescription: "Left as written."\npubDate: "2026-11-22T08:00:00+01:00"\nlang: en\nkind: analysis\nsection: World\n${source}\n  lang: en`,
      "It's here: no French rules?",
    ),
    'draft.md': articleFile(
      `title: "Brouillon"\ndescription: "Pas encore."\npubDate: "2026-11-24T08:00:00+01:00"\nkind: opinion\nsection: Europe\ndraft: true\n${source}`,
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
});
