/**
 * What an editor reads when an article's frontmatter is wrong, as the schema words it (the build
 * prefixes it with the file: see test/build/content-errors.test.ts). Dates reach the schema as
 * YAML gives them: a quoted date is a string, an unquoted one a Date.
 */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content.config';
import { schemaMessages as messages, validFrontmatter as valid } from '../../helpers/schema';

describe('frontmatter messages', () => {
  it('accepts the valid article', () => {
    expect(messages({})).toEqual([]);
  });

  it('a missing title', () => {
    expect(messages({ title: undefined })).toMatchInlineSnapshot(`
      [
        "title: is required: text",
      ]
    `);
  });

  it('an http source URL', () => {
    expect(messages({ source: { ...valid.source, url: 'http://exemple.info/' } })).toMatchInlineSnapshot(`
      [
        "source.url: expected an https:// URL; got "http://exemple.info/"",
      ]
    `);
  });

  it('an unknown key, at the top and in a group', () => {
    expect(messages({ colour: 'rouge', source: { ...valid.source, auteur: 'X' } })).toMatchInlineSnapshot(`
      [
        "source: unknown field "auteur"; allowed fields are name, url, lang, published",
        "colour: unknown field; allowed fields are title, description, pubDate, updatedDate, corrections, lang, kind, section, tags, dateline, source, author, aliases, withdrawn, draft, image",
      ]
    `);
  });

  it('an updatedDate before pubDate', () => {
    expect(messages({ updatedDate: '2026-11-19T08:00:00+01:00' })).toMatchInlineSnapshot(`
      [
        "updatedDate: must not be earlier than pubDate",
      ]
    `);
  });

  it('an unquoted pubDate (YAML made it a Date) and one without offset', () => {
    expect(messages({ pubDate: new Date('2026-11-20') })).toMatchInlineSnapshot(`
      [
        "pubDate: quote the date and give its UTC offset, e.g. "2026-11-25T07:00:00+01:00" (an unquoted YAML date loses its time zone)",
      ]
    `);
    expect(messages({ pubDate: '2026-11-20T08:00:00' })).toMatchInlineSnapshot(`
      [
        "pubDate: expected an ISO 8601 date-time with a UTC offset, e.g. "2026-11-25T07:00:00+01:00"; got "2026-11-20T08:00:00"",
      ]
    `);
  });

  it('a year typed short ("0026" for "2026"), in a date-time and in a calendar day', () => {
    expect(messages({ dateline: { date: '0023-09-13', place: 'Vostotchny' } })).toMatchInlineSnapshot(`
      [
        "dateline.date: the year 0023 is before 1900: check it; got "0023-09-13"",
      ]
    `);
    expect(messages({ pubDate: '0026-11-25T07:00:00+01:00' })).toMatchInlineSnapshot(`
      [
        "pubDate: the year 0026 is before 1900: check it, e.g. "2026-11-25T07:00:00+01:00"; got "0026-11-25T07:00:00+01:00"",
      ]
    `);
  });

  it('wrong types, all reported at once', () => {
    expect(messages({ kind: 'tribune', section: ['Europe'], draft: 'oui', tags: 'Russie' })).toMatchInlineSnapshot(`
      [
        "kind: expected "opinion", "news" or "analysis"; got "tribune"",
        "section: expected text; got ["Europe"]",
        "tags: expected a list such as [Russie, Ukraine]; got "Russie"",
        "draft: expected true or false; got "oui"",
      ]
    `);
  });

  it('a title of 1,000 characters and an empty description', () => {
    expect(messages({ title: 'Très long titre '.repeat(63).slice(0, 1000), description: '  ' })).toMatchInlineSnapshot(`
      [
        "title: must be 110 characters or fewer, so it fits in link previews",
        "description: must not be empty",
      ]
    `);
  });

  it('a control character in the title', () => {
    expect(messages({ title: 'Un\u0007titre' })).toMatchInlineSnapshot(`
      [
        "title: contains a control character or a character that is not UTF-8: retype it",
      ]
    `);
  });

  it('a bad language tag and a bad dateline', () => {
    expect(messages({ lang: 'français', dateline: { date: '13 septembre 2023', lieu: 'Vostochny' } })).toMatchInlineSnapshot(`
      [
        "lang: expected a language tag such as "fr" or "en"; got "français"",
        "dateline.date: expected a calendar date such as 2023-09-13; got "13 septembre 2023"",
        "dateline: unknown field "lieu"; allowed fields are date, place",
      ]
    `);
  });
});

