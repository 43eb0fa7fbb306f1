import { describe, expect, it } from 'vitest';
import {
  frenchTypography,
  isFrench,
  NARROW_NBSP as N,
  NBSP as S,
  plainTypography,
  typeset,
} from '../../../src/lib/french-typography';
import { seedParagraphs } from '../../../tools/seed';

describe('frenchTypography', () => {
  it.each([
    ['apostrophe inside a word', "dans la région de l'Amour", 'dans la région de l’Amour'],
    ['apostrophe in a compound', "Aujourd'hui, n'a même pas", 'Aujourd’hui, n’a même pas'],
    ['quote marks left alone', "'cité'", "'cité'"],
    ['space before a colon', 'étrangers : il a manqué', `étrangers${S}: il a manqué`],
    ['colon without space kept (times, URLs)', 'à 12:30, sur https://a.example', 'à 12:30, sur https://a.example'],
    ['space before ; ! ?', 'Vraiment ? Oui ! Bien ; donc', `Vraiment${N}? Oui${N}! Bien${N}; donc`],
    ['missing space added before ? !', 'Vraiment? Oui!', `Vraiment${N}? Oui${N}!`],
    ['one space before a run of marks', 'Quoi ?!', `Quoi${N}?!`],
    ['query strings untouched', 'voir a.example/?q=1&x=2', 'voir a.example/?q=1&x=2'],
    ['guillemets with spaces', '« Bonjour »', `«${N}Bonjour${N}»`],
    ['guillemets without spaces', '«Bonjour»', `«${N}Bonjour${N}»`],
    ['existing spaces replaced, not doubled', `«${S}Bonjour ${S}» : oui  !`, `«${N}Bonjour${N}»${S}: oui${N}!`],
    ['number and unit', 'de 122 mm et 152 mm', `de 122${S}mm et 152${S}mm`],
    ['number and word', 'depuis près de 19 mois, en 4 ans', `depuis près de 19${S}mois, en 4${S}ans`],
    ['thousands grouped', '10 000 soldats', `10${N}000${S}soldats`],
    ['years are not thousands', 'en 2023 100 personnes', `en 2023 100${S}personnes`],
    ['number and percent', 'une hausse de 50 % en un an', `une hausse de 50${S}% en un an`],
    ['thousands and currency', 'pour 1 000 € et 3 $', `pour 1${N}000${S}€ et 3${S}$`],
    ['no space added before a sign the editor wrote without one', '50% et 3€', '50% et 3€'],
    ['hours and minutes', 'à 19 h 30, puis', `à 19${S}h${S}30, puis`],
    ['hours written close up', 'à 19h 30', `à 19h${S}30`],
    ['a century in Roman numerals', 'au XXIe siècle et au Ve siècle', `au XXIe${S}siècle et au Ve${S}siècle`],
    ['a first in Roman numerals', 'le Ier arrondissement', `le Ier${S}arrondissement`],
    ['"Le" and "Ce" are words, not numerals', 'Le siècle, Ce matin', 'Le siècle, Ce matin'],
    ['a year and a percent stay apart', 'en 2023 100 %', `en 2023 100${S}%`],
    ['millions grouped', '10 000 000 habitants', `10${N}000${N}000${S}habitants`],
  ])('%s', (_, input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  it('is idempotent on every rule and on the seed', () => {
    for (const text of [
      ...seedParagraphs,
      '« Quoi ?! » dit-il : 10 000 mm, aujourd’hui ; oui',
      'à 19 h 30, 1 000 € soit 50 % au XXIe siècle',
    ]) {
      const once = frenchTypography(text);
      expect(frenchTypography(once)).toBe(once);
    }
  });

  it('changes only spaces and apostrophes in the seed: undoing them gives the words back', () => {
    for (const paragraph of seedParagraphs) {
      expect(plainTypography(frenchTypography(paragraph))).toBe(paragraph);
    }
  });

  it('typesets the seed as the Imprimerie nationale would', () => {
    const text = frenchTypography(seedParagraphs.join('\n'));
    expect(text).toContain(`étrangers${S}: il a manqué`);
    expect(text).toContain('région de l’Amour');
    expect(text).toContain(`de 122${S}mm et 152${S}mm`);
    expect(text).toContain(`près de 19${S}mois`);
    expect(text).not.toContain("'");
  });
});

describe('typeset', () => {
  it('applies French rules to French only', () => {
    expect(typeset("l'Amour : oui", 'fr-CA')).toBe(`l’Amour${S}: oui`);
    expect(typeset("it's: yes", 'en')).toBe("it's: yes");
  });

  it.each([
    ['fr', true],
    ['fr-FR', true],
    ['FR', true],
    ['fro', false],
    ['en', false],
    [undefined, false],
  ])('isFrench(%j) is %s', (lang, expected) => {
    expect(isFrench(lang)).toBe(expected);
  });
});
