import type { APIRoute } from 'astro';
import { listingFeed, listingFeedPaths, type ListingFeedProps } from '../../../feeds';

export const getStaticPaths = listingFeedPaths('tag', 'tag');

export const GET: APIRoute<ListingFeedProps> = ({ props }) => listingFeed(props);
