import type { APIRoute } from 'astro';
import { feed, listingFeedPaths, type FeedProps } from '../../../feeds';

export const getStaticPaths = listingFeedPaths('section', 'section');

export const GET: APIRoute<FeedProps> = ({ props }) => feed(props);
