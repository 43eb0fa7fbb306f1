/** Frontmatter as the schema outputs it, for unit tests of helpers that take `Article['data']`. */
import type { Article } from '../../src/content.config';

export const sampleArticle: Article['data'] = {
  title: 'Poutine et Kim Jong-un : le Kremlin cherche des armes',
  description: 'Une description.',
  pubDate: new Date('2026-11-25T07:00:00+01:00'),
  lang: 'fr',
  kind: 'opinion',
  section: 'International',
  tags: ['Russie'],
  source: { name: 'attuale.info', url: 'https://attuale.info/' },
  corrections: [],
  aliases: [],
  draft: false,
};
