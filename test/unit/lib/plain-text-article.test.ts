import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content.config';
import { frenchTypography, plainTypography } from '../../../src/lib/french-typography';
import {
  articleFileText,
  escapeMarkdown,
  parsePlainText,
  parseSource,
  PlainTextError,
  publicationDate,
  yamlString,
  type NewArticleFields,
} from '../../../src/lib/plain-text-article';
import { parseHtml } from '../../helpers/html';
import { renderMarkdown } from '../../helpers/markdown';
import { seedFile } from '../../helpers/paths';
import { seedParagraphs } from '../../helpers/seed';

const SOURCE = 'Source: exemple.info';

describe('parsePlainText', () => {
  it('splits the seed into its seven paragraphs and its source', () => {
    const { paragraphs, source } = parsePlainText(readFileSync(seedFile, 'utf8'));
    expect(paragraphs).toEqual(seedParagraphs);
    expect(source).toEqual({ name: 'attuale.info', url: 'https://attuale.info/' });
  });

  it.each([
    ['LF line ends', `Un.\nDeux.\n${SOURCE}`],
    ['CRLF line ends', `Un.\r\nDeux.\r\n${SOURCE}\r\n`],
    ['old Mac CR line ends', `Un.\rDeux.\r${SOURCE}`],
    ['a UTF-8 BOM', `\uFEFFUn.\nDeux.\n${SOURCE}`],
    ['blank lines', `\n\nUn.\n\n\n  \t\nDeux.\n\n${SOURCE}\n\n`],
    ['trailing spaces and tabs', `Un.   \nDeux.\t \n${SOURCE}  `],
    ['indented lines, which Markdown would make a code block', `    Un.\n\tDeux.\n${SOURCE}`],
  ])('tolerates %s', (_, text) => {
    expect(parsePlainText(text)).toEqual({
      paragraphs: ['Un.', 'Deux.'],
      source: { name: 'exemple.info', url: 'https://exemple.info/' },
    });
  });

  it.each([['Source: exemple.info'], ['Source : exemple.info'], ['source:exemple.info'], ['SOURCE :  exemple.info  ']])(
    'reads the attribution line %j',
    (line) => {
      expect(parsePlainText(`Un.\n${line}`).source).toEqual({ name: 'exemple.info', url: 'https://exemple.info/' });
    },
  );

  it.each([
    ['no Source line', 'Un.\nDeux.', /attribution is mandatory/],
    ['a Source line that is not the last', `Un.\n${SOURCE}\nDeux.`, /attribution is mandatory/],
    ['an empty Source line', 'Un.\nSource:', /names no publisher: attribution is mandatory/],
    ['nothing but a Source line', `\n${SOURCE}\n`, /no paragraphs/],
    ['nothing at all', '', /attribution is mandatory/],
  ])('refuses a text with %s', (_, text, message) => {
    expect(() => parsePlainText(text)).toThrow(PlainTextError);
    expect(() => parsePlainText(text)).toThrow(message);
  });
});

describe('parseSource', () => {
  it.each([
    ['attuale.info', { name: 'attuale.info', url: 'https://attuale.info/' }],
    ['www.attuale.info', { name: 'attuale.info', url: 'https://www.attuale.info/' }],
    ['attuale.info/articolo/42', { name: 'attuale.info', url: 'https://attuale.info/articolo/42' }],
    [
      'https://www.lemonde.fr/international/x.html',
      { name: 'lemonde.fr', url: 'https://www.lemonde.fr/international/x.html' },
    ],
    ['<https://exemple.info/a>', { name: 'exemple.info', url: 'https://exemple.info/a' }],
    ['Le Monde, https://www.lemonde.fr/x', { name: 'Le Monde', url: 'https://www.lemonde.fr/x' }],
    ['Le Monde (https://www.lemonde.fr/x).', { name: 'Le Monde', url: 'https://www.lemonde.fr/x' }],
    ['https://www.lemonde.fr/x — Le Monde', { name: 'Le Monde', url: 'https://www.lemonde.fr/x' }],
    // Kept as given: the schema then says it wants https, rather than the importer guessing.
    ['http://exemple.info/', { name: 'exemple.info', url: 'http://exemple.info/' }],
    ['Agence France-Presse', { name: 'Agence France-Presse' }],
    ['  ', undefined],
  ])('reads %j', (value, expected) => {
    expect(parseSource(value)).toEqual(expected);
  });
});

