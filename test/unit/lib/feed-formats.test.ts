import { describe, expect, it } from 'vitest';
import { atomFeed, jsonFeed, rssFeed, type FeedChannel } from '../../../src/lib/feed-formats';
import { feedItems, type FeedArticle } from '../../../src/lib/feed-items';
import { readFeed } from '../../helpers/following';
import { sampleArticle } from '../../helpers/sample-article';

const home = 'https://liseuse.example/';
const channel: FeedChannel = {
  title: 'liseuse',
  description: 'Des articles.',
  lang: 'fr',
  home,
  links: { rss: `${home}rss.xml`, atom: `${home}atom.xml`, json: `${home}feed.json` },
  icon: `${home}icon-512.png`,
  favicon: `${home}favicon-32.png`,
};

const article = (slug: string, day: number, lang: string): FeedArticle => ({
  data: { ...sampleArticle, lang, pubDate: new Date(`2026-11-${day}T08:00:00Z`) },
  url: `${home}articles/${slug}/`,
  html: `<p>${slug}</p>`,
  image: { url: `${home}og/${slug}.png`, type: 'image/png', length: 1000 },
});

const items = feedItems(
  [article('francais', 10, 'fr'), article('english', 11, 'en'), article('portugues', 12, 'pt-BR')],
  'Europe/Paris',
);
const languages = (text: string): Record<string, string | undefined> =>
  Object.fromEntries(
    readFeed(text).items.map((item): [string, string | undefined] => [item.url!.split('/').at(-2)!, item.language]),
  );

describe('feed languages', () => {
  it('Atom says the feed’s language and each entry’s own where it differs', () => {
    const feed = readFeed(atomFeed(channel, items));
    expect(feed.language).toBe('fr');
    expect(languages(atomFeed(channel, items))).toEqual({ francais: 'fr', english: 'en', portugues: 'pt-BR' });
  });

  it('JSON Feed says each item’s, RSS only the channel’s', async () => {
    expect(languages(jsonFeed(channel, items))).toEqual({ francais: 'fr', english: 'en', portugues: 'pt-BR' });
    expect(readFeed(await rssFeed(channel, items)).language).toBe('fr');
  });
});
