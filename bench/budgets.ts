/**
 * Page-weight budgets, checked by `npm test` on the built site (test/site/budgets.test.ts) and in
 * the real browser (test/browser/first-view.test.ts), and reported by `npm run bench`.
 * A news page should arrive in the first network round trip: about 14 KB.
 */
export const budgets = {
  /** HTML + CSS + JavaScript + fonts of a page's first view, brotli-compressed. Images excluded. */
  firstViewBrotli: 14 * 1024,
  /** The same for an article, the page most readers land on from a shared link. */
  articleFirstViewBrotli: 8 * 1024,
  /** Each script, brotli-compressed: progressive enhancement only. */
  scriptBrotli: 2 * 1024,
  /** Stylesheets a page may load before rendering (inlined CSS counts as none). */
  blockingStylesheets: 1,
  /** Scripts that block rendering (classic scripts without async or defer). */
  blockingScripts: 0,
  /** Web fonts: the text uses system fonts. */
  fonts: 0,
  /** Requests of a first view besides images (the HTML itself included). */
  firstViewRequests: 2,
} as const;
