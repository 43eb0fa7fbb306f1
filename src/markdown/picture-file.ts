/**
 * The checks a picture file passes before Astro's image pipeline may read it: in the article's
 * own folder (no `..`, no symbolic link out of it), a JPEG, PNG, WebP or AVIF (never SVG, which
 * can carry scripts), a real image by its content, and not so large that decoding it would
 * exhaust the build machine.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import sharp, { type Metadata } from 'sharp';

/** At most 50 megapixels (e.g. 8660 × 5773): more than any camera a newsroom uses, far less than a bomb. */
export const MAX_PIXELS = 50_000_000;

/** The lead picture becomes the link preview: Google and social networks want at least 1200 px. */
export const LEAD_MIN_WIDTH = 1200;

/** Raster formats as sharp names them (AVIF is a HEIF container). */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']);

const EXTENSION = /\.(?:jpe?g|png|webp|avif)$/i;

export interface PictureFile {
  /** Absolute path of the file. */
  path: string;
  width: number;
  height: number;
}

/**
 * Check the picture `src` (as written, e.g. "./photo.jpg") of the article at `articlePath`.
 * Returns the file and its size, or why it cannot be published. Nothing outside the article's
 * folder is ever opened: the path is judged on its text first.
 */
export async function checkPictureFile(
  src: string,
  articlePath: string,
  { minWidth = 0 }: { minWidth?: number } = {},
): Promise<PictureFile | { problem: string }> {
  if (URL.canParse(src) || src.startsWith('//')) {
    return {
      problem: `the picture ${JSON.stringify(src)} is not a local file: copy it beside the article (no hotlinking)`,
    };
  }
  const folder = dirname(articlePath);
  const path = resolve(folder, safeDecode(src));
  if (!isInside(path, folder)) {
    return {
      problem: `the picture ${JSON.stringify(src)} is outside the article's folder: keep pictures beside the article, written like "./photo.jpg"`,
    };
  }
  if (!src.startsWith('./')) {
    return {
      problem: `the picture ${JSON.stringify(src)} must be a file in the article's folder, written like "./photo.jpg"`,
    };
  }
  if (!EXTENSION.test(path)) {
    return {
      problem: `the picture ${JSON.stringify(src)} must be a JPEG, PNG, WebP or AVIF file (.jpg, .png, .webp, .avif); SVG and other formats are refused`,
    };
  }
  if (!existsSync(path)) {
    return {
      problem: `the picture ${JSON.stringify(src)} does not exist beside the article: check the file name and where the picture is`,
    };
  }
  if (!isInside(realpathSync(path), realpathSync(folder))) {
    return { problem: `the picture ${JSON.stringify(src)} links to a file outside the article's folder` };
  }
  let metadata: Metadata;
  try {
    // Reads the header only, nothing is decoded: the size is judged below, with a clear message.
    metadata = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    return { problem: `the picture ${JSON.stringify(src)} is not an image (or is damaged): export it again as JPEG` };
  }
  const { format, width = 0, height = 0 } = metadata;
  if (!FORMATS.has(format ?? '')) {
    return {
      problem: `the picture ${JSON.stringify(src)} is ${format ?? 'unknown'} inside: save it as JPEG, PNG, WebP or AVIF`,
    };
  }
  if (width * height > MAX_PIXELS) {
    return {
      problem: `the picture ${JSON.stringify(src)} is ${width} × ${height} px, more than ${MAX_PIXELS / 1e6} megapixels: resize it (2400 px wide is plenty)`,
    };
  }
  if (width < minWidth) {
    return {
      problem: `the picture ${JSON.stringify(src)} is ${width} px wide; a lead picture must be at least ${minWidth} px wide for link previews`,
    };
  }
  return { path, width, height };
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith(`..${sep}`) && fromFolder !== '..' && !fromFolder.startsWith(sep);
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
