/**
 * What search indexes of an article, as the HTML document Pagefind reads
 * (src/integrations/search-index.ts): the title, the dek and the text as the page prints them,
 * and, marked `data-pagefind-ignore` so they are not searched as words, what a result shows (date,
 * section, source) and what results are filtered and sorted by. The page itself carries none of it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { articleHtml, articleHtmlHash } from './article-html';
import type { Article } from './content.config';
import type { SearchDocument } from './integrations/search-index';
import { toZonedIso } from './lib/dates';
import { typeset } from './lib/french-typography';
import { kindLabels } from './lib/labels';
import { articlePath } from './lib/urls';
import { site } from './site';

/**
 * Where the article's text goes in its document. A comment, written raw: every other text of the
 * document is escaped, so the slot cannot appear twice. Each publish makes the documents of every
 * article to tell which index changed, and only the indexes written need the texts, so they are
 * read from the cache then, and the archive's are not read at all.
 */
const TEXT_SLOT = '<!--liseuse:article-text-->';

export function searchDocument(article: Article): SearchDocument {
  const { data } = article;
  const facts: Element[] = [
    // Shown with each result; sorted as text, in UTC, so the hour that repeats when clocks go back sorts right.
    h('time', { dateTime: toZonedIso(data.pubDate, site.timeZone), dataPagefindMeta: 'date[datetime]' }),
    h('span', { dataPagefindSort: `date:${data.pubDate.toISOString()}` }),
    h('span', { dataPagefindFilter: 'kind' }, kindLabels[data.kind]),
    h('span', { dataPagefindFilter: 'section', dataPagefindMeta: 'section' }, data.section),
    h('span', { dataPagefindMeta: 'source' }, data.source.name),
    ...data.tags.map((tag) => h('span', { dataPagefindFilter: 'tag' }, tag)),
  ];
  const body: ElementContent[] = [
    h('h1', typeset(data.title, data.lang)),
    h('p', typeset(data.description, data.lang)),
    // The text is put in its slot only when the document is indexed (see TEXT_SLOT).
    { type: 'raw', value: TEXT_SLOT },
    h('div', { dataPagefindIgnore: '' }, facts),
  ];
  const tree: Root = {
    type: 'root',
    children: [h('html', { lang: site.lang }, [h('body', [h('article', { dataPagefindBody: '' }, body)])])],
  };
  const [before, after] = toHtml(tree, { allowDangerousHtml: true }).split(TEXT_SLOT) as [string, string];
  return {
    url: articlePath(article.id),
    month: data.pubDate.toISOString().slice(0, 7),
    fingerprint: `${before}\0${articleHtmlHash(article)}\0${after}`,
    // Already sanitised by the Markdown pipeline: the text exactly as the page shows it.
    html: () => before + articleHtml(article) + after,
  };
}
