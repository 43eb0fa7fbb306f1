/**
 * What search indexes of an article, as the HTML document Pagefind reads
 * (src/integrations/search-index.ts): the title, the dek and the text as the page prints them,
 * and, marked `data-pagefind-ignore` so they are not searched as words, what a result shows (date,
 * section, source) and what results are filtered and sorted by. The page itself carries none of it.
 */
import { articleHtml, articleHtmlHash } from './article-html';
import type { Article } from './content.config';
import type { SearchDocument } from './integrations/search-index';
import { toZonedIso } from './lib/dates';
import { escapeXml } from './lib/escape-xml';
import { typeset } from './lib/french-typography';
import { kindLabels } from './lib/labels';
import { articlePath } from './lib/urls';
import { site } from './site';

/**
 * What `html` does to the article beyond its parts in the fingerprint: changed with it, so every
 * index is written again (an archive indexed before text was composed keeps no decomposed text).
 */
const DOCUMENT_FORM = 'nfc';

/**
 * Text composed (NFC) as readers type it, so that an accent saved as a separate character is
 * still found (Pagefind folds the accents of a query, however typed, but not of what it
 * indexes). In markup, only a combining long solidus (U+0338) after `<` or `>` composes with an
 * ASCII character (into ≮ or ≯, which would break the tag): it is written as a reference.
 */
const composed = (html: string) => html.replace(/([<>])\u0338/g, '$1&#x338;').normalize('NFC');

/**
 * The document as a template, its editor's words escaped as text by `escapeXml` (HTML text
 * escapes alike; the attributes hold only dates and the site's language), not built with
 * hastscript and hast-util-to-html: it has one fixed shape, and every publish makes the frame of
 * every article of the archive, to tell by their fingerprints which index changed (the syntax
 * trees took 0.5 s of a publish at 10,000 articles). The text is not in the frame: only the
 * indexes written need it, so it is read from the cache then, and the archive's are not read.
 */
export function searchDocument(article: Article): SearchDocument {
  const { data } = article;
  const facts = [
    // Shown with each result; sorted as text, in UTC, so the hour that repeats when clocks go back sorts right.
    `<time datetime="${toZonedIso(data.pubDate, site.timeZone)}" data-pagefind-meta="date[datetime]"></time>`,
    `<span data-pagefind-sort="date:${data.pubDate.toISOString()}"></span>`,
    `<span data-pagefind-filter="kind">${escapeXml(kindLabels[data.kind])}</span>`,
    `<span data-pagefind-filter="section" data-pagefind-meta="section">${escapeXml(data.section)}</span>`,
    `<span data-pagefind-meta="source">${escapeXml(data.source.name)}</span>`,
    ...data.tags.map((tag) => `<span data-pagefind-filter="tag">${escapeXml(tag)}</span>`),
  ];
  const before =
    `<html lang="${site.lang}"><body><article data-pagefind-body>` +
    `<h1>${composed(escapeXml(typeset(data.title, data.lang)))}</h1>` +
    `<p>${composed(escapeXml(typeset(data.description, data.lang)))}</p>`;
  const after = `<div data-pagefind-ignore>${facts.join('')}</div></article></body></html>`;
  return {
    url: articlePath(article.id),
    month: data.pubDate.toISOString().slice(0, 7),
    fingerprint: `${DOCUMENT_FORM}\0${before}\0${articleHtmlHash(article)}\0${after}`,
    // Already sanitised by the Markdown pipeline: the text as the page shows it. The facts after it
    // are left as written: the search form's sections are, and a filter matches them exactly.
    html: () => before + composed(articleHtml(article)) + after,
  };
}
