/** The scripts' view of the collection: entry ids as the glob loader makes them, link rules, encoding. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, idOf, linkProblem } from '../../scripts/lib/collection';

describe('idOf, the build’s own articleId', () => {
  it.each([
    ['mon-article.md', 'mon-article'],
    ['Mon Article.md', 'mon-article'],
    ['mon_article.md', 'mon-article'],
    ['Été à Séville.md', 'ete-a-seville'],
    ['dossier/Sous Article.md', 'dossier/sous-article'],
    ['dossier/index.md', 'dossier'],
  ])('%s → %s', (entry, id) => {
    expect(idOf(entry)).toEqual({ id });
  });

  it('names a file whose name cannot make an address', () => {
    expect(idOf('«».md')).toEqual({ problem: "the file name needs a letter or a digit: it is the article's address" });
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
