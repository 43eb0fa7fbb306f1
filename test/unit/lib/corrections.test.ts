import { describe, expect, it } from 'vitest';
import {
  correctionHtml,
  correctionPlainText,
  correctionsFeedHtml,
  newestCorrectionsFirst,
} from '../../../src/lib/corrections';

const at = (iso: string, text = iso) => ({ date: new Date(iso), text });

describe('newestCorrectionsFirst', () => {
  it('orders by date, newest first, without changing the list it is given', () => {
    const written = [at('2026-11-20T10:00:00+01:00'), at('2026-11-22T10:00:00+01:00'), at('2026-11-21T10:00:00+01:00')];
    expect(newestCorrectionsFirst(written).map(({ text }) => text)).toEqual([
      '2026-11-22T10:00:00+01:00',
      '2026-11-21T10:00:00+01:00',
      '2026-11-20T10:00:00+01:00',
    ]);
    expect(written[0]!.text).toBe('2026-11-20T10:00:00+01:00');
  });
});

describe('correctionHtml', () => {
  it.each([
    ['plain text, French spaces', 'Le bilan était faux : 12 morts.', 'Le bilan était faux\u00a0: 12\u00a0morts.'],
    ['emphasis', 'Il fallait lire *Vostochny*.', 'Il fallait lire <em>Vostochny</em>.'],
    [
      'a link, marked external',
      'Voir [le communiqué](https://exemple.info/c).',
      'Voir <a href="https://exemple.info/c" rel="noopener noreferrer external">le communiqué</a>.',
    ],
    ['two paragraphs, joined', 'Premier.\n\nSecond.', 'Premier. Second.'],
    ['a javascript: link, made inert', '[clic](javascript:alert(1))', '<a>clic</a>'],
    ['a heading, flattened to text', '# Titre', 'Titre'],
  ])('renders %s', (_, markdown, html) => {
    expect(correctionHtml(markdown)).toBe(html);
  });

  it('never lets raw HTML through', () => {
    expect(correctionHtml('a <script>alert(1)</script> <img src=x onerror=alert(1)> b')).not.toMatch(/<script|<img/);
  });
});

describe('correctionPlainText', () => {
  it('drops the Markdown and keeps the words', () => {
    expect(correctionPlainText('Il fallait lire *Vostochny*, voir [ici](https://exemple.info/).')).toBe(
      'Il fallait lire Vostochny, voir ici.',
    );
  });
});

describe('correctionsFeedHtml', () => {
  it('is empty without corrections', () => {
    expect(correctionsFeedHtml([], 'Europe/Paris')).toBe('');
  });

  it('lists each correction under a heading, newest first, dated in the site time zone', () => {
    const html = correctionsFeedHtml(
      [at('2026-11-20T23:30:00Z', 'Ancienne.'), at('2026-11-22T08:00:00Z', 'Récente.')],
      'Europe/Paris',
    );
    expect(html).toBe(
      '<section><h2>Rectificatifs</h2><ul>' +
        '<li><time datetime="2026-11-22T09:00:00+01:00">22 novembre 2026</time>\u202f: Récente.</li>' +
        '<li><time datetime="2026-11-21T00:30:00+01:00">21 novembre 2026</time>\u202f: Ancienne.</li>' +
        '</ul></section>',
    );
  });
});
