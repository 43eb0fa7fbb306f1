/**
 * Bad articles stop the build with a message an editor can act on: the file, the field, the fix.
 * Each case builds a small collection (one good article, one broken) in a temp dir.
 */
import { describe, expect, it } from 'vitest';
import { articleFile, buildFixture, validArticle } from '../helpers/build';

const good = articleFile(validArticle.frontmatter);
const replace = (field: string, line: string) =>
  articleFile(validArticle.frontmatter.replace(new RegExp(`^${field}:.*$`, 'm'), line));

describe.each([
  ['a missing title', replace('title', ''), /title: is required/],
  [
    'an http source URL',
    replace('  url', '  url: http://exemple.info/'),
    /source\.url: expected an https:\/\/ URL; got "http:\/\/exemple\.info\/"/,
  ],
  [
    'an unknown key',
    articleFile(`${validArticle.frontmatter}\ncolour: rouge`),
    /colour: unknown field; allowed fields are title, /,
  ],
  [
    'an updatedDate before pubDate',
    articleFile(`${validArticle.frontmatter}\nupdatedDate: "2026-11-19T08:00:00+01:00"`),
    /updatedDate: must not be earlier than pubDate/,
  ],
  [
    'a pubDate without time zone',
    replace('pubDate', 'pubDate: 2026-11-20'),
    /pubDate: quote the date and give its UTC offset/,
  ],
  [
    'an unknown kind',
    replace('kind', 'kind: tribune'),
    /kind: expected "opinion", "news" or "analysis"; got "tribune"/,
  ],
])('an article with %s', (_, broken, message) => {
  it('fails the build, naming the file and the field', async () => {
    const { code, output } = await buildFixture({ 'good.md': good, 'broken.md': broken });
    expect(code).not.toBe(0);
    expect(output).toMatch(/articles → broken\b/);
    expect(output).toMatch(/broken\.md/);
    expect(output).toMatch(message);
  });
});
