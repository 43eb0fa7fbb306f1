/**
 * The ids an article page's own parts take. An article's passages get ids from their first words
 * (src/markdown/rehype-block-anchors.ts), which must never be one of these: a paragraph starting
 * "Contenu" would otherwise take the skip link's target, and one starting "Tags title" the name of
 * the tags' navigation.
 */
export const PAGE_IDS = {
  main: 'contenu',
  source: 'source-title',
  tags: 'tags-title',
  share: 'share-title',
  related: 'related-title',
  corrections: 'corrections-title',
} as const;
