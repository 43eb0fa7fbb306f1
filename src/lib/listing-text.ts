/** The French words of a section's, a tag's or a publisher's listing, for its pages and its feeds. */
import type { Listing } from '../listings';

export interface ListingText {
  /** Small label above the h1. */
  kicker: string;
  /** <title> and feed title, without the site name. */
  title: string;
  /** Sentence under the h1. */
  lede: string;
  /** Meta description of the page and description of its feeds. */
  description: string;
  /** What the feed brings, after "chaque nouvel article": "de cette rubrique". */
  scope: string;
}

/** "1 article", "12 articles". */
export function articleCount(count: number): string {
  return `${count}\u00a0article${count > 1 ? 's' : ''}`;
}

export function listingText({ group, name, count }: Listing, siteTitle: string): ListingText {
  const articles = articleCount(count);
  switch (group) {
    case 'section':
      return {
        kicker: 'Rubrique',
        title: `Rubrique ${name}`,
        lede: `${articles} dans la rubrique ${name}, du plus récent au plus ancien.`,
        description: `Les articles de la rubrique ${name} sur ${siteTitle}.`,
        scope: 'de cette rubrique',
      };
    case 'tag':
      return {
        kicker: 'Sujet',
        title: `Sujet : ${name}`,
        lede: `${articles} sur ce sujet, du plus récent au plus ancien.`,
        description: `Les articles sur le sujet « ${name} » sur ${siteTitle}.`,
        scope: 'sur ce sujet',
      };
    case 'source':
      return {
        kicker: 'Source',
        title: `Source : ${name}`,
        lede: `${articles} publié${count > 1 ? 's' : ''} par ${name} et republié${count > 1 ? 's' : ''} ici, du plus récent au plus ancien.`,
        description: `Les articles de la source « ${name} » republiés sur ${siteTitle}, avec un lien vers chaque original.`,
        scope: 'de cette source',
      };
  }
}
