import type { APIRoute } from 'astro';
import icon from '../assets/icon.svg?raw';

export const GET: APIRoute = () => new Response(icon, { headers: { 'content-type': 'image/svg+xml' } });
