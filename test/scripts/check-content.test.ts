/**
 * `npm run check:content`: the real CLI, run as a child process on small collections in temp
 * folders (one good article, plus one broken in one way), and on the real content/ folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, validArticle } from '../../tools/build';
import { jpeg } from '../../tools/pictures';
import { runScript, tempDir } from '../helpers/scripts';

const good = articleFile(validArticle.frontmatter);
// In `articleFile`, the frontmatter's lines are 2 to 9 and the body starts on line 12.
const replace = (field: string, line: string) =>
  articleFile(validArticle.frontmatter.replace(new RegExp(`^${field}:.*$`, 'm'), line));
const withBody = (body: string) => articleFile(validArticle.frontmatter, body);

/** Write `files` (name → text or bytes) as a collection beside a good article and check it. */
async function check(files: Record<string, string | Uint8Array>) {
  const contentDir = join(await tempDir(), 'articles');
  await mkdir(contentDir);
  for (const [name, text] of Object.entries({ 'good.md': good, ...files })) {
    await mkdir(dirname(join(contentDir, name)), { recursive: true });
    await writeFile(join(contentDir, name), text);
  }
  const run = await runScript('check-content', [], { contentDir });
  return { ...run, contentDir };
}

// Each run starts a Node process (about two seconds): the cases run side by side.
describe.concurrent('npm run check:content', () => {
  it('passes a good collection', async () => {
    const { code, stdout, stderr } = await check({});
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^check:content: 1 article in .+, no problems\n$/);
    expect(code).toBe(0);
  });

  it('passes the real content/ folder', async () => {
    const { code, stdout } = await runScript('check-content', []);
    expect(stdout).toMatch(/check:content: \d+ articles? in content\/articles, no problems/);
    expect(code).toBe(0);
  });

  it('passes https, http, mailto and site links', async () => {
    const body =
      'Voir [ici](https://exemple.info/a?b=1#c), [là](http://exemple.info/), ' +
      '[écrire](mailto:redaction@exemple.info), [accueil](/articles/un-article/) et <https://exemple.info/>.';
    const { code, stdout } = await check({ 'liens.md': withBody(body) });
    expect(stdout).toContain('no problems');
    expect(code).toBe(0);
  });

  it('passes an article folder with its pictures', async () => {
    const { code, stdout } = await check({
      'photos/index.md': articleFile(
        `${validArticle.frontmatter}\nimage:\n  src: ./une.jpg\n  alt: "Des collines"\n  credit: "Jeanne Martin"`,
        'Texte.\n\n![Une place](./place.jpg "Photo : Paul Durand")',
      ),
      'photos/une.jpg': await jpeg(1200, 700),
      'photos/place.jpg': await jpeg(600, 400),
    });
    expect(stdout).toContain('2 articles');
    expect(stdout).toContain('no problems');
    expect(code).toBe(0);
  });

  it('names the line and the picture of each picture problem', async () => {
    const { code, stdout } = await check({
      'photos/index.md': articleFile(
        `${validArticle.frontmatter}\nimage:\n  src: ./une.jpg\n  alt: "Des collines"\n  credit: "Jeanne Martin"`,
        'Texte.\n\n![Une place](./place.jpg "Sans crédit.")',
      ),
      'photos/une.jpg': await jpeg(1000, 700),
      'photos/place.jpg': await jpeg(600, 400),
    });
    expect(stdout).toMatch(/photos\/index\.md:11: image\.src: the picture "\.\/une\.jpg" is 1000 px wide/);
    expect(code).toBe(1);
  });

  it('passes a withdrawn article, which stays in the collection', async () => {
    const { code, stdout } = await check({
      'retire.md': articleFile(
        `${validArticle.frontmatter}\nwithdrawn:\n  date: "2026-12-01T09:00:00+01:00"\n  reason: "À la demande de l’éditeur."`,
      ),
    });
    expect(stdout).toMatch(/check:content: 2 articles in .+, no problems\n$/);
    expect(code).toBe(0);
  });

  it('ignores files whose name starts with "_", as the build does', async () => {
    const { code } = await check({ '_brouillon.md': 'pas un article' });
    expect(code).toBe(0);
  });

  it.each([
    [
      'an unknown kind',
      replace('kind', 'kind: tribune'),
      [/broken\.md:5: kind: expected "opinion", "news" or "analysis"; got "tribune"/],
    ],
    ['a missing title', replace('title', ''), [/broken\.md:1: title: is required: text/]],
    [
      'an http source URL',
      replace('  url', '  url: http://exemple.info/'),
      [/broken\.md:9: source\.url: expected an https:\/\/ URL; got "http:\/\/exemple\.info\/"/],
    ],
    [
      'an unquoted date',
      replace('pubDate', 'pubDate: 2026-11-20'),
      [/broken\.md:4: pubDate: quote the date and give its UTC offset/],
    ],
    [
      'an unknown field',
      articleFile(`${validArticle.frontmatter}\ncolour: rouge`),
      [/broken\.md:10: colour: unknown field; allowed fields are title, /],
    ],
    ['invalid YAML', replace('title', 'title: [pas fermé'), [/broken\.md:\d+: invalid frontmatter: /]],
    [
      // Lines 10 to 14: updatedDate, corrections, then two items of two lines each.
      'a correction later than updatedDate',
      articleFile(
        `${validArticle.frontmatter}\nupdatedDate: "2026-11-21T08:00:00+01:00"\ncorrections:\n  - date: "2026-11-21T07:00:00+01:00"\n    text: "Une."\n  - date: "2026-11-22T08:00:00+01:00"\n    text: "Deux <b>HTML</b>."`,
      ),
      [
        /broken\.md:14: corrections\.1\.date: is later than updatedDate: a correction is an update/,
        /broken\.md:15: corrections\.1\.text: must not contain HTML/,
      ],
    ],
    [
      // Lines 10 to 13: withdrawn, then its date, reason and showTitle.
      'a withdrawal with an unquoted date, HTML in its reason and a word for showTitle',
      articleFile(
        `${validArticle.frontmatter}\nwithdrawn:\n  date: 2026-12-01\n  reason: "Retiré <b>vite</b>."\n  showTitle: oui`,
      ),
      [
        /broken\.md:11: withdrawn\.date: quote the date and give its UTC offset/,
        /broken\.md:12: withdrawn\.reason: must not contain HTML: write plain text/,
        /broken\.md:13: withdrawn\.showTitle: expected true or false; got "oui"/,
      ],
    ],
    [
      'a withdrawal without its reason',
      articleFile(`${validArticle.frontmatter}\nwithdrawn:\n  date: "2026-12-01T09:00:00+01:00"`),
      [/broken\.md:10: withdrawn\.reason: is required: text/],
    ],
    ['no frontmatter', 'Un paragraphe.\n', [/broken\.md:1: no frontmatter/]],
    ['an empty body', withBody(''), [/broken\.md:10: empty body/]],
    ['a body of blank lines', withBody('\n  \n\t\n'), [/broken\.md:10: empty body/]],
    [
      'a javascript: link',
      withBody('Un [lien](javascript:alert(1)).'),
      [
        /broken\.md:12: bad link "javascript:alert\(1\)": a link must be an absolute https:\/\/, http:\/\/ or mailto: URL, or a site path starting with \//,
      ],
    ],
    ['a relative link', withBody('Premier.\n\nUn [lien](page.html).'), [/broken\.md:14: bad link "page\.html"/]],
    ['an HTML link to nowhere', withBody('Un <a href="">lien</a>.'), [/broken\.md:12: bad link ""/]],
    [
      'a raw <script>',
      withBody('Premier.\n\n<script>alert(1)</script>'),
      [
        /broken\.md:14: the sanitiser removes <script> \(allowed HTML is listed in src\/markdown\/sanitize-schema\.ts\)/,
      ],
    ],
    [
      'an onclick attribute',
      withBody('<p onclick="x()">Texte.</p>'),
      [/broken\.md:12: the sanitiser removes onclick on <p>/],
    ],
    ['a control character', withBody('Premier.\n\nDeux\u0007.'), [/broken\.md:14: control character U\+0007/]],
    ['text that is not UTF-8', Buffer.from(withBody('Premier.\n\nCafé.'), 'latin1'), [/broken\.md:14: not UTF-8 text/]],
    [
      'several problems',
      articleFile(validArticle.frontmatter.replace('kind: news', 'kind: tribune'), '<script>x</script>'),
      [/broken\.md:5: kind: /, /broken\.md:12: the sanitiser removes <script>/],
    ],
  ])('fails on %s, with file:line', async (_, broken, messages) => {
    const { code, stdout, contentDir } = await check({ 'broken.md': broken });
    for (const message of messages) expect(stdout).toMatch(message);
    expect(stdout).toContain(join(contentDir, 'broken.md'));
    expect(stdout).not.toContain('good.md');
    expect(stdout).toMatch(/check:content: \d+ problems? in 1 of 2 articles/);
    expect(code).toBe(1);
  });

  it('fails on two files with one slug, naming both', async () => {
    // The glob loader slugs each file name GitHub-style: both become /articles/mon-article/.
    const { code, stdout, contentDir } = await check({ 'mon article.md': good, 'mon-article.md': good });
    expect(stdout).toContain(
      `${join(contentDir, 'mon-article.md')}:1: duplicate slug "mon-article": ${join(contentDir, 'mon article.md')} already has it`,
    );
    expect(code).toBe(1);
  });

  it('reports a publisher spelt two ways that would share one address, naming both files', async () => {
    const { code, stdout, contentDir } = await check({
      // Sorted after good.md, whose source is "exemple.info".
      'other.md': articleFile(validArticle.frontmatter.replace('name: exemple.info', 'name: EXEMPLE.info')),
    });
    expect(stdout).toContain(
      `${join(contentDir, 'other.md')}:8: source.name "EXEMPLE.info" and "exemple.info" in ${join(contentDir, 'good.md')} would share the address /sources/exemple-info/`,
    );
    expect(stdout).toMatch(/1 problem in 1 of 2 articles/);
    expect(code).toBe(1);
  });

  it('reports a former address that is another article’s, at its line, naming both files', async () => {
    const { code, stdout, contentDir } = await check({
      'other.md': articleFile(`${validArticle.frontmatter}\naliases:\n  - /articles/ancien/\n  - /articles/good/`),
    });
    expect(stdout).toContain(
      `${join(contentDir, 'other.md')}:12: aliases: "/articles/good/" is the address of ${join(contentDir, 'good.md')}; a live article's address cannot redirect`,
    );
    expect(stdout).toMatch(/1 problem in 1 of 2 articles/);
    expect(code).toBe(1);
  });

  it('fails when the articles folder does not exist', async () => {
    const { code, stderr } = await runScript('check-content', [], { contentDir: join(await tempDir(), 'nowhere') });
    expect(stderr).toMatch(/nowhere: the articles folder does not exist/);
    expect(code).toBe(1);
  });
});
