/**
 * What an article's HTML may contain once rendered. Starts from rehype-sanitize's default
 * (GitHub's rules: no scripts, styles, forms, frames or event handlers; only http(s), mailto…
 * URLs; `id`/`name` prefixed with `user-content-` against DOM clobbering).
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Abbreviations are common in news (ONU, OTAN) and their expansion helps every reader.
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  // Removed elements normally leave their text behind; a stylesheet's text is not prose.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    // Language changes inside a text (a quote in English) must reach screen readers and hyphenation.
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang'],
    // A quotation may name its source.
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), 'cite'],
    abbr: ['title'],
  },
};
