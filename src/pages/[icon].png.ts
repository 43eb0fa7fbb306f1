/** PNG icons, rendered from the one source file src/assets/icon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import icon from '../assets/icon.svg?raw';

/** File name → edge in pixels. */
export const iconSizes = {
  'favicon-32': 32,
  'apple-touch-icon': 180,
  'icon-192': 192,
  'icon-512': 512,
} as const;

export const getStaticPaths = (() =>
  Object.entries(iconSizes).map(([name, size]) => ({
    params: { icon: name },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props }) =>
  new Response(new Uint8Array(new Resvg(icon, { fitTo: { mode: 'width', value: props.size } }).render().asPng()), {
    headers: { 'content-type': 'image/png' },
  });
