import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  MAX_QUERY_LENGTH,
  quotedQuery,
  readSearchRequest,
  resultCountLabel,
  resultPath,
  searchPath,
} from '../../../src/lib/search';

describe('readSearchRequest', () => {
  it.each([
    ['', { query: '', order: 'pertinence' }],
    ['?q=cor%C3%A9e', { query: 'corée', order: 'pertinence' }],
    ['?q=+Kim++Jong-un%0A', { query: 'Kim Jong-un', order: 'pertinence' }],
    ['?q=munition&tri=date', { query: 'munition', order: 'date' }],
    ['?q=munition&tri=%3Cscript%3E', { query: 'munition', order: 'pertinence' }],
    ['?tri=date', { query: '', order: 'date' }],
    ['?q=coree&rubrique=International', { query: 'coree', order: 'pertinence', section: 'International' }],
    ['?q=coree&rubrique=', { query: 'coree', order: 'pertinence' }],
    ['?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E', { query: '<img src=x onerror=alert(1)>', order: 'pertinence' }],
  ])('reads %j', (search, request) => {
    expect(readSearchRequest(search)).toEqual(request);
  });

  it(`cuts a long query to ${MAX_QUERY_LENGTH} characters`, () => {
    expect(readSearchRequest(`?q=${'a'.repeat(10_000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('never cuts an emoji in half', () => {
    const { query } = readSearchRequest(`?q=${encodeURIComponent('🇫🇷'.repeat(150))}`);
    expect(query).toBe('🇫🇷'.repeat(100));
    expect(query.isWellFormed()).toBe(true);
  });
});

describe('searchPath', () => {
  it.each([
    [{ query: 'corée', order: 'pertinence' }, '/recherche/?q=cor%C3%A9e'],
    [{ query: 'Kim Jong-un', order: 'date' }, '/recherche/?q=Kim+Jong-un&tri=date'],
    [{ query: '"><script>', order: 'pertinence' }, '/recherche/?q=%22%3E%3Cscript%3E'],
    [{ query: '', order: 'date' }, '/recherche/'],
    [{ query: 'coree', order: 'pertinence', section: 'Économie' }, '/recherche/?q=coree&rubrique=%C3%89conomie'],
  ] as const)('writes %j as %s', (request, path) => {
    expect(searchPath(request)).toBe(path);
  });

  it('round-trips through readSearchRequest', () => {
    const request = { query: 'שלום 👋 & <b>', order: 'date' } as const;
    expect(readSearchRequest(new URL(searchPath(request), 'https://x.example').search)).toEqual(request);
  });
});

describe('excerptParts', () => {
  it.each([
    ['no highlight', 'Le texte seul.', [{ text: 'Le texte seul.', highlighted: false }]],
    [
      'Pagefind’s highlights',
      'la <mark>Corée</mark> du Nord et la <mark>Corée</mark>',
      [
        { text: 'la ', highlighted: false },
        { text: 'Corée', highlighted: true },
        { text: ' du Nord et la ', highlighted: false },
        { text: 'Corée', highlighted: true },
      ],
    ],
    [
      'escaped markup in an article, as text',
      'avant &lt;img src=x onerror=alert(1)&gt; <mark>après</mark>',
      [
        { text: 'avant <img src=x onerror=alert(1)> ', highlighted: false },
        { text: 'après', highlighted: true },
      ],
    ],
    [
      'a fake mark written in an article, as text',
      '&lt;mark&gt;faux&lt;/mark&gt;',
      [{ text: '<mark>faux</mark>', highlighted: false }],
    ],
    ['ampersands, which Pagefind leaves alone', 'AT&T &amp; Cie', [{ text: 'AT&T &amp; Cie', highlighted: false }]],
    [
      'a highlighted word with escaped markup',
      '<mark>&lt;script&gt;</mark>',
      [{ text: '<script>', highlighted: true }],
    ],
  ])('splits %s', (_, excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });

  it('treats any tag other than Pagefind’s <mark> as text', () => {
    // Pagefind never writes one, but the parts must stay text whatever arrives.
    expect(excerptParts('<b>gras</b> <mark onclick="x">m</mark>')).toEqual([
      { text: '<b>gras</b> <mark onclick="x">m', highlighted: false },
    ]);
  });
});

describe('resultPath', () => {
  it.each([
    ['/articles/un-article/', '/articles/un-article/'],
    ['//evil.example/', undefined],
    ['/\\evil.example/', undefined],
    ['https://evil.example/', undefined],
    ['javascript:alert(1)', undefined],
    ['articles/relative/', undefined],
    [42, undefined],
  ])('accepts %j as %j', (url, path) => {
    expect(resultPath(url)).toBe(path);
  });
});

describe('labels', () => {
  it.each([
    [1, '1\u00a0résultat'],
    [2, '2\u00a0résultats'],
    [1234, '1\u202f234\u00a0résultats'],
  ])('counts %i as "%s"', (count, label) => {
    expect(resultCountLabel(count)).toBe(label);
  });

  it('quotes a query in French quotes, isolated from the sentence’s direction', () => {
    expect(quotedQuery('corée')).toBe('«\u202f\u2068corée\u2069\u202f»');
  });

  it('shortens a long query to 60 characters', () => {
    expect(quotedQuery('x'.repeat(500))).toBe(`«\u202f\u2068${'x'.repeat(60)}…\u2069\u202f»`);
  });
});
