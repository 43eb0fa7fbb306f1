import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText, parseSource, PlainTextError } from '../../../src/lib/plain-text';
import { seedFile } from '../../../tools/paths';
import { seedParagraphs } from '../../../tools/seed';

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
