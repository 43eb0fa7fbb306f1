import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/lib/escape-markdown';
import { frenchTypography, plainTypography } from '../../../src/lib/french-typography';
import { parseHtml } from '../../helpers/html';
import { renderMarkdown, withoutBlockAnchors } from '../../helpers/markdown';
import { seedParagraphs } from '../../../tools/seed';

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
    const body = parseHtml(withoutBlockAnchors(html)).body;
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