describe('withdrawn', () => {
  const withdrawn = { date: '2026-12-01T09:00:00+01:00', reason: 'À la demande de l’éditeur.' };

  it('accepts a date and a reason; the title is hidden unless the editor shows it', () => {
    expect(messages({ withdrawn })).toEqual([]);
    expect(articleSchema.parse({ ...valid, withdrawn }).withdrawn).toEqual({
      date: new Date('2026-12-01T08:00:00Z'),
      reason: 'À la demande de l’éditeur.',
      showTitle: false,
    });
    expect(articleSchema.parse({ ...valid, withdrawn: { ...withdrawn, showTitle: true } }).withdrawn?.showTitle).toBe(
      true,
    );
  });

  it('names each wrong field, all at once', () => {
    expect(
      messages({ withdrawn: { date: new Date('2026-12-01'), reason: '<b>Retiré</b>', showTitle: 'oui', par: 'X' } }),
    ).toMatchInlineSnapshot(`
      [
        "withdrawn.date: quote the date and give its UTC offset, e.g. "2026-11-25T07:00:00+01:00" (an unquoted YAML date loses its time zone)",
        "withdrawn.reason: must not contain HTML: write plain text",
        "withdrawn.showTitle: expected true or false; got "oui"",
        "withdrawn: unknown field "par"; allowed fields are date, reason, showTitle",
      ]
    `);
  });

  it('needs a reason, a date not before pubDate, and a group rather than a word', () => {
    expect(messages({ withdrawn: { date: withdrawn.date } })).toEqual([
      'withdrawn.reason: is required: text',
    ]);
    expect(messages({ withdrawn: { ...withdrawn, date: '2026-11-19T08:00:00+01:00' } })).toEqual([
      'withdrawn.date: must not be earlier than pubDate',
    ]);
    expect(messages({ withdrawn: true })).toEqual([
      'withdrawn: expected a date and a reason (showTitle is optional); got true',
    ]);
  });
});

// A section or tag becomes an address and an Atom attribute: names that cannot are refused.
describe('section and tag names', () => {
  it.each([
    ['tags', ['Russie', '<3'], 'tags.1: must not contain < or >: it is a name, not markup'],
    ['tags', ['a<b'], 'tags.0: must not contain < or >: it is a name, not markup'],
    ['tags', ['!!!'], 'tags.0: needs a Latin letter (accented or not) or a digit to make its address; got "!!!"'],
    ['section', '« »', 'section: needs a Latin letter (accented or not) or a digit to make its address; got "« »"'],
    ['section', 'עברית', 'section: needs a Latin letter (accented or not) or a digit to make its address; got "עברית"'],
  ])('refuse %s %j, naming the field', (field, value, message) => {
    expect(messages({ [field]: value })).toEqual([message]);
  });

  it('give every reason at once', () => {
    expect(messages({ tags: [']]>'] })).toEqual([
      'tags.0: must not contain < or >: it is a name, not markup',
      'tags.0: needs a Latin letter (accented or not) or a digit to make its address; got "]]>"',
    ]);
  });

  it.each([['R&D'], ['"Guillemets"'], ['l’été'], ['Fête 🎉'], ['Israël עברית'], ['Corée du Nord']])(
    'accept %j',
    (name) => {
      expect(messages({ section: name, tags: [name] })).toEqual([]);
    },
  );
});
