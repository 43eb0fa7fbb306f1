/**
 * What an article's HTML may contain once rendered, and nothing else. Built on rehype-sanitize's
 * default schema (GitHub's), keeping its defences, narrowing what it allows to what a news text
 * needs. Anything not listed here is removed by `rehype-sanitize`; `rehypeSanitizeReport` tells
 * the editor what and where.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Attributes that make sense on any element. */
const global = [
  // Language changes inside a text (a quote in English) reach screen readers and hyphenation.
  'lang',
  'dir',
  'title',
  // Heading and footnote anchors; prefixed with `user-content-` (see `clobber` below).
  'id',
];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    // Text and its structure.
    'p',
    'br',
    'hr',
    // Headings: h1 is the article's title, so the body starts at h2; deeper than h4 is not news.
    'h2',
    'h3',
    'h4',
    // Emphasis, as Markdown writes it (em, strong, del) and as pasted HTML does (i, b, s).
    'em',
    'strong',
    'i',
    'b',
    'del',
    's',
    // Links and lists.
    'a',
    'ul',
    'ol',
    'li',
    // Quotations, with their source.
    'blockquote',
    'q',
    // Images with a caption; `small` is the picture's credit ("Photo : …").
    'figure',
    'figcaption',
    'img',
    'small',
    // Tables, as GitHub-flavoured Markdown writes them.
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    // Abbreviations (ONU, OTAN), exponents and indices (1er, H₂O), code.
    'abbr',
    'sup',
    'sub',
    'code',
    'pre',
    // A span only ever carries a language change.
    'span',
    // The footnotes' block, as GFM writes it (`data-footnotes` below).
    'section',
  ],
  attributes: {
    '*': global,
    // `rel` tokens are the ones rehype-external-links adds to links that leave the site.
    a: [
      'href',
      ['rel', 'noopener', 'noreferrer', 'external'],
      // GFM footnotes: the call names its note's heading, the return says where it goes. An
      // editor's link may carry an aria-label too: text, like the link's own.
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
      'ariaDescribedBy',
      'ariaLabel',
    ],
    section: ['dataFootnotes', ['className', 'footnotes']],
    blockquote: ['cite'],
    q: ['cite'],
    // `loading`/`decoding` are added by rehypeImageLoading; alt text is kept, as are dimensions
    // that prevent layout shift.
    img: ['src', 'alt', 'width', 'height', ['loading', 'lazy'], ['decoding', 'async']],
    abbr: ['title'],
    ol: ['start', 'reversed'],
    // GFM writes column alignment as `align`.
    th: ['align', 'scope'],
    td: ['align'],
  },
  // Only web and mail links. Images only from the site itself (relative URLs, which carry no
  // scheme): an image from another host is a tracking pixel the CSP would block anyway, and
  // `data:` images bypass review and can weigh megabytes inside the HTML.
  // CAREFUL: an empty list would mean "any scheme" to hast-util-sanitize; '-' can never begin a
  // scheme, so this list allows none and keeps relative URLs only.
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['-'],
    cite: ['http', 'https'],
  },
  // Removed elements normally leave their text behind; a script's or a stylesheet's text is not prose.
  strip: ['script', 'style', 'template', 'noscript', 'title', 'textarea', 'select', 'option'],
  // Nothing is required on any element (the default requires `type=checkbox` on task-list inputs).
  required: {},
};
