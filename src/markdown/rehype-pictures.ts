import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Widths written for each picture of the text (the column is at most 42rem, 672 px at 1×). */
export const BODY_WIDTHS = [360, 720, 1080, 1440];

/** The picture fills the text column: the viewport on a phone, 42rem beyond. */
export const BODY_SIZES = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';

/** Astro's placeholder: its content runtime replaces it with the attributes of `getImage(options)`. */
const PLACEHOLDER = '__ASTRO_IMAGE_';

/**
 * Turn each picture of the text (a `figure > img` of a file Astro collected) into
 * `<picture><source type="image/avif"><img (WebP)></picture>`, each in several widths, lazy.
 * Runs AFTER the sanitiser: it only wraps images the sanitiser kept and `remarkPictures` checked,
 * and its placeholders are attributes the sanitiser would rightly strip. Astro fills them in when
 * the page renders; `tidyPictureSources` then removes what `<source>` may not carry.
 */
export function rehypePictures() {
  return (tree: Root, file: VFile) => {
    const local = new Set(file.data.astro?.localImagePaths ?? []);
    if (local.size === 0) return;
    let index = 0;
    visit(tree, 'element', (figure) => {
      if (figure.tagName !== 'figure') return;
      figure.children = figure.children.map((child) => {
        if (child.type !== 'element' || child.tagName !== 'img') return child;
        const src = typeof child.properties.src === 'string' ? decodeURI(child.properties.src) : undefined;
        if (!src || !local.has(src)) return child;
        const options = { src, widths: BODY_WIDTHS, sizes: BODY_SIZES, index: index++ };
        const source: Element = {
          type: 'element',
          tagName: 'source',
          properties: { type: 'image/avif', [PLACEHOLDER]: JSON.stringify({ ...options, format: 'avif' }) },
          children: [],
        };
        const img: Element = {
          type: 'element',
          tagName: 'img',
          properties: {
            [PLACEHOLDER]: JSON.stringify({
              ...options,
              format: 'webp',
              alt: String(child.properties.alt ?? ''),
              loading: 'lazy',
              decoding: 'async',
            }),
          },
          children: [],
        };
        return { type: 'element', tagName: 'picture', properties: {}, children: [source, img] };
      });
    });
  };
}
