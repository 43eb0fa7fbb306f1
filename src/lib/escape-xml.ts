/**
 * Escape text for an element's content, in XML (the news sitemap) or HTML (the search documents):
 * `&`, `<` and `>`, and nothing else, so the text reads the same once parsed. Not for attribute
 * values, whose quotes it leaves as they are.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
