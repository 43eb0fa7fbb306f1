/**
 * A withdrawn article, as the build leaves it: gone from every listing, feed, sitemap, the search
 * index, related articles and preview cards; a French withdrawal page at its address and its
 * aliases, without its text; the hosts' files that answer 410; and back everywhere when the
 * editor undoes the withdrawal.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, rebuildFixture, validArticle, type FixtureBuild } from '../../tools/build';
import { readPage, visibleText } from '../helpers/html';
import { readFragments } from '../helpers/search-index';

const article = (title: string, extra: string) =>
  `${validArticle.frontmatter.replace('Un titre', title).replace('Une description.', `Le chapeau de ${title}.`)}\ntags: [Russie]\n${extra}`;
const withdrawal = `withdrawn:\n  date: "2026-12-01T09:00:00+01:00"\n  reason: "À la demande de l'éditeur, qui n'autorise plus sa reprise."`;

/** The withdrawn article's words, which nothing the build publishes may carry. */
const secret = { title: 'Un titre diffamatoire', body: 'Phrase litigieuse xylophonique.', path: '/articles/retire/' };

const files = {
  'retire.md': articleFile(
    article(secret.title, `aliases: ["/articles/ancien-retire/", "/2023/09/vieux.html"]\n${withdrawal}`),
    secret.body,
  ),
  'montre.md': articleFile(
    article('Un titre que l’on peut montrer', `${withdrawal}\n  showTitle: true`),
    'Autre phrase retirée.',
  ),
  'vivant.md': articleFile(article('Un article vivant', 'aliases: ["/articles/ancien-vivant/"]'), 'Texte vivant.'),
};

let build: FixtureBuild;
/** Every text file the build wrote, by its path in dist/, twins and the hosts' files aside. */
const texts = new Map<string, string>();

beforeAll(async () => {
  build = await buildFixture(files);
  if (build.code !== 0) throw new Error(build.output);
  for (const file of await readdir(build.outDir, { recursive: true })) {
    if (/\.(html|xml|json|opml|txt|webmanifest|js)$/.test(file) && !file.startsWith('pagefind')) {
      texts.set(file, await readFile(join(build.outDir, file), 'utf8'));
    }
  }
}, 120_000);

/** The files a withdrawn article's addresses are served from: its page and its aliases' copies. */
const withdrawalPages = [
  'articles/retire/index.html',
  'articles/ancien-retire/index.html',
  '2023/09/vieux.html',
  'articles/montre/index.html',
];
const hostFiles = ['_worker.js', '_routes.json'];

