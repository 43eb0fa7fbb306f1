/** The scripts' view of the collection: entry ids as the glob loader makes them, link rules, encoding. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, entryId, linkProblem } from '../../scripts/lib/collection';

describe('entryId', () => {
  it.each([
    ['mon-article.md', {}, 'mon-article'],
    ['Mon Article.md', {}, 'mon-article'],
    ['mon_article.md', {}, 'mon_article'],
    ['dossier/Sous Article.md', {}, 'dossier/sous-article'],
    ['dossier/index.md', {}, 'dossier'],
    ['x.md', { slug: 'autre' }, 'autre'],
  ])('%s (frontmatter %j) → %s', (entry, data, id) => {
    expect(entryId(entry, data)).toBe(id);
  });
});

describe('linkProblem', () => {
  it.each([
    'https://exemple.info/a?b=1#c',
    'http://exemple.info/',
    'mailto:redaction@exemple.info',
    '/articles/un-article/',
    '/',
  ])('accepts %j', (link) => {
    expect(linkProblem(link)).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'page.html',
    '../page/',
    '#note',
    '//autre.example/x',
    '/\\autre.example/x',
    'https://',
    'mailto:',
    'ftp://exemple.info/',
    'data:text/html,x',
    '',
  ])('refuses %j', (link) => {
    expect(linkProblem(link)).toMatch(/^bad link /);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8', () => {
    expect(decodeUtf8(new TextEncoder().encode('Café\n'))).toEqual({ text: 'Café\n' });
  });

  it('names the first line that is not UTF-8', () => {
    expect(decodeUtf8(Buffer.from('a\nb\nCaf\xe9\nd\xe9', 'latin1'))).toEqual({
      problem: { line: 3, message: 'not UTF-8 text: save the file with the UTF-8 encoding' },
    });
  });
});
