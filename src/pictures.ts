/** Lead pictures as the page, link previews and search engines receive them (astro:assets). */
import { getImage } from 'astro:assets';
import type { Article } from './content.config';
import type { SocialImage } from './lib/social';
import { cropSize } from './lib/crop-size';
import { absoluteUrl } from './lib/urls';

export type LeadPicture = NonNullable<Article['data']['image']>;

/** Widths written for the lead picture: phones at 1× to 3×, the text column at 2×. */
export const LEAD_WIDTHS = [360, 720, 1080, 1440];

/** The lead picture fills the text column, like the pictures of the text. */
export const LEAD_SIZES = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';

/** Link previews want 1.91:1, 1200 px wide. */
const PREVIEW_RATIO = 1200 / 630;

/** Google asks for 16:9, 4:3 and 1:1 versions of an article's image. */
const CROP_RATIOS = [16 / 9, 4 / 3, 1];

/** A centred JPEG crop of `picture` (link previews and feed readers read JPEG everywhere). */
async function crop(picture: LeadPicture, ratio: number, origin: string) {
  const size = cropSize(picture.src, ratio);
  const image = await getImage({ src: picture.src, ...size, fit: 'cover', format: 'jpeg', quality: 80 });
  return { url: absoluteUrl(image.src, origin), ...size };
}

/** The lead picture as the link-preview image (og:image, twitter:image). */
export async function leadPreview(picture: LeadPicture, origin: string): Promise<SocialImage> {
  return { ...(await crop(picture, PREVIEW_RATIO, origin)), alt: picture.alt, type: 'image/jpeg' };
}

/** Absolute URLs of the 16:9, 4:3 and 1:1 crops, for the article's structured data. */
export async function leadCrops(picture: LeadPicture, origin: string): Promise<string[]> {
  return Promise.all(CROP_RATIOS.map(async (ratio) => (await crop(picture, ratio, origin)).url));
}
