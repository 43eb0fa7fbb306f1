/** Where things live on the site. Paths end with a slash, as the built site's folders do. */

/** Path of an article page, e.g. "/articles/mon-article/". */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** Absolute URL of a site path, e.g. for canonical links and social previews. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}
