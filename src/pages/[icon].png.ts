/** PNG icons, rendered from the one source file src/assets/icon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createCanvas, Image } from '@napi-rs/canvas';
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

/** Skia, which draws the preview cards, also rasterises the SVG. */
export const GET: APIRoute<{ size: number }> = async ({ props: { size } }) => {
  const image = new Image(size, size);
  image.src = Buffer.from(icon);
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(image, 0, 0, size, size);
  return new Response(new Uint8Array(await canvas.encode('png')), { headers: { 'content-type': 'image/png' } });
};
