/** The article schema's rules on corrections and updates, read from its own error messages. */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content.config';
import { schemaMessages, validFrontmatter } from '../../helpers/schema';

const base = validFrontmatter;

describe('corrections', () => {
  it('default to none, and leave the article without an update date', () => {
    const data = articleSchema.parse(base);
    expect(data.corrections).toEqual([]);
    expect(data.updatedDate).toBeUndefined();
  });

  it('give the article its update date: the latest correction, when updatedDate is absent', () => {
    const data = articleSchema.parse({
      ...base,
      corrections: [
        { date: '2026-11-22T10:00:00+01:00', text: 'Seconde.' },
        { date: '2026-11-21T10:00:00+01:00', text: 'Première.' },
      ],
    });
    expect(data.updatedDate).toEqual(new Date('2026-11-22T10:00:00+01:00'));
    expect(data.corrections[1]).toEqual({ date: new Date('2026-11-21T10:00:00+01:00'), text: 'Première.' });
  });

  it('keep an explicit updatedDate that is later than every correction', () => {
    const data = articleSchema.parse({
      ...base,
      updatedDate: '2026-11-23T10:00:00+01:00',
      corrections: [{ date: '2026-11-22T10:00:00+01:00', text: 'Une.' }],
    });
    expect(data.updatedDate).toEqual(new Date('2026-11-23T10:00:00+01:00'));
  });

  it.each([
    [
      'an updatedDate earlier than a correction',
      {
        updatedDate: '2026-11-21T12:00:00+01:00',
        corrections: [
          { date: '2026-11-21T10:00:00+01:00', text: 'Une.' },
          { date: '2026-11-22T10:00:00+01:00', text: 'Deux.' },
        ],
      },
      'corrections.1.date: is later than updatedDate: a correction is an update, so set updatedDate to this date or later, or remove updatedDate to use the latest correction date',
    ],
    [
      'a correction before publication',
      { corrections: [{ date: '2026-11-19T10:00:00+01:00', text: 'Une.' }] },
      'corrections.0.date: must not be earlier than pubDate',
    ],
    [
      'a date without time zone',
      { corrections: [{ date: new Date('2026-11-21'), text: 'Une.' }] },
      'corrections.0.date: quote the date and give its UTC offset, e.g. "2026-11-25T07:00:00+01:00" (an unquoted YAML date loses its time zone)',
    ],
    [
      'raw HTML in the text',
      { corrections: [{ date: '2026-11-21T10:00:00+01:00', text: 'Lire <b>ceci</b>.' }] },
      'corrections.0.text: must not contain HTML: write Markdown (*italics*, **bold**, [a link](https://…))',
    ],
    [
      'an empty text',
      { corrections: [{ date: '2026-11-21T10:00:00+01:00', text: ' ' }] },
      'corrections.0.text: must not be empty',
    ],
    [
      'a misspelt key',
      { corrections: [{ date: '2026-11-21T10:00:00+01:00', txt: 'Une.' }] },
      'corrections.0: unknown field "txt"; allowed fields are date, text',
    ],
    [
      'a single correction instead of a list',
      { corrections: { date: '2026-11-21T10:00:00+01:00', text: 'Une.' } },
      'corrections: expected a list of corrections, each with a date and a text; got {"date":"2026-11-21T10:00:00+01:00","text":"Une."}',
    ],
  ])('refuse %s, naming the field', (_, data, message) => {
    expect(schemaMessages(data)).toContain(message);
  });
});
