/**
 * Astro's CSP `<meta>` lists the hashes of every inline script and style of the whole site, on
 * every page: on an article, 19 hashes for its 3 inline elements, some 500 bytes of brotli that
 * cannot compress (random base64), in a first view held to 8 KB. Each page keeps only the hashes
 * of its own inline scripts and styles, which also stops another page's script from running here.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/** Hashes of the page's inline elements of one kind; JSON-LD is data, never run, so never hashed. */
function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
  const elements = html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'));
  return new Set(
    elements
      .filter(([, attributes]) => !/\ssrc=/.test(attributes!) && !/type="application\/ld\+json"/.test(attributes!))
      .map(([, , content]) => hash(content!)),
  );
}

/** `html` with a CSP `<meta>` that allows the page's own inline scripts and styles, and no other. */
export function pageCsp(html: string, page: string): string {
  const own = { 'script-src': inlineHashes(html, 'script'), 'style-src': inlineHashes(html, 'style') };
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
