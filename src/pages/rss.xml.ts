import type { APIRoute } from 'astro';
import { getFeedItems, siteChannel } from '../feeds';
import { feedResponse } from '../lib/feed-formats';

export const GET: APIRoute = async () => feedResponse('rss', siteChannel, await getFeedItems());
