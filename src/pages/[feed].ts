import type { APIRoute } from 'astro';
import { feed, siteFeedPaths, type FeedProps } from '../feeds';

export const getStaticPaths = siteFeedPaths;

export const GET: APIRoute<FeedProps> = ({ props }) => feed(props);
