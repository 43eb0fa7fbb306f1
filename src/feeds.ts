/** The site's feeds: the site-wide one and each listing's. The one place the feed routes get their data. */
import type { GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { articleHtml, withArticleHtml } from './article-html';
import { getArticles } from './articles';
import type { Article } from './content.config';
import { cacheKey } from './lib/cache-key';
import { feedResponse, type FeedChannel } from './lib/feed-formats';
import { absoluteUrls, tidyPictureSources } from './lib/picture-html';
import { articleCard, cardPath } from './lib/social';
import { feedItems, FEED_LIMIT, LISTING_FEED_LIMIT, type FeedArticle } from './lib/feed-items';
import { listingText } from './lib/listing-text';
import { absoluteUrl, articlePath, FEED_FILES, feedPaths, type FeedFormat } from './lib/urls';
import { listings, type Listing, type ListingGroup } from './listings';
import { withoutAnchorLinks } from './markdown/rehype-block-anchors';
import { renderCard } from './og/render-card';
import { leadPreview } from './pictures';
import { site } from './site';

/** Absolute URLs of the feeds of the listing at `path`. */
function feedUrls(path: string): FeedChannel['links'] {
  const paths = feedPaths(path);
  return {
    rss: absoluteUrl(paths.rss, site.url),
    atom: absoluteUrl(paths.atom, site.url),
    json: absoluteUrl(paths.json, site.url),
  };
}

const channelDefaults = {
  lang: site.lang,
  icon: absoluteUrl('/icon-512.png', site.url),
  favicon: absoluteUrl('/favicon-32.png', site.url),
};

/** The site-wide feed: every article. */
export const siteChannel: FeedChannel = {
  ...channelDefaults,
  title: site.title,
  description: site.description,
  home: absoluteUrl('/', site.url),
  links: feedUrls('/'),
};

/** The feed of one section, tag or publisher. */
export function listingChannel(listing: Listing): FeedChannel {
  const text = listingText(listing, site.title);
  return {
    ...channelDefaults,
    title: `${text.title} — ${site.title}`,
    description: text.description,
    home: absoluteUrl(listing.path, site.url),
    links: feedUrls(listing.path),
  };
}

/**
 * Each article once per build, whatever number of feeds carry it: the site's, its section's, each
 * of its tags' and its publisher's. Keyed by the entry, so the dev server's fresh entries miss.
 */
const feedArticles = new WeakMap<Article, Promise<FeedArticle>>();

function feedArticle(article: Article): Promise<FeedArticle> {
  let found = feedArticles.get(article);
  if (!found) {
    found = describe(article);
    feedArticles.set(article, found);
  }
  return found;
}

async function describe(article: Article): Promise<FeedArticle> {
  const url = absoluteUrl(articlePath(article.id), site.url);
  return {
    data: article.data,
    url,
    html: await feedHtml(article, url),
    image: {
      url: absoluteUrl(cardPath(article.id), site.url),
      type: 'image/png' as const,
      // Feeds must state the enclosure's size; the card comes from the render cache.
      length: (await renderCard(articleCard(article.data, site.title, site.timeZone))).byteLength,
    },
    picture: article.data.image && (await leadPreview(article.data.image, site.url)).url,
  };
}

let container: AstroContainer | undefined;

/**
 * An article's text as feed readers get it: rendered as on its page, pictures included (the
 * stored HTML only holds placeholders for them), with absolute link and image URLs, without the
 * links to each paragraph.
 */
async function feedHtml(article: Article, url: string): Promise<string> {
  if (!article.rendered?.metadata?.imagePaths?.length)
    return absoluteUrls(withoutAnchorLinks(articleHtml(article)), url);
  // Astro's container renders the entry's Content component outside a page, as Astro's own
  // recipe for full-text RSS does; Astro fills in the pictures while rendering.
  container ??= await AstroContainer.create();
  const { Content } = await render(withArticleHtml(article));
  return absoluteUrls(withoutAnchorLinks(tidyPictureSources(await container.renderToString(Content))), url);
}

/** Props of a feed route. A type, not an interface, so Astro accepts it as props. */
export type FeedProps = { format: FeedFormat; channel: FeedChannel; articles: Article[] };

/**
 * The three formats of one feed, each keyed by the articles it carries: a rebuild rewrites only
 * the feeds an edit reaches.
 */
function feedRoutes(channel: FeedChannel, articles: Article[], params: Record<string, string>) {
  return (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => {
    const props: FeedProps = { format, channel, articles };
    return { params: { ...params, feed: FEED_FILES[format] }, props, cacheKey: cacheKey(props) };
  });
}

/** The site's feeds, at `/rss.xml`, `/atom.xml` and `/feed.json`: the newest FEED_LIMIT articles. */
export const siteFeedPaths = (async () =>
  feedRoutes(siteChannel, (await getArticles()).slice(0, FEED_LIMIT), {})) satisfies GetStaticPaths;

/** The feeds of every section, tag or publisher, at `<listing>/rss.xml`, `atom.xml` and `feed.json`. */
export function listingFeedPaths(group: ListingGroup, param: string): GetStaticPaths {
  return async () =>
    (await listings(group)).flatMap((listing) =>
      feedRoutes(listingChannel(listing), listing.entries.slice(0, LISTING_FEED_LIMIT), { [param]: listing.slug }),
    );
}

/** A feed, in the format its route asks for, with the articles its paths gave it. */
export async function feed({ format, channel, articles }: FeedProps): Promise<Response> {
  const described = await Promise.all(articles.map(feedArticle));
  return feedResponse(format, channel, feedItems(described, site.timeZone, articles.length));
}
