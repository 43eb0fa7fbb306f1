/**
 * What makes two articles' sources one publisher: the address of its page. A publisher is its
 * name, slugified like sections and tags ("Le Monde" → /sources/le-monde/); a name with no Latin
 * letter or digit (an Arabic or Chinese name) gets "source-" and a short hash of the name, since
 * addresses are ASCII and its site's host may differ from one article to the next. The same
 * publisher may link to different hosts (www. or not, a regional edition): the name is what
 * readers follow. Two spellings that reach one address ("Le Monde", "Le monde") are refused
 * rather than merged, since only one of them could be shown.
 */
import { createHash } from 'node:crypto';
import { slugify } from './slug';

export interface SourceName {
  name: string;
  url: string;
}

/** The address part of a publisher's pages and feeds. */
export function sourceSlug({ name }: Pick<SourceName, 'name'>): string {
  return slugify(name) || `source-${createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8)}`;
}

/** One file's source, as the build and `npm run check:content` see it. */
export interface FileSource {
  /** The article's file, as the message should name it. */
  file: string;
  source: SourceName;
}

/** A source whose name collides with another file's spelling of it. */
export interface SourceCollision {
  file: string;
  message: string;
}

/**
 * Every file whose `source.name` reaches the address of an earlier file's different spelling.
 * Files are taken in the order given; each collision names both files.
 */
export function sourceCollisions(files: Iterable<FileSource>): SourceCollision[] {
  const first = new Map<string, FileSource>();
  const collisions: SourceCollision[] = [];
  for (const entry of files) {
    const slug = sourceSlug(entry.source);
    const earlier = first.get(slug);
    if (earlier === undefined) first.set(slug, entry);
    else if (earlier.source.name !== entry.source.name) {
      collisions.push({
        file: entry.file,
        message: `source.name ${JSON.stringify(entry.source.name)} and ${JSON.stringify(earlier.source.name)} in ${earlier.file} would share the address /sources/${slug}/: write the publisher's name the same way in both files`,
      });
    }
  }
  return collisions;
}
