/**
 * Every feed of the site in one OPML file, grouped as the site is (the whole site, sections,
 * topics, publishers), so a reader subscribes to all of them, or picks, in one import. Each
 * listing appears once, with its RSS feed: listing its three formats would subscribe three times.
 */
import type { APIRoute } from 'astro';
import { generateOpml } from 'feedsmith';
import { listingChannel, siteChannel } from '../feeds';
import type { FeedChannel } from '../lib/feed-formats';
import { listings, type ListingGroup } from '../listings';
import { site } from '../site';

const outline = (channel: FeedChannel) => ({
  text: channel.title,
  title: channel.title,
  type: 'rss',
  xmlUrl: channel.links.rss,
  htmlUrl: channel.home,
  language: channel.lang,
});

const GROUPS: [ListingGroup, string][] = [
  ['section', 'Rubriques'],
  ['source', 'Sources'],
  ['tag', 'Sujets'],
];

export const GET: APIRoute = async () => {
  const groups = await Promise.all(
    GROUPS.map(async ([group, text]) => ({
      text,
      title: text,
      outlines: (await listings(group)).map((listing) => outline(listingChannel(listing))),
    })),
  );
  const opml = generateOpml({
    head: { title: `${site.title} : tous les flux` },
    body: { outlines: [outline(siteChannel), ...groups.filter(({ outlines }) => outlines.length > 0)] },
  });
  return new Response(opml, { headers: { 'content-type': 'text/x-opml; charset=utf-8' } });
};
