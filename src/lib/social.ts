/** What a shared link shows: the preview card's content and the page's social meta tags. */
import type { Graph } from 'schema-dts';
import type { Article } from '../content.config';
import type { CardContent } from '../og/card';
import { formatDay } from './dates';
import { typeset } from './french-typography';
import { kindLabels } from './labels';

/** Path of an article's preview card, e.g. "/og/mon-article.png". */
export function cardPath(id: string): string {
  return `/og/${id}.png`;
}

/** Path of the card for pages that are not articles. */
export const DEFAULT_CARD_PATH = '/social-card.png';

/** An article's card: kicker, title, date and source. */
export function articleCard(data: Article['data'], siteName: string, timeZone: string): CardContent {
  return {
    siteName,
    kicker: `${kindLabels[data.kind]} · ${data.section}`,
    title: typeset(data.title, data.lang),
    date: formatDay(data.pubDate, timeZone),
    source: `Source\u00a0: ${data.source.name}`,
  };
}

/** Text alternative of an article's card, for og:image:alt and twitter:image:alt. */
export function cardAlt(data: Article['data']): string {
  return `${kindLabels[data.kind]} : « ${data.title} », d’après ${data.source.name}`;
}

export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/png' | 'image/jpeg';
}

export interface PageSocial {
  siteName: string;
  locale: string;
  /** Page title without the site name. */
  title: string;
  description: string;
  /** Absolute canonical URL; pages without one (the 404) are not meant to be shared. */
  url?: string;
  image: SocialImage;
  article?: {
    publishedTime: string;
    modifiedTime: string;
    section: string;
    tags: readonly string[];
    readingMinutes: number;
    sourceName: string;
    author?: string;
  };
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for everything else. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** Open Graph, article and Twitter tags for a page, each once (article:tag once per tag). */
export function socialMetaTags(page: PageSocial): MetaTag[] {
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const { image, article } = page;
  return [
    property('og:site_name', page.siteName),
    property('og:locale', page.locale),
    property('og:type', article ? 'article' : 'website'),
    property('og:title', page.title),
    property('og:description', page.description),
    ...(page.url ? [property('og:url', page.url)] : []),
    property('og:image', image.url),
    property('og:image:type', image.type),
    property('og:image:width', String(image.width)),
    property('og:image:height', String(image.height)),
    property('og:image:alt', image.alt),
    ...(article
      ? [
          property('article:published_time', article.publishedTime),
          property('article:modified_time', article.modifiedTime),
          property('article:section', article.section),
          ...[...new Set(article.tags)].map((tag) => property('article:tag', tag)),
          ...(article.author ? [name('author', article.author)] : []),
        ]
      : []),
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', page.title),
    name('twitter:description', page.description),
    name('twitter:image', image.url),
    name('twitter:image:alt', image.alt),
    ...(article
      ? [
          name('twitter:label1', 'Temps de lecture'),
          name('twitter:data1', `${article.readingMinutes} min`),
          name('twitter:label2', 'Source'),
          name('twitter:data2', article.sourceName),
        ]
      : []),
  ];
}

/**
 * What a page gives BaseHead.astro. It lives here, not in the component, because a type exported
 * from an .astro file is `any` to TypeScript outside Astro's own checker (and to ESLint).
 */
export interface HeadProps {
  /** Page title without the site name; the home page passes none. */
  title?: string;
  description: string;
  /** Pages that must not be indexed or shared (the 404) pass false. */
  canonical?: boolean;
  /** Preview image; default: the site's card. */
  image?: SocialImage;
  /** Article facts for `article:*` and Twitter's labels. */
  article?: PageSocial['article'];
  jsonLd?: Graph;
  /** Neighbouring pages of a paginated listing. */
  prev?: string;
  next?: string;
  /** A listing's own feeds, announced before the site's: its title and the path of its folder. */
  feed?: { title: string; path: string };
  /** Citation tags for reference managers (src/lib/citation.ts). */
  citation?: MetaTag[];
}
