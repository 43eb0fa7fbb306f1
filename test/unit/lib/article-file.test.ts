import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content.config';
import { articleFileText, publicationDate } from '../../../src/lib/article-file';
import type { NewArticleFields } from '../../../src/lib/frontmatter-yaml';

const fields: NewArticleFields = {
  title: 'Poutine et Kim Jong-un : le Kremlin cherche des armes',
  description: 'Une description.',
  pubDate: '2026-11-25T07:00:00+01:00',
  kind: 'opinion',
  section: 'International',
  tags: ['Russie', 'Corée du Nord'],
  source: { name: 'attuale.info', url: 'https://attuale.info/' },
};

describe('articleFileText', () => {
  it('writes the frontmatter, a blank line, paragraphs a blank line apart and one final newline', () => {
    expect(articleFileText(fields, ['Un.', '*Deux*.'])).toBe(`---
title: "Poutine et Kim Jong-un : le Kremlin cherche des armes"
description: "Une description."
pubDate: "2026-11-25T07:00:00+01:00"
kind: opinion
section: International
tags: [Russie, Corée du Nord]
source:
  name: attuale.info
  url: https://attuale.info/
---

Un.

\\*Deux\\*.
`);
  });

  it('writes the optional fields only when given', () => {
    const text = articleFileText({ ...fields, tags: [], lang: 'en', author: 'Jeanne Martin', draft: true }, ['x']);
    expect(text).not.toContain('tags:');
    expect(text).toContain('lang: en\nauthor: Jeanne Martin\ndraft: true\n---');
  });

  it('leaves missing required fields out, so the schema names them', () => {
    const { title, ...rest } = fields;
    const { frontmatter } = parseFrontmatter(articleFileText(rest, ['x']));
    expect(title).toBeDefined();
    const result = articleSchema.safeParse(frontmatter);
    expect(result.error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      'title: is required: text',
    ]);
  });

  it.each([
    'Titre : avec deux-points',
    'Il a dit "non" puis \'oui\'',
    "L'été #1 # pas un commentaire",
    '- commence par un tiret',
    '[entre crochets]',
    '{accolades}',
    'true',
    'yes',
    'null',
    '2026',
    '2026-11-25',
    '* étoile',
    '& esperluette',
    '! point',
    '% pourcent',
    '@ arobase',
    '`accent grave',
    'a, b',
    'barre \\ oblique',
    'Ligne\navec retour',
    ' espaces autour ',
  ])('reads back %j exactly from YAML', (value) => {
    const text = articleFileText(
      { ...fields, title: value, description: value, section: value, tags: [value, 'x'], author: value },
      ['x'],
    );
    const { frontmatter } = parseFrontmatter(text);
    expect(frontmatter).toMatchObject({
      title: value,
      description: value,
      section: value,
      tags: [value, 'x'],
      author: value,
    });
  });

  it('writes a file the build’s schema accepts', () => {
    const { frontmatter } = parseFrontmatter(articleFileText(fields, ['x']));
    expect(articleSchema.safeParse(frontmatter).success).toBe(true);
  });
});

describe('publicationDate', () => {
  const now = new Date('2026-11-25T06:00:00Z');

  it.each([
    [undefined, '2026-11-25T07:00:00+01:00'],
    ['2026-11-25', '2026-11-25T08:00:00+01:00'],
    ['2026-07-14', '2026-07-14T08:00:00+02:00'],
    // Daylight-saving days in Paris: the clocks change at night, 08:00 is on the new offset.
    ['2026-03-29', '2026-03-29T08:00:00+02:00'],
    ['2026-10-25', '2026-10-25T08:00:00+01:00'],
    [' 2026-11-25 ', '2026-11-25T08:00:00+01:00'],
    ['2026-11-25T07:00:00+01:00', '2026-11-25T07:00:00+01:00'],
    ['2026-11-25T06:00:00Z', '2026-11-25T06:00:00Z'],
  ])('reads %j as %s in Europe/Paris', (input, expected) => {
    expect(publicationDate(input, 'Europe/Paris', now)).toBe(expected);
  });

  it('follows the time zone it is given', () => {
    expect(publicationDate('2026-11-25', 'America/New_York')).toBe('2026-11-25T08:00:00-05:00');
  });

  it.each(['25/11/2026', '2026-02-30', '2026-11-25T07:00:00', 'demain', ''])('refuses %j', (input) => {
    expect(() => publicationDate(input, 'Europe/Paris', now)).toThrow(/--date: expected a day such as 2026-11-25/);
  });
});
