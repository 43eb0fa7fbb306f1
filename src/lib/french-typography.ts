/**
 * French typography after the Imprimerie nationale's rules, for plain text. Idempotent: text that
 * already follows the rules comes back unchanged. Only spaces and apostrophes change, so undoing
 * those two gives back the original words.
 */
import { memo } from './memo.ts';

/** U+202F NARROW NO-BREAK SPACE: before ; ! ? », after «. */
export const NARROW_NBSP = '\u202f';
/** U+00A0 NO-BREAK SPACE: before :, between a number and its unit. */
export const NBSP = '\u00a0';

const SPACE = `[ \\t${NBSP}${NARROW_NBSP}]`;

const rules: ReadonlyArray<readonly [RegExp, string]> = [
  // Apostrophe inside a word: l'Amour → l’Amour, aujourd'hui → aujourd’hui.
  [/(?<=\p{L})'(?=\p{L})/gu, '’'],
  // High punctuation takes a narrow no-break space, replacing any space already there…
  [new RegExp(`${SPACE}+(?=[;!?])`, 'gu'), NARROW_NBSP],
  // …or added after a word or closing mark. Never inside URLs or "?!" runs: the mark must end a word.
  [/(?<=[\p{L}\p{N}»)\]])(?=[;!?]+(?:\s|$|[»)\]]))/gu, NARROW_NBSP],
  // The colon takes a full no-break space; "12:30" and "https://" have no space and stay as they are.
  [new RegExp(`${SPACE}+(?=:)`, 'gu'), NBSP],
  // Guillemets hold their content with narrow no-break spaces.
  [new RegExp(`«${SPACE}*`, 'gu'), `«${NARROW_NBSP}`],
  [new RegExp(`${SPACE}*»`, 'gu'), `${NARROW_NBSP}»`],
  // A number stays on the line of the unit or word that follows: 122 mm, 19 mois, 4 ans.
  [/(?<=\p{N}) (?=\p{L})/gu, NBSP],
  // Thousands are grouped with a narrow no-break space: 10 000.
  [/(?<=(?:^|[^\p{N}.,])\p{N}{1,3}) (?=\p{N}{3}(?!\p{N}))/gu, NARROW_NBSP],
  // A number stays with its percent or currency sign: 50 %, 1 000 €. Only a typed space changes.
  [new RegExp(`(?<=\\p{N})${SPACE}+(?=[%‰\\p{Sc}])`, 'gu'), NBSP],
  // Hours hold their minutes: 19 h 30.
  [new RegExp(`(?<=\\p{N}${SPACE}?h)${SPACE}+(?=\\p{N}{2}(?!\\p{N}))`, 'gu'), NBSP],
  // An ordinal in Roman numerals stays with what it counts: XXIe siècle, Ier arrondissement. A
  // lone C or L is left alone: "Ce", "Le" are words.
  [/(?<=(?<![\p{L}\p{N}])(?:[IVXLC]{2,}|[IVX])(?:e|er|re|es|ers|res)) (?=\p{L})/gu, NBSP],
];

/** Apply French typographic spacing and apostrophes to a run of text. */
export function frenchTypography(text: string): string {
  return rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Undo `frenchTypography`: the text as typed on a plain keyboard. */
export function plainTypography(text: string): string {
  return text.replaceAll('’', "'").replace(/[\u00a0\u202f]/gu, ' ');
}

/** Whether a BCP 47 language tag is French (fr, fr-FR, fr-CA…). */
export function isFrench(lang: string | undefined): boolean {
  return /^fr(?:-|$)/iu.test(lang ?? '');
}

/**
 * Interface text already typeset: a build typesets each title and dek on many pages (the article,
 * the listings and related articles that show it, its card, feeds and search document), and the
 * eleven rules take a few microseconds each time.
 */
const typesetTexts = new Map<string, string>();

/** Typeset interface text (titles, deks) in `lang`: French rules for French, unchanged otherwise. */
export function typeset(text: string, lang: string): string {
  return isFrench(lang) ? memo(typesetTexts, text, () => frenchTypography(text)) : text;
}
