/**
 * The patch to Astro that npm applies at install (patches/astro+7.3.5.patch, README "Performance"):
 * the collection's data store reaches the build as a module holding it as a string, and V8
 * compiles one long string literal in quadratic time (a 100 MB store: 90 s). The patch emits
 * literals of at most 1 MiB, joined at runtime. Adapted from the test proposed upstream with it.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the patched file itself, as the build loads it.
import { stringToJs } from '../../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js';

const LIMIT = 1024 * 1024;
const evaluate = (code: string): unknown => runInNewContext(code);
/** The length of the longest string a double-quoted literal in `code` stands for. */
const longestLiteral = (code: string) =>
  Math.max(0, ...[...code.matchAll(/"(?:[^"\\]|\\.)*"/g)].map(([literal]) => (JSON.parse(literal) as string).length));

describe('the data store module of a large collection', () => {
  it('keeps a short string as one literal, as stock Astro does', () => {
    expect(stringToJs('a "b"\n')).toBe(JSON.stringify('a "b"\n'));
  });

  it('splits a long string into literals of at most 1 MiB that join back to it, surrogate pairs whole', () => {
    const text = `x${'😀é"\\\n\u2028'.repeat(LIMIT / 2)}`;
    const code = stringToJs(text);
    expect(code.startsWith('[')).toBe(true);
    expect(evaluate(code)).toBe(text);
    expect(code).not.toMatch(/\\ud[89ab]/i);
    expect(longestLiteral(code)).toBeLessThanOrEqual(LIMIT);
  });

  it('gives back a whole data store, parsed, from the split literals', () => {
    const store = [['Map', 1, 2], 'articles', ['Map'], 'é'.repeat(3 * LIMIT)];
    const code = `JSON.parse(${stringToJs(JSON.stringify(store))})`;
    expect(longestLiteral(code)).toBeLessThanOrEqual(LIMIT);
    expect(evaluate(code)).toEqual(store);
  });
});
