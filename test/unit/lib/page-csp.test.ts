import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../../src/lib/page-csp';

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
const [script, otherScript, style, otherStyle, jsonLd] = ['a()', 'b()', 'p{}', 'q{}', '{"@type":"NewsArticle"}'];
const policy = `default-src 'self'; script-src 'self' ${[script, otherScript, jsonLd].map(hash).join(' ')}; style-src 'self' ${[style, otherStyle].map(hash).join(' ')};`;
const page = (body: string, csp = policy) =>
  `<head><meta http-equiv="content-security-policy" content="${csp}"><style>${style}</style></head><body>${body}</body>`;
const cspOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('pageCsp', () => {
  it('keeps the hashes of the page’s own inline scripts and styles, and drops the others', () => {
    const html = page(
      `<script type="module">${script}</script><script type="application/ld+json">${jsonLd}</script><script type="module" src="/x.js"></script>`,
    );
    expect(cspOf(pageCsp(html, 'a.html'))).toBe(
      `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`,
    );
  });

  it('refuses a page whose inline script Astro did not hash: it would not run', () => {
    expect(() => pageCsp(page('<script>c()</script>'), 'a.html')).toThrow('a.html: an inline script has no hash');
  });

  it('takes no script written inside an attribute, as a hostile publisher name would be, for an element', () => {
    const html = page(
      `<meta property="og:title" content="Éditions <script>alert(3)</script> Fils"><script>${script}</script>`,
    );
    expect(cspOf(pageCsp(html, 'a.html'))).toContain(`script-src 'self' ${hash(script)};`);
  });

  it('leaves a page without a CSP as it is', () => {
    expect(pageCsp('<p>texte</p>', 'a.html')).toBe('<p>texte</p>');
  });
});
