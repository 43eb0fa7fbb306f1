/** Read built pages with a real HTML parser, as a browser or a scraper would. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { distDir } from '../../tools/paths';

/** Parse an HTML string into a Document. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Parse an XML string (a feed, a sitemap) into a Document, with namespaces. */
export function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}

/** Parse the built page served at `path` (e.g. "/articles/x/") from `dir` (default: dist/). */
export async function readPage(path: string, dir = distDir): Promise<Document> {
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return parseHtml(await readFile(file, 'utf8'));
}

/** Text of an element with runs of whitespace collapsed, as a reader sees it. */
export function visibleText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'");
}
