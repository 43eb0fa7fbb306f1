/**
 * Malformed articles stop the build with a message an editor can act on: the file, the field or
 * line, the fix. Each case builds a small collection (one good article, one broken) in a temp
 * dir. The README's robustness table lists these cases.
 */
import { describe, expect, it } from 'vitest';
import { articleFile, buildFixture, validArticle } from '../helpers/build';

const good = articleFile(validArticle.frontmatter);
const replace = (field: string, line: string) =>
  articleFile(validArticle.frontmatter.replace(new RegExp(`^${field}:.*$`, 'm'), line));
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

const cases: Array<[string, Record<string, string | Uint8Array>, RegExp[]]> = [
  ['a missing title', { 'broken.md': replace('title', '') }, [/articles → broken\b/, /title: is required/]],
  [
    'an http source URL',
    { 'broken.md': replace('  url', '  url: http://exemple.info/') },
    [/source\.url: expected an https:\/\/ URL; got "http:\/\/exemple\.info\/"/],
  ],
  [
    'an unknown key',
    { 'broken.md': articleFile(`${validArticle.frontmatter}\ncolour: rouge`) },
    [/colour: unknown field; allowed fields are title, /],
  ],
  [
    'an updatedDate before pubDate',
    { 'broken.md': articleFile(`${validArticle.frontmatter}\nupdatedDate: "2026-11-19T08:00:00+01:00"`) },
    [/updatedDate: must not be earlier than pubDate/],
  ],
  [
    'a correction later than updatedDate',
    {
      'broken.md': articleFile(
        `${validArticle.frontmatter}\nupdatedDate: "2026-11-21T08:00:00+01:00"\ncorrections:\n  - date: "2026-11-21T07:00:00+01:00"\n    text: "Une."\n  - date: "2026-11-22T08:00:00+01:00"\n    text: "Deux."`,
      ),
    },
    [/articles → broken\b/, /corrections\.1\.date: is later than updatedDate/],
  ],
  [
    'a pubDate without time zone',
    { 'broken.md': replace('pubDate', 'pubDate: 2026-11-20') },
    [/pubDate: quote the date and give its UTC offset/],
  ],
  [
    'a wrong type',
    { 'broken.md': replace('kind', 'kind: tribune').replace('section: Europe', 'section: [Europe]') },
    [/kind: expected "opinion", "news" or "analysis"; got "tribune"/, /section: expected text; got \["Europe"\]/],
  ],
  [
    'a title of 1,000 characters',
    { 'broken.md': replace('title', `title: "${'Très long titre '.repeat(63).slice(0, 1000)}"`) },
    [/title: must be 110 characters or fewer/],
  ],
  [
    'a control character in the title',
    { 'broken.md': replace('title', 'title: "Un\\u0007titre"') },
    [/title: contains a control character/],
  ],
  [
    'bad YAML',
    { 'broken.md': replace('title', 'title: "guillemet non fermé') },
    [/broken\.md:\d+:\d+/, /can not read|unexpected end/],
  ],
  [
    'a file that is not UTF-8',
    { 'broken.md': latin1(articleFile(validArticle.frontmatter, 'Café crème à emporter.')) },
    [/broken\.md:12:4\b/, /not valid UTF-8/],
  ],
  ['an empty body', { 'broken.md': articleFile(validArticle.frontmatter, '') }, [/broken\.md:/, /has no text/]],
  [
    'a control character in the text',
    { 'broken.md': articleFile(validArticle.frontmatter, 'Premier.\n\nUne cloche\u0007 ici.') },
    [/broken\.md:14:11\b/, /control character U\+0007/],
  ],
  [
    'two files with the same slug',
    { 'Good.md': articleFile(validArticle.frontmatter, 'Un autre texte.') },
    [/multiple entries with the same slug: `good`/, /Good\.md/, /good\.md/],
  ],
];

describe.each(cases)('an article with %s', (_, broken, messages) => {
  it('fails the build with a message naming the file and what to fix', async () => {
    const { code, output } = await buildFixture({ 'good.md': good, ...broken });
    expect(code).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  });
});
