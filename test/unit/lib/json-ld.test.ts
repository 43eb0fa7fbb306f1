import { describe, expect, it } from 'vitest';
import { articleJsonLd, homeJsonLd, type Publisher } from '../../../src/lib/json-ld';
import { sampleArticle } from '../../helpers/sample-article';

const publisher: Publisher = {
  name: 'liseuse',
  url: 'https://liseuse.example/',
  logo: 'https://liseuse.example/icon-512.png',
  timeZone: 'Europe/Paris',
};
const input = {
  data: sampleArticle,
  url: 'https://liseuse.example/articles/a/',
  images: ['https://liseuse.example/og/a.png'],
  sectionUrl: 'https://liseuse.example/rubriques/international/',
  words: 640,
};
const nodes = (graph: object) => (graph as { '@graph': Array<Record<string, unknown>> })['@graph'];
const article = (graph: object) => nodes(graph)[0]!;

describe('articleJsonLd', () => {
  it.each([
    ['opinion', 'OpinionNewsArticle'],
    ['news', 'NewsArticle'],
    ['analysis', 'AnalysisNewsArticle'],
  ] as const)('types a %s article as %s', (kind, type) => {
    expect(article(articleJsonLd({ ...input, data: { ...sampleArticle, kind } }, publisher))['@type']).toBe(type);
  });

  it('has what search engines need for a news article', () => {
    expect(article(articleJsonLd(input, publisher))).toMatchObject({
      headline: sampleArticle.title,
      description: sampleArticle.description,
      datePublished: '2026-11-25T07:00:00+01:00',
      dateModified: '2026-11-25T07:00:00+01:00',
      inLanguage: 'fr',
      image: ['https://liseuse.example/og/a.png'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://liseuse.example/articles/a/' },
      wordCount: 640,
      publisher: { '@id': 'https://liseuse.example/#publisher' },
      sourceOrganization: { '@type': 'Organization', name: 'attuale.info', url: 'https://attuale.info/' },
      isBasedOn: { '@type': 'CreativeWork', url: 'https://attuale.info/' },
    });
  });

  it('names an author only when the article has one', () => {
    expect(article(articleJsonLd(input, publisher))).not.toHaveProperty('author');
    const signed = articleJsonLd({ ...input, data: { ...sampleArticle, author: 'Jeanne Martin' } }, publisher);
    expect(article(signed)['author']).toEqual({ '@type': 'Person', name: 'Jeanne Martin' });
  });

  it('uses the update date as dateModified', () => {
    const updated = { ...sampleArticle, updatedDate: new Date('2026-11-26T09:00:00Z') };
    expect(article(articleJsonLd({ ...input, data: updated }, publisher))['dateModified']).toBe(
      '2026-11-26T10:00:00+01:00',
    );
  });

  it('lists each correction as a CorrectionComment, newest first, in plain text', () => {
    const data = {
      ...sampleArticle,
      updatedDate: new Date('2026-11-27T09:00:00+01:00'),
      corrections: [
        { date: new Date('2026-11-26T09:00:00+01:00'), text: 'Le calibre est *122 mm*.' },
        { date: new Date('2026-11-27T09:00:00+01:00'), text: 'Voir [le démenti](https://exemple.info/d).' },
      ],
    };
    const node = article(articleJsonLd({ ...input, data }, publisher));
    expect(node['dateModified']).toBe('2026-11-27T09:00:00+01:00');
    expect(node['correction']).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-11-27T09:00:00+01:00', text: 'Voir le démenti.' },
      { '@type': 'CorrectionComment', datePublished: '2026-11-26T09:00:00+01:00', text: 'Le calibre est 122 mm.' },
    ]);
  });

  it('has no correction property without corrections', () => {
    expect(article(articleJsonLd(input, publisher))).not.toHaveProperty('correction');
  });

  it('adds a breadcrumb and liseuse as publisher with its logo', () => {
    const [, breadcrumb, organization] = nodes(articleJsonLd(input, publisher));
    expect(breadcrumb?.['@type']).toBe('BreadcrumbList');
    expect(organization).toMatchObject({ '@type': 'Organization', name: 'liseuse', logo: { url: publisher.logo } });
  });
});

describe('homeJsonLd', () => {
  it('describes the site and lists the articles in order', () => {
    const [website, page] = nodes(
      homeJsonLd(
        {
          description: 'D',
          lang: 'fr',
          articles: [
            { url: 'https://liseuse.example/articles/b/', title: 'B' },
            { url: 'https://liseuse.example/articles/a/', title: 'A' },
          ],
        },
        publisher,
      ),
    );
    expect(website?.['@type']).toBe('WebSite');
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          { position: 1, url: 'https://liseuse.example/articles/b/' },
          { position: 2, url: 'https://liseuse.example/articles/a/' },
        ],
      },
    });
  });
});
