/** French words the interface uses for values from the content schema. */
import type { Article } from '../content.config';
import { memo } from './memo';

/** Kicker shown above the title for each `kind` of article. */
export const kindLabels = {
  opinion: 'Opinion',
  news: 'Actualité',
  analysis: 'Analyse',
} as const satisfies Record<Article['data']['kind'], string>;

// Made once: creating an Intl formatter costs far more than using it, and listings call these
// for every article they show.
const languageNames = new Intl.DisplayNames(['fr'], { type: 'language' });
const frenchNumber = new Intl.NumberFormat('fr-FR');

/** Names already given, by tag: `Intl.DisplayNames.of` takes about 0.1 ms, and every article page asks. */
const namedLanguages = new Map<string, string>();

/** Name of a language in French, e.g. "fr" → "français", "en" → "anglais". */
export function languageName(tag: string): string {
  return memo(namedLanguages, tag, () => languageNames.of(tag) ?? tag);
}

/** "4 min de lecture". */
export function readingTimeLabel(minutes: number): string {
  return `${minutes}\u00a0min de lecture`;
}

/** "640 mots", with the French thousands separator. */
export function wordCountLabel(words: number): string {
  return `${frenchNumber.format(words)}\u00a0mots`;
}
