import { describe, expect, it } from 'vitest';
import { articleCard, cardAlt, cardPath, socialMetaTags, type PageSocial } from '../../../src/lib/social';
import { sampleArticle } from '../../helpers/sample-article';

const page: PageSocial = {
  siteName: 'liseuse',
  locale: 'fr_FR',
  title: 'Titre',
  description: 'Description',
  url: 'https://liseuse.example/articles/titre/',
  image: { url: 'https://liseuse.example/og/titre.png', width: 1200, height: 630, alt: 'Carte', type: 'image/png' },
  article: {
    publishedTime: '2026-11-25T07:00:00+01:00',
    modifiedTime: '2026-11-25T07:00:00+01:00',
    section: 'International',
    tags: ['Russie', 'Russie', 'Ukraine'],
    readingMinutes: 4,
    sourceName: 'attuale.info',
  },
};

const keys = (tags: ReturnType<typeof socialMetaTags>) => tags.map((tag) => tag.key);

describe('socialMetaTags', () => {
  it('describes an article for Open Graph and Twitter, each tag once (article:tag once per tag)', () => {
    const tags = socialMetaTags(page);
    const single = keys(tags).filter((key) => key !== 'article:tag');
    expect(new Set(single).size).toBe(single.length);
    expect(tags.filter((tag) => tag.key === 'article:tag').map((tag) => tag.content)).toEqual(['Russie', 'Ukraine']);
    expect(Object.fromEntries(tags.map((tag) => [tag.key, tag.content]))).toMatchObject({
      'og:type': 'article',
      'og:locale': 'fr_FR',
      'og:image:width': '1200',
      'twitter:card': 'summary_large_image',
      'twitter:label1': 'Temps de lecture',
      'twitter:data1': '4 min',
      'twitter:label2': 'Source',
      'twitter:data2': 'attuale.info',
    });
  });

  it('uses property= for Open Graph and name= for the rest', () => {
    for (const tag of socialMetaTags(page)) {
      expect(tag.attribute).toBe(/^(og|article):/.test(tag.key) ? 'property' : 'name');
    }
  });

  it('describes other pages as websites, without article facts', () => {
    const tags = keys(socialMetaTags({ ...page, article: undefined, url: undefined }));
    expect(tags).toContain('og:type');
    expect(tags.some((key) => key.startsWith('article:') || key.startsWith('twitter:label'))).toBe(false);
    expect(tags).not.toContain('og:url');
  });

  it('names the author only when there is one', () => {
    expect(keys(socialMetaTags(page))).not.toContain('author');
    expect(keys(socialMetaTags({ ...page, article: { ...page.article!, author: 'Jeanne Martin' } }))).toContain(
      'author',
    );
  });
});

describe('preview cards', () => {
  it('shows kind, section, title, French date and source', () => {
    expect(articleCard(sampleArticle, 'liseuse', 'Europe/Paris')).toEqual({
      siteName: 'liseuse',
      kicker: 'Opinion · International',
      title: 'Poutine et Kim Jong-un\u00a0: le Kremlin cherche des armes',
      date: '25 novembre 2026',
      source: 'Source\u00a0: attuale.info',
    });
    expect(cardPath('mon-article')).toBe('/og/mon-article.png');
    expect(cardAlt(sampleArticle)).toBe(`Opinion : « ${sampleArticle.title} », d’après attuale.info`);
  });
});
