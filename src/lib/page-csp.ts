/**
 * Astro's CSP `<meta>` lists the hashes of every inline script and style of the whole site, on
 * every page: on an article, 19 hashes for its 3 inline elements, some 500 bytes of brotli that
 * cannot compress (random base64), in a first view held to 8 KB. Each page keeps only the hashes
 * of its own inline scripts and styles, which also stops another page's script from running here.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/**
 * A start tag, end tag, comment or doctype, attribute values included whole: a `<script>` written
 * inside an attribute (an editor's publisher name in a `<meta content>`) is not an element.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;

/** Hashes of the page's inline scripts and styles; JSON-LD is data, never run, so never hashed. */
function inlineHashes(html: string): Record<'script-src' | 'style-src', Set<string>> {
  const found = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  const tokens = new RegExp(TOKEN);
  for (let token = tokens.exec(html); token; token = tokens.exec(html)) {
    const [, closing, name = '', attributes = ''] = token;
    const tag = name.toLowerCase();
    if (closing || (tag !== 'script' && tag !== 'style')) continue;
    // Their text runs to their end tag, whatever it holds; without one, to the end of the page
    // (an index of -1 would send the scan back near the start, for ever).
    const endTag = html.indexOf(`</${tag}>`, tokens.lastIndex);
    const end = endTag < 0 ? html.length : endTag;
    const content = html.slice(tokens.lastIndex, end);
    tokens.lastIndex = end + tag.length + 3;
    if (tag === 'style') found['style-src'].add(hash(content));
    else if (!/\ssrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes))
      found['script-src'].add(hash(content));
  }
  return found;
}

/** `html` with a CSP `<meta>` that allows the page's own inline scripts and styles, and no other. */
export function pageCsp(html: string, page: string): string {
  const own = inlineHashes(html);
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const hashes = own[name];
      for (const source of hashes) {
        if (!sources.includes(source))
          throw new Error(`${page}: an inline ${name.slice(0, -4)} has no hash in Astro's CSP`);
      }
      const kept = sources.filter((source) => !source.startsWith("'sha256-") || hashes.has(source));
      return directive.replace(/\S[\s\S]*$/, [name, ...kept].join(' '));
    });
    return open + directives.join(';') + close;
  });
}
