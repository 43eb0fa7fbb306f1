/** Finishing touches on rendered article HTML that only exist once Astro has filled in its images. */

/**
 * Astro fills every image placeholder with `<img>` attributes, `<source>` included: `src`,
 * `loading` and `decoding` are not allowed on a `<source>` inside `<picture>` (HTML standard), so
 * they go. Only `<source>` tags change.
 */
export function tidyPictureSources(html: string): string {
  return html.replace(/<source\b[^>]*>/g, (tag) => tag.replace(/\s(?:src|loading|decoding|alt)="[^"]*"/g, ''));
}

/** Make the site-relative `src` and `srcset` URLs of pictures in `html` absolute, for feed readers. */
export function absoluteImageUrls(html: string, origin: string): string {
  return html.replace(/<(?:img|source)\b[^>]*>/g, (tag) =>
    tag.replace(/\s(src|srcset)="([^"]*)"/g, (_, name: string, value: string) => {
      const absolute = value
        .split(', ')
        .map((candidate) => candidate.replace(/^\/(?!\/)/, `${origin}/`))
        .join(', ');
      return ` ${name}="${absolute}"`;
    }),
  );
}
