/**
 * What reference managers and archives read to file an article: Highwire Press `citation_*` tags
 * and Dublin Core, which Zotero's Embedded Metadata translator reads (it ignores JSON-LD).
 * `DC.type` "newspaperArticle" is a Zotero item type, which its translator takes as the item's
 * type. The values are the JSON-LD's: the same title, date, language and URL; the publisher that
 * first published the text, then liseuse, which republishes it.
 */
import type { Article } from '../content.config';
import type { MetaTag } from './social';
import { toZonedIso } from './dates';

export function citationMetaTags(
  data: Article['data'],
  { url, republisher, timeZone }: { url: string; republisher: string; timeZone: string },
): MetaTag[] {
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  // Highwire writes dates with slashes; the day is the one the page shows, in the site's zone.
  const day = toZonedIso(data.pubDate, timeZone).slice(0, 10);
  return [
    name('citation_title', data.title),
    ...(data.author ? [name('citation_author', data.author)] : []),
    name('citation_publication_date', day.replaceAll('-', '/')),
    name('citation_publisher', data.source.name),
    name('citation_language', data.lang),
    name('citation_public_url', url),
    name('DC.type', 'newspaperArticle'),
    name('DC.title', data.title),
    ...(data.author ? [name('DC.creator', data.author)] : []),
    name('DC.publisher', data.source.name),
    name('DC.publisher', republisher),
    name('DC.date', day),
    name('DC.language', data.lang),
    name('DC.identifier', url),
    name('DC.source', data.source.url),
  ];
}
