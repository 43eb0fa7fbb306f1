import type { APIRoute } from 'astro';
import { feed, listingFeedPaths, type FeedProps } from '../../../feeds';

export const getStaticPaths = listingFeedPaths('tag', 'tag');

export const GET: APIRoute<FeedProps> = ({ props }) => feed(props);
