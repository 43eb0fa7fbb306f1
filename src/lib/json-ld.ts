/** Structured data (schema.org JSON-LD) that tells search engines what each page is. */
import type {
  AnalysisNewsArticle,
  BreadcrumbList,
  CollectionPage,
  CorrectionComment,
  Graph,
  NewsArticle,
  OpinionNewsArticle,
  Organization,
  WebSite,
} from 'schema-dts';
import type { Article } from '../content.config';
import { newestCorrectionsFirst, correctionPlainText } from './corrections';
import { toZonedIso } from './dates';

/** Who liseuse is, as schema.org sees it. */
export interface Publisher {
  name: string;
  /** Absolute URL of the site's home page. */
  url: string;
  /** Absolute URL of a square logo. */
  logo: string;
  timeZone: string;
}

const articleTypes = {
  opinion: 'OpinionNewsArticle',
  news: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
} as const satisfies Record<Article['data']['kind'], string>;

function organization(publisher: Publisher): Organization {
  return {
    '@type': 'Organization',
    '@id': `${publisher.url}#publisher`,
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo },
  };
}

export interface ArticleJsonLdInput {
  data: Article['data'];
  /** Absolute canonical URL of the article page. */
  url: string;
  /** Absolute URLs of the article's image: the lead picture's crops, or the preview card. */
  images: string[];
  /** Absolute URL of the article's section page. */
  sectionUrl: string;
  words: number;
}

/** The article as a NewsArticle (or its opinion/analysis subtype), with its breadcrumb. */
export function articleJsonLd(
  { data, url, images, sectionUrl, words }: ArticleJsonLdInput,
  publisher: Publisher,
): Graph {
  const sourceOrganization: Organization = { '@type': 'Organization', name: data.source.name, url: data.source.url };
  const article: NewsArticle | OpinionNewsArticle | AnalysisNewsArticle = {
    '@type': articleTypes[data.kind],
    '@id': `${url}#article`,
    headline: data.title,
    description: data.description,
    datePublished: toZonedIso(data.pubDate, publisher.timeZone),
    dateModified: toZonedIso(data.updatedDate ?? data.pubDate, publisher.timeZone),
    inLanguage: data.lang,
    image: images,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: data.section,
    ...(data.tags.length > 0 && { keywords: data.tags }),
    wordCount: words,
    ...(data.author && { author: { '@type': 'Person', name: data.author } }),
    ...(data.corrections.length > 0 && {
      correction: newestCorrectionsFirst(data.corrections).map(({ date, text }): CorrectionComment => ({
        '@type': 'CorrectionComment',
        datePublished: toZonedIso(date, publisher.timeZone),
        text: correctionPlainText(text),
      })),
    }),
    publisher: { '@id': `${publisher.url}#publisher` },
    sourceOrganization,
    isBasedOn: {
      '@type': 'CreativeWork',
      url: data.source.url,
      publisher: sourceOrganization,
      inLanguage: data.source.lang ?? data.lang,
      ...(data.source.published && { datePublished: data.source.published }),
    },
  };
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: publisher.name, item: publisher.url },
      { '@type': 'ListItem', position: 2, name: data.section, item: sectionUrl },
      { '@type': 'ListItem', position: 3, name: data.title, item: url },
    ],
  };
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumb, organization(publisher)] };
}

export interface HomeJsonLdInput {
  description: string;
  /** Absolute URLs and titles of the listed articles, in the order shown. */
  articles: ReadonlyArray<{ url: string; title: string }>;
  lang: string;
}

/** The home page: the WebSite, and the page as a collection listing its articles. */
export function homeJsonLd({ description, articles, lang }: HomeJsonLdInput, publisher: Publisher): Graph {
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': `${publisher.url}#website`,
    name: publisher.name,
    url: publisher.url,
    description,
    inLanguage: lang,
    publisher: { '@id': `${publisher.url}#publisher` },
  };
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': `${publisher.url}#home`,
    url: publisher.url,
    name: publisher.name,
    inLanguage: lang,
    isPartOf: { '@id': `${publisher.url}#website` },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: articles.length,
      itemListElement: articles.map(({ url, title }, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url,
        name: title,
      })),
    },
  };
  return { '@context': 'https://schema.org', '@graph': [website, page, organization(publisher)] };
}
