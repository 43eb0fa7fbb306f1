/**
 * Escape what Markdown would read as syntax in a one-line paragraph, so the page shows the words
 * as written. Only what matters is escaped: ordinary prose comes out byte for byte.
 */
export function escapeMarkdown(paragraph: string): string {
  return (
    paragraph
      // Emphasis, code, strikethrough (GFM), links and footnotes, raw HTML and autolinks, escapes.
      .replace(/[\\`*_~[\]<]/gu, '\\$&')
      // Only an entity or character reference would be decoded ("R&D" is safe as it is).
      .replace(/&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)/gu, '\\&')
      // Blocks a line can open: heading, quote, bullet list, thematic break, ordered list.
      .replace(/^[#>]/u, '\\$&')
      .replace(/^[-+](?=[ \t]|$)/u, '\\$&')
      .replace(/^-(?=(?:[ \t]*-){2,}[ \t]*$)/u, '\\-')
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/u, '$1\\$2')
  );
}
