import { describe, expect, it } from 'vitest';
import { attributionHtml, FEED_LIMIT, feedItems, type FeedArticle } from '../../../src/lib/feed-items';
import { sampleArticle } from '../../helpers/sample-article';

const entry = (day: number, overrides: Partial<FeedArticle['data']> = {}): FeedArticle => ({
  data: { ...sampleArticle, pubDate: new Date(`2026-11-${String(day).padStart(2, '0')}T08:00:00Z`), ...overrides },
  url: `https://liseuse.example/articles/${day}/`,
  html: `<p>Texte ${day}</p>`,
  image: { url: `https://liseuse.example/og/${day}.png`, type: 'image/png', length: 1000 },
});

describe('feedItems', () => {
  it('lists the newest articles first, at most FEED_LIMIT', () => {
    const items = feedItems(
      Array.from({ length: FEED_LIMIT + 5 }, (_, i) => entry((i % 28) + 1)),
      'Europe/Paris',
    );
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items[0]!.published.getTime()).toBeGreaterThanOrEqual(items.at(-1)!.published.getTime());
  });

  it('typesets a French title and summary as the page does, and leaves an English one alone', () => {
    const [french] = feedItems(
      [entry(3, { title: 'Une hausse de 50 % au XXIe siècle', description: "L'été : 1 000 €" })],
      'Europe/Paris',
    );
    expect(french!.title).toBe('Une hausse de 50\u00a0% au XXIe\u00a0siècle');
    expect(french!.description).toBe('L’été\u00a0: 1\u202f000\u00a0€');
    const [english] = feedItems([entry(3, { lang: 'en', title: "It's 50 % : yes" })], 'Europe/Paris');
    expect(english!.title).toBe("It's 50 % : yes");
  });

  it('carries the full text followed by the source attribution', () => {
    const [item] = feedItems([entry(3)], 'Europe/Paris');
    expect(item!.contentHtml).toBe(`<p>Texte 3</p>\n${attributionHtml(sampleArticle.source)}`);
    expect(item!.contentHtml).toContain('<a href="https://attuale.info/">attuale.info</a>');
  });

  it('credits the named author, or else the publisher, never liseuse', () => {
    expect(feedItems([entry(3)], 'Europe/Paris')[0]!.author).toEqual({
      name: 'attuale.info',
      url: 'https://attuale.info/',
    });
    expect(feedItems([entry(3, { author: 'Jeanne Martin' })], 'Europe/Paris')[0]!.author).toEqual({
      name: 'Jeanne Martin',
    });
  });

  it('puts the corrections, newest first, between the text and the attribution, and dates the update', () => {
    const corrections = [
      { date: new Date('2026-11-04T09:00:00+01:00'), text: 'Le chiffre exact est *122 mm*.' },
      { date: new Date('2026-11-05T18:30:00+01:00'), text: 'Le nom de la ville était mal orthographié.' },
    ];
    const [item] = feedItems(
      [entry(3, { corrections, updatedDate: new Date('2026-11-05T18:30:00+01:00') })],
      'Europe/Paris',
    );
    const html = item!.contentHtml;
    expect(html.indexOf('<p>Texte 3</p>')).toBeLessThan(html.indexOf('<h2>Rectificatifs</h2>'));
    expect(html.indexOf('<h2>Rectificatifs</h2>')).toBeLessThan(html.indexOf('Source'));
    expect(html.indexOf('5 novembre 2026')).toBeLessThan(html.indexOf('4 novembre 2026'));
    expect(html).toContain('<time datetime="2026-11-05T18:30:00+01:00">5 novembre 2026</time>');
    expect(html).toContain('<em>122\u00a0mm</em>');
    expect(item!.updated).toEqual(new Date('2026-11-05T18:30:00+01:00'));
  });

  it('adds no corrections box to an article without corrections', () => {
    expect(feedItems([entry(3)], 'Europe/Paris')[0]!.contentHtml).not.toContain('Rectificatifs');
  });

  it('escapes a hostile publisher name in the attribution', () => {
    const html = attributionHtml({ name: '<img src=x onerror=alert(1)>', url: 'https://a.example/?q="x"' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;img');
  });
});
