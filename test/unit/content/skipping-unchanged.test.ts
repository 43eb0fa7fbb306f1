/**
 * A publish reads the frontmatter of the articles that changed, not of the whole archive: the
 * Markdown entry type the build gives Astro's glob loader skips a file the store holds with the
 * same digest (src/content.config.ts). The build's output is checked byte for byte against a
 * build from scratch in test/build/rebuild.test.ts.
 */
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import { describe, expect, it } from 'vitest';
import { skippingUnchanged, type GlobContext } from '../../../src/content.config';

const root = pathToFileURL('/site/');
const digest = (contents: string) => `digest of ${contents}`;

/** The entry types as a build sees them, over a store holding `content/a.md` as `stored`. */
function entryTypes(stored: string) {
  const read: string[] = [];
  const markdown: ContentEntryType = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }) => {
      read.push(contents);
      return { data: { title: contents }, body: contents, rawData: '', slug: '' };
    },
  };
  const context = {
    entryTypes: new Map([['.md', markdown]]),
    store: { values: () => [{ id: 'a', data: {}, filePath: 'content/a.md', digest: digest(stored) }] },
    config: { root },
    generateDigest: digest,
  } as unknown as GlobContext;
  return { md: skippingUnchanged(context).get('.md')!, read };
}

const file = (name: string, contents: string) => ({ fileUrl: new URL(`content/${name}`, root), contents });

describe('the Markdown entry type of a build', () => {
  it('does not read the frontmatter of a file the store holds as it is', async () => {
    const { md, read } = entryTypes('Texte');
    await md.getEntryInfo(file('a.md', 'Texte'));
    expect(read).toEqual([]);
  });

  it('reads a changed file, and a file the store does not hold, as Astro does', async () => {
    const { md, read } = entryTypes('Texte');
    expect((await md.getEntryInfo(file('a.md', 'Texte corrigé'))).data).toEqual({ title: 'Texte corrigé' });
    expect((await md.getEntryInfo(file('b.md', 'Texte'))).data).toEqual({ title: 'Texte' });
    expect(read).toEqual(['Texte corrigé', 'Texte']);
  });
});
