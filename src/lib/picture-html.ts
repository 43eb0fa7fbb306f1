/** Finishing touches on rendered article HTML that only exist once Astro has filled in its images. */

/**
 * Astro fills every image placeholder with `<img>` attributes, `<source>` included: `src`,
 * `loading` and `decoding` are not allowed on a `<source>` inside `<picture>` (HTML standard), so
 * they go. Only `<source>` tags change.
 */
export function tidyPictureSources(html: string): string {
  return html.replace(/<source\b[^>]*>/g, (tag) => tag.replace(/\s(?:src|loading|decoding|alt)="[^"]*"/g, ''));
}

/**
 * `html` with every link and picture address absolute, resolved against `pageUrl` as a browser on
 * that page resolves it: a feed reader shows the HTML away from the site, where `/x`, `../x` and
 * `#note` lead nowhere or somewhere else (RSS has no base URL). Addresses with a scheme stay as
 * written; entities in them (`&amp;`) survive the URL parser as they are.
 */
export function absoluteUrls(html: string, pageUrl: string): string {
  const resolve = (value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
    try {
      return new URL(value, pageUrl).href;
    } catch {
      return value;
    }
  };
  return html.replace(/<(?:a|img|source)\b[^>]*>/g, (tag) =>
    tag.replace(/\s(href|src|srcset)="([^"]*)"/g, (_, name: string, value: string) => {
      const absolute =
        name === 'srcset'
          ? value
              .split(', ')
              .map((candidate) => candidate.replace(/^\S+/, resolve))
              .join(', ')
          : resolve(value);
      return ` ${name}="${absolute}"`;
    }),
  );
}
