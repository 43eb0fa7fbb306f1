/**
 * Malformed articles stop the build with a message an editor can act on: the file, the field or
 * line, the fix. Each case builds a small collection (one good article, one broken) in a temp
 * dir. The README's robustness table lists these cases. The schema's own messages are pinned in
 * test/unit/content/schema-messages.test.ts; here are what only a build shows: that it names the
 * file, YAML's own reading (unquoted dates, syntax errors), encoding, the Markdown pipeline's
 * checks, duplicate slugs, and that the build stops at the article's error.
 */
import { describe, expect, it } from 'vitest';
import { articleFile, buildFixture, validArticle } from '../../tools/build';

const good = articleFile(validArticle.frontmatter);
const replace = (field: string, line: string) =>
  articleFile(validArticle.frontmatter.replace(new RegExp(`^${field}:.*$`, 'm'), line));
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

const cases: Array<[string, Record<string, string | Uint8Array>, RegExp[]]> = [
  ['a missing title', { 'broken.md': replace('title', '') }, [/articles → broken\b/, /title: is required/]],
  [
    // The message is pinned in test/unit/content/corrections.test.ts; the build must name the file.
    'a correction later than updatedDate',
    {
      'broken.md': articleFile(
        `${validArticle.frontmatter}\nupdatedDate: "2026-11-21T08:00:00+01:00"\ncorrections:\n  - date: "2026-11-21T07:00:00+01:00"\n    text: "Une."\n  - date: "2026-11-22T08:00:00+01:00"\n    text: "Deux."`,
      ),
    },
    [/articles → broken\b/, /corrections\.1\.date: is later than updatedDate/],
  ],
  [
    'a withdrawal without its reason, dated before publication',
    {
      'broken.md': articleFile(`${validArticle.frontmatter}\nwithdrawn:\n  date: "2026-11-19T08:00:00+01:00"`),
    },
    [
      /articles → broken\b/,
      /withdrawn\.reason: is required: text/,
      /withdrawn\.date: must not be earlier than pubDate/,
    ],
  ],
  [
    // A withdrawn article keeps its address: an alias cannot take it over.
    'an alias that is a withdrawn article’s address',
    {
      'retire.md': articleFile(
        `${validArticle.frontmatter}\nwithdrawn:\n  date: "2026-12-01T09:00:00+01:00"\n  reason: "Retiré."`,
      ),
      'other.md': articleFile(`${validArticle.frontmatter}\naliases: ["/articles/retire/"]`),
    },
    [/other\.md: aliases: "\/articles\/retire\/" is the address of .*retire\.md/],
  ],
  [
    // aliases.ts knows the site's folders; a page elsewhere (the offline page) is caught as the
    // build writes the alias's page, which would replace it.
    'an alias that is a page of the site',
    { 'other.md': articleFile(`${validArticle.frontmatter}\naliases: ["/hors-ligne/"]`) },
    [
      /aliases: "\/hors-ligne\/" \(of \/articles\/other\/\) cannot have its page at dist\/hors-ligne\/index\.html: a page or file of the site is there/,
    ],
  ],
  [
    'a pubDate without time zone',
    { 'broken.md': replace('pubDate', 'pubDate: 2026-11-20') },
    [/pubDate: quote the date and give its UTC offset/],
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
  [
    'an empty body',
    { 'broken.md': articleFile(validArticle.frontmatter, '') },
    [/broken\.md:\d+:1: the article has no text/],
  ],
  [
    'a missing picture',
    { 'broken.md': articleFile(validArticle.frontmatter, 'Texte.\n\n![Le port](./port.png)') },
    [/broken\.md:14:1: the picture "\.\/port\.png" does not exist/],
  ],
  [
    'a picture outside its folder',
    { 'broken.md': articleFile(validArticle.frontmatter, '![x](../../../../../../etc/passwd)') },
    [/broken\.md:12:1: the picture "[./]+etc\/passwd" is outside the article's folder/],
  ],
  [
    'a tag with no letter',
    { 'broken.md': articleFile(`${validArticle.frontmatter}\ntags: ["<3"]`) },
    [/articles → broken\b/, /tags\.0: must not contain < or >/],
  ],
  [
    'a control character in the text',
    { 'broken.md': articleFile(validArticle.frontmatter, 'Premier.\n\nUne cloche\u0007 ici.') },
    [/broken\.md:14:11: control character U\+0007/],
  ],
  [
    'two files with the same slug',
    { 'good/index.md': articleFile(validArticle.frontmatter, 'Un autre texte.') },
    [/duplicate slug "good"/, /good\/index\.md/, /good\.md/],
  ],
  [
    // Astro's own check lets two identical files through.
    'two identical files with the same slug',
    { 'good/index.md': good },
    [/duplicate slug "good"/, /good\/index\.md/, /good\.md/],
  ],
  [
    // "exemple.info" in good.md: both spellings would be published at /sources/exemple-info/.
    'a publisher spelt another way than in another file',
    { 'other.md': articleFile(validArticle.frontmatter.replace('name: exemple.info', 'name: Exemple Info')) },
    [
      /other\.md: source\.name "Exemple Info" and "exemple\.info" in .*good\.md would share the address \/sources\/exemple-info\//,
    ],
  ],
];

describe.each(cases)('an article with %s', (_, broken, messages) => {
  it('fails the build with a message naming the file and what to fix', async () => {
    const { code, output } = await buildFixture({ 'good.md': good, ...broken });
    expect(code).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
    // The build stops at the article's own error, not later on another page with another message.
    expect(output).not.toMatch(/did not run|ImageNotFound|Could not find requested image|Missing parameter/);
  });
});
