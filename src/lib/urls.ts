/** Where things live on the site. Paths end with a slash, as the built site's folders do. */
import { slugify } from './slug';

/** Path of an article page, e.g. "/articles/mon-article/". */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** Absolute URL of a site path, e.g. for canonical links and social previews. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}

/** Path of a section's page, e.g. "/rubriques/international/". */
export function sectionPath(section: string): string {
  return `/rubriques/${slugify(section)}/`;
}

/** Path of a tag's page, e.g. "/tags/coree-du-nord/". */
export function tagPath(tag: string): string {
  return `/tags/${slugify(tag)}/`;
}