describe('a withdrawn article', () => {
  it('is in no listing, feed, sitemap, OPML or related list: no page links to it or names it', () => {
    const published = [...texts].filter(([file]) => !withdrawalPages.includes(file) && !hostFiles.includes(file));
    // The home page, its section, tag and publisher, their feeds, the sitemaps, the live article…
    expect(published.map(([file]) => file)).toEqual(
      expect.arrayContaining([
        'index.html',
        'rss.xml',
        'atom.xml',
        'feed.json',
        'rubriques/europe/index.html',
        'tags/russie/index.html',
        'tags/russie/rss.xml',
        'sources/exemple-info/index.html',
        'sources/exemple-info/feed.json',
        'sitemap-0.xml',
        'news-sitemap.xml',
        'abonnements.opml',
        'recherche/index.html',
        'articles/vivant/index.html',
      ]),
    );
    for (const [file, text] of published) {
      for (const word of [
        secret.title,
        secret.body,
        secret.path,
        '/articles/montre/',
        'Un titre que l’on peut montrer',
      ]) {
        expect(text, `${file} has ${word}`).not.toContain(word);
      }
    }
    // The live article is there, and shares the withdrawn ones' tag: "Lire aussi" would show them.
    expect(texts.get('index.html')).toContain('/articles/vivant/');
  });

  it('is not in the search index, nor has a preview card', async () => {
    const fragments = await readFragments(build.outDir);
    expect(fragments.map(({ url }) => url)).toEqual(['/articles/vivant/']);
    expect(existsSync(join(build.outDir, 'og/vivant.png'))).toBe(true);
    expect(existsSync(join(build.outDir, 'og/retire.png'))).toBe(false);
    expect(existsSync(join(build.outDir, 'og/montre.png'))).toBe(false);
  });

  it('has a French withdrawal page at its address: when and why, a way home, no title, no text, noindex', async () => {
    const page = await readPage(secret.path, build.outDir);
    expect(page.documentElement.lang).toBe('fr');
    expect(page.title).toBe('Article retiré — liseuse');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(visibleText(page.querySelector('h1'))).toBe('Cet article a été retiré');
    const main = visibleText(page.querySelector('main'));
    expect(main).toContain('L’article publié à cette adresse le 20 novembre 2026 a été retiré le 1er décembre 2026.');
    // French typography: the apostrophes of the reason as typed become typographic ones.
    expect(main).toContain('Motif\u00a0: À la demande de l’éditeur, qui n’autorise plus sa reprise.');
    expect(page.querySelector('main a[href="/"]')?.textContent).toBe(
      'Revenir à la page d’accueil et aux derniers articles',
    );
    const html = texts.get('articles/retire/index.html')!;
    for (const word of [secret.title, secret.body, 'Le chapeau de', 'og/retire.png', 'application/ld+json']) {
      expect(html).not.toContain(word);
    }
  });

  it('shows its title when the editor says so', async () => {
    const page = await readPage('/articles/montre/', build.outDir);
    expect(page.title).toBe('Article retiré\u00a0: Un titre que l’on peut montrer — liseuse');
    expect(visibleText(page.querySelector('main p:nth-of-type(2)'))).toBe(
      '«\u202fUn titre que l’on peut montrer\u202f», publié le 20 novembre 2026, a été retiré le 1er décembre 2026.',
    );
    expect(page.querySelector('cite')?.getAttribute('lang')).toBe('fr');
    expect(texts.get('articles/montre/index.html')).not.toContain('Autre phrase retirée');
  });

  it('leaves the same page at its aliases, for servers that read no host file', () => {
    const page = texts.get('articles/retire/index.html');
    expect(texts.get('articles/ancien-retire/index.html')).toBe(page);
    expect(texts.get('2023/09/vieux.html')).toBe(page);
    // A live article's alias keeps its redirecting page.
    expect(texts.get('articles/ancien-vivant/index.html')).toContain('url=/articles/vivant/');
  });

  it('answers 410 from nginx and Cloudflare Pages at its address and aliases; redirects stay 301', async () => {
    const read = (file: string) => readFile(join(build.outDir, file), 'utf8');
    const nginx = await read('_nginx-gone.conf');
    for (const path of ['/articles/retire/', '/articles/retire', '/articles/ancien-retire/', '/2023/09/vieux.html']) {
      expect(nginx).toContain(
        `location = ${path} {\n    error_page 410 /articles/retire/index.html;\n    return 410;\n}\n`,
      );
    }
    expect(nginx).toContain('location = /articles/montre/ {');
    expect(await read('_nginx-redirects.conf')).toBe(
      'location = /articles/ancien-vivant/ {\n    return 301 /articles/vivant/$is_args$args;\n}\n' +
        'location = /articles/ancien-vivant {\n    return 301 /articles/vivant/$is_args$args;\n}\n',
    );
    // Pages' own _redirects has no 410: the worker answers, and only for these addresses.
    expect(await read('_redirects')).toBe('/articles/ancien-vivant/ /articles/vivant/ 301\n');
    expect(await read('_worker.js')).toContain('["/2023/09/vieux.html","/articles/retire/"]');
    expect(JSON.parse(await read('_routes.json'))).toEqual({
      version: 1,
      include: ['/articles/montre/', '/articles/retire/', '/articles/ancien-retire/', '/2023/09/vieux.html'],
      exclude: [],
    });
    // The host files are never sent compressed as if they were content.
    expect(existsSync(join(build.outDir, '_worker.js.br'))).toBe(false);
  });

  it('is back everywhere, and the host files are gone, when the editor removes `withdrawn`', async () => {
    const undone = await rebuildFixture(build, {
      'retire.md': files['retire.md'].replace(/\nwithdrawn:\n.*\n.*\n/, '\n'),
      'montre.md': null,
    });
    expect(undone.code, undone.output).toBe(0);
    const read = (file: string) => readFile(join(undone.outDir, file), 'utf8');
    expect(await read('index.html')).toContain(secret.path);
    expect(await read('articles/retire/index.html')).toContain(secret.body);
    expect(await read('articles/vivant/index.html')).toContain(secret.path);
    expect(await read('sitemap-0.xml')).toContain(secret.path);
    expect(await read('_nginx-gone.conf')).toBe('');
    expect(await read('_redirects')).toContain('/articles/ancien-retire/ /articles/retire/ 301');
    expect(existsSync(join(undone.outDir, '_worker.js'))).toBe(false);
    expect(existsSync(join(undone.outDir, '_routes.json'))).toBe(false);
    expect(existsSync(join(undone.outDir, 'articles/montre/index.html'))).toBe(false);
  }, 120_000);
});

describe('built on Netlify', () => {
  it('writes forced 410 rules with the withdrawal page, and no worker', async () => {
    const netlify = await buildFixture(
      { 'retire.md': files['retire.md'], 'vivant.md': files['vivant.md'] },
      // As Netlify's build machine sets it (tools/build.ts builds for every host otherwise).
      { LISEUSE_HOST: '', NETLIFY: 'true' },
    );
    expect(netlify.code, netlify.output).toBe(0);
    expect(await readFile(join(netlify.outDir, '_redirects'), 'utf8')).toBe(
      [
        '/articles/ancien-vivant/ /articles/vivant/ 301!',
        '/articles/retire/ /articles/retire/index.html 410!',
        '/articles/ancien-retire/ /articles/retire/index.html 410!',
        '/2023/09/vieux.html /articles/retire/index.html 410!',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(netlify.outDir, '_worker.js'))).toBe(false);
  }, 120_000);
});
