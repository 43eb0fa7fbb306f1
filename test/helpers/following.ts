/**
 * What a feed reader does with the site's listings: a collection whose listing names are hostile
 * in every way the schema allows, and strict readers for the feeds and the OPML file.
 */
import { parseFeed, parseOpml, type Opml } from 'feedsmith';
import { SaxesParser } from 'saxes';
import { articleFile } from '../../tools/build';

const yaml = (value: unknown) => JSON.stringify(value);

export const names = {
  section: `Europe & "Monde"`,
  /** Has more articles than a listing's feed carries. */
  busyTag: 'Énergie',
  /** Slugifies like busyTag: one listing. */
  busyTagAlike: 'energie',
  tags: [`"Guillemets" & 'apostrophes'`, 'Fête 🎉', 'ישראל Israël'],
  source: { name: `Le « Journal » & Cie ]]> </title>`, url: 'https://journal.example/a?b=1&c=2' },
  /** A right-to-left name with no Latin letter: its address is "source-" and a hash of the name. */
  lonelySource: { name: 'الجزيرة', url: 'https://www.aljazeera.net/news/1', lang: 'ar' },
};

/** Articles in the busy tag: more than LISTING_FEED_LIMIT (20). */
export const BUSY_COUNT = 25;

/** The collection: BUSY_COUNT articles from one publisher, one in the alike tag, one from a lonely RTL publisher. */
export function followingFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < BUSY_COUNT; i++) {
    const day = String(i + 1).padStart(2, '0');
    const tags = [names.busyTag, names.tags[i % names.tags.length]];
    files[`article-${day}.md`] = articleFile(
      `title: ${yaml(`Article ${day} : « un titre » & des guillemets "droits"`)}
description: "Une description."
pubDate: "2026-10-${day}T08:00:00+02:00"
kind: news
section: ${yaml(names.section)}
tags: ${yaml(tags)}
source:
  name: ${yaml(names.source.name)}
  url: ${yaml(names.source.url)}`,
      `Le texte de l’article ${day}.`,
    );
  }
  files['alike.md'] = articleFile(
    `title: "Une autre graphie du sujet"\ndescription: "Une description."\npubDate: "2026-11-02T08:00:00+01:00"
kind: analysis\nsection: ${yaml(names.section)}\ntags: [${yaml(names.busyTagAlike)}]
source:\n  name: ${yaml(names.source.name)}\n  url: ${yaml(names.source.url)}`,
  );
  files['lonely.md'] = articleFile(
    `title: "Un texte traduit de l’arabe"\ndescription: "Une description."\npubDate: "2026-11-03T08:00:00+01:00"
kind: news\nsection: Monde\ntags: [${yaml(names.tags[2])}]
source:\n  name: ${yaml(names.lonelySource.name)}\n  url: ${yaml(names.lonelySource.url)}\n  lang: ${names.lonelySource.lang}`,
  );
  return files;
}

/** A feed as a reader lists it: its title, its links, and its items' ids, URLs and titles. */
export interface ReadFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | undefined;
  /** The page the feed follows. */
  home: string | undefined;
  /** The feed's own URL, as it states it. */
  self: string | undefined;
  /** The language it states for its entries. */
  language: string | undefined;
  items: { id: string | undefined; url: string | undefined; title: string | undefined; language: string | undefined }[];
}

/** Throw unless `xml` is well-formed, namespaces included, as a strict XML parser reads it. */
export function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** Read a feed of any of the three formats strictly: well-formed first, then with a feed parser. */
export function readFeed(text: string): ReadFeed {
  if (!text.trimStart().startsWith('{')) assertWellFormed(text);
  const parsed = parseFeed(text);
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return {
        format: 'rss',
        title: feed.title,
        home: feed.link,
        self: feed.atom?.links?.find((link) => link.rel === 'self')?.href,
        language: feed.language,
        // RSS 2.0 states one language, for the channel.
        items: (feed.items ?? []).map((item) => ({
          id: item.guid?.value,
          url: item.link,
          title: item.title,
          language: feed.language,
        })),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      const link = (rel: string) => feed.links?.find((found) => (found.rel ?? 'alternate') === rel)?.href;
      return {
        format: 'atom',
        title: feed.title?.value,
        home: link('alternate'),
        self: link('self'),
        language: feed.xml?.lang,
        items: (feed.entries ?? []).map((entry) => ({
          id: entry.id,
          url: entry.links?.find((found) => (found.rel ?? 'alternate') === 'alternate')?.href,
          title: entry.title?.value,
          language: entry.xml?.lang ?? feed.xml?.lang,
        })),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return {
        format: 'json',
        title: feed.title,
        home: feed.home_page_url,
        self: feed.feed_url,
        language: feed.language,
        items: (feed.items ?? []).map((item) => ({
          id: item.id,
          url: item.url,
          title: item.title,
          language: item.language ?? feed.language,
        })),
      };
    }
    default:
      throw new Error(`not one of the site's feed formats: ${parsed.format}`);
  }
}

/** The OPML file as a feed reader imports it: groups of feeds, each with its title and URLs. */
export function readOpml(text: string): Opml.Outline<string>[] {
  assertWellFormed(text);
  return parseOpml(text).body?.outlines ?? [];
}