describe('escapeMarkdown', () => {
  const cases: Array<[string, string, string]> = [
    ['plain French prose', "L'Amour, 19 mois : « oui », 10 000 obus.", "L'Amour, 19 mois : « oui », 10 000 obus."],
    ['asterisks', '*gras* et **fort** et 5 * 3', '\\*gras\\* et \\*\\*fort\\*\\* et 5 \\* 3'],
    ['underscores', '_souligné_ et snake_case', '\\_souligné\\_ et snake\\_case'],
    ['# at line start', '# Pas un titre', '\\# Pas un titre'],
    ['a hashtag at line start', '#Vostochny', '\\#Vostochny'],
    ['# inside a line', 'Le n° #1 du jour', 'Le n° #1 du jour'],
    ['1. at line start', '1. Pas une liste', '1\\. Pas une liste'],
    ['1) at line start', '2023) fut une année', '2023\\) fut une année'],
    ['a number that opens no list', '1984 est un roman. 2. oui', '1984 est un roman. 2. oui'],
    ['- at line start', '- tiret', '\\- tiret'],
    ['+ at line start', '+ plus', '\\+ plus'],
    ['a dashed rule', '---', '\\---'],
    ['a dash inside a word', '-15 % et Jong-un', '-15 % et Jong-un'],
    ['> at line start', '> citation', '\\> citation'],
    ['raw HTML', 'a < b et <script>alert(1)</script>', 'a \\< b et \\<script>alert(1)\\</script>'],
    ['an HTML comment', '<!-- caché -->', '\\<!-- caché -->'],
    ['backticks', '`code` et ```', '\\`code\\` et \\`\\`\\`'],
    ['brackets', '[lien](/page) et ![image](/a.png) et [^1]', '\\[lien\\](/page) et !\\[image\\](/a.png) et \\[^1\\]'],
    ['tildes', '~~barré~~ et ~1 %', '\\~\\~barré\\~\\~ et \\~1 %'],
    ['backslashes', 'C:\\dossier\\ et fin\\', 'C:\\\\dossier\\\\ et fin\\\\'],
    ['entities', 'R&D, &amp; et &#169; et &#xA9;', 'R&D, \\&amp; et \\&#169; et \\&#xA9;'],
    ['a pipe', '| a | b |', '| a | b |'],
  ];

  it.each(cases)('escapes %s', (_, paragraph, escaped) => {
    expect(escapeMarkdown(paragraph)).toBe(escaped);
  });

  it.each(cases)('renders %s as the words written, in one plain paragraph', async (_, paragraph) => {
    // English: no typography, so the page's text must be the input, character for character.
    const { html, removals } = await renderMarkdown(escapeMarkdown(paragraph), { lang: 'en' });
    const body = parseHtml(html).body;
    expect(removals).toEqual([]);
    expect([...body.children].map((element) => element.tagName)).toEqual(['P']);
    expect(body.querySelector('p')?.children).toHaveLength(0);
    expect(body.textContent).toBe(paragraph);
  });

  it.each(cases)('renders %s in French with only typography changed', async (_, paragraph) => {
    const { html } = await renderMarkdown(escapeMarkdown(paragraph));
    const text = parseHtml(html).body.textContent ?? '';
    // Typography may add a narrow space before ; ! ? : undoing it compares the words themselves.
    expect(plainTypography(text)).toBe(plainTypography(frenchTypography(paragraph)));
  });

  it('leaves the seed’s paragraphs byte for byte', () => {
    for (const paragraph of seedParagraphs) expect(escapeMarkdown(paragraph)).toBe(paragraph);
  });
});

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

describe('yamlString', () => {
  it.each([
    ['International', 'International'],
    ['Corée du Nord', 'Corée du Nord'],
    ["Côte d'Ivoire", "Côte d'Ivoire"],
    ['https://attuale.info/', 'https://attuale.info/'],
    ['a: b', '"a: b"'],
    ['true', '"true"'],
    ['No', '"No"'],
    ['2026', '"2026"'],
    ['a, b', '"a, b"'],
    ['"cité"', '"\\"cité\\""'],
  ])('writes %j as %s', (value, yaml) => {
    expect(yamlString(value)).toBe(yaml);
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
