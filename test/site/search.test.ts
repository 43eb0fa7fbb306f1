/**
 * Search in the built site: the Pagefind index holds the articles and nothing else, each with
 * its title, dek and text only; /recherche/ is a plain GET form that works as a URL; every page
 * links to it cheaply; and only /recherche/ may compile WebAssembly.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { cspFromHtml, readPage, visibleText } from '../helpers/html';
import { distDir, seedSlug } from '../../tools/paths';
import { indexedPageCounts, readFragments, type Fragment } from '../helpers/search-index';

let pages: string[];
let articlePages: string[];
let fragments: Fragment[];
beforeAll(async () => {
  pages = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  articlePages = pages.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
  fragments = await readFragments(distDir);
});

const seed = () => fragments.find((fragment) => fragment.url === `/articles/${seedSlug}/`)!;

describe('the search index', () => {
  it('holds every article page and no other page', async () => {
    const urls = fragments.map((fragment) => fragment.url).sort();
    expect(urls).toEqual(articlePages.map((file) => `/${file.replace(/index\.html$/, '')}`).sort());
    expect(pages.length).toBeGreaterThan(articlePages.length);
    // Every page is in French: one French index, stemmed as French.
    expect(await indexedPageCounts(distDir)).toEqual({ fr: articlePages.length });
  });

  it('indexes the title, the dek and the text, in that order, and nothing else of the page', async () => {
    const page = await readPage(`/articles/${seedSlug}/`);
    // Pagefind stores no-break spaces as spaces.
    const words = (selector: string) => visibleText(page.querySelector(selector)).replace(/\s+/g, ' ');
    const [title, dek, text] = [words('h1'), words('.dek'), words('.article-body')];
    const { content } = seed();
    expect(content.startsWith(`${title}. ${dek}`)).toBe(true);
    expect(content.endsWith(text.slice(-200))).toBe(true);
    // Masthead, kicker, dates, source box, tags, share bar, "Lire aussi" and footer stay out.
    for (const outside of ['Rechercher', 'Opinion', 'Publié le', 'min de lecture', 'Les faits', 'Sujets', 'Partager']) {
      expect(content, outside).not.toContain(outside);
    }
    expect(content).not.toContain('liseuse le republie');
    expect(content.length).toBeLessThan(title.length + dek.length + text.length + 10);
  });

  it('keeps what a result shows (date, section, source) and what it filters and sorts by', () => {
    const { meta, filters } = seed();
    expect(meta).toEqual({
      title: 'Poutine et Kim Jong-un\u00a0: le Kremlin cherche des armes auprès des régimes parias',
      date: '2026-11-25T07:00:00+01:00',
      section: 'International',
      source: 'attuale.info',
    });
    expect(filters).toEqual({
      kind: ['Opinion'],
      section: ['International'],
      tag: ['Russie', 'Corée du Nord', 'Guerre en Ukraine'],
    });
  });

  it('publishes the engine once and the newest month’s index, each text file with brotli and gzip twins', async () => {
    const files = await readdir(join(distDir, 'pagefind'), { recursive: true });
    // Pagefind's ready-made interfaces are not used, so not published.
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
    expect(JSON.parse(await readFile(join(distDir, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['2026-11']);
    // The engine's script at the top only; its worker and WebAssembly in each index, fetched from the newest.
    expect(files.filter((file) => /pagefind(-worker)?\.js$/.test(file)).sort()).toEqual([
      '2026-11/pagefind-worker.js',
      'pagefind.js',
    ]);
    for (const file of ['pagefind.js', '2026-11/pagefind-worker.js', 'shards.json', '2026-11/pagefind-entry.json']) {
      expect(files).toEqual(expect.arrayContaining([file, `${file}.br`, `${file}.gz`]));
    }
    // The index chunks and the WebAssembly are gzip streams already: compressing them again gains nothing.
    expect(files.filter((file) => /\.(pf_\w+|pagefind)\.(br|gz)$/.test(file))).toEqual([]);
  });
});

describe('the search page', () => {
  let page: Document;
  beforeAll(async () => {
    page = await readPage('/recherche/');
  });

  it('is a GET form whose query is a URL: /recherche/?q=…', () => {
    const form = page.querySelector('form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/recherche/');
    expect(form.getAttribute('method')).toBe('get');
    const input = form.querySelector('input[name="q"]')!;
    expect(visibleText(page.querySelector(`label[for="${input.id}"]`))).toBe(
      'Mots à chercher dans les titres, chapôs et textes',
    );
    expect(
      [...form.querySelectorAll('select[name="tri"] option')].map((option) => option.getAttribute('value')),
    ).toEqual(['pertinence', 'date']);
  });

  it('says, without JavaScript, that search needs it, and links to the sections and tags', () => {
    expect(visibleText(page.querySelector('[data-search-nojs]'))).toMatch(/^La recherche a besoin de JavaScript/);
    const links = [...page.querySelectorAll('nav[aria-labelledby="browse-title"] a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(links).toEqual(
      expect.arrayContaining(['/rubriques/international/', '/tags/russie/', '/tags/coree-du-nord/']),
    );
  });

  it('announces results in a status region, and loads Pagefind only from its script, on demand', () => {
    expect(page.querySelector('[role="status"]')).not.toBeNull();
    expect(page.querySelectorAll('script[src], link[href*="pagefind"]')).toHaveLength(0);
    const script = page.querySelector('script[type="module"]')!.textContent;
    expect(script).toContain('pagefind.js');
    expect(script).toContain('shards.json');
  });
});

describe('the way to search, from every page', () => {
  it('is a masthead link on every page, marked as current on /recherche/', async () => {
    for (const file of pages) {
      const doc = await readPage(`/${file}`.replace(/index\.html$/, ''));
      const link = doc.querySelector('.masthead a[href="/recherche/"]');
      expect(link?.textContent, file).toBe('Rechercher');
      expect(link!.getAttribute('aria-current'), file).toBe(file === 'recherche/index.html' ? 'page' : null);
    }
  });

  it('costs an article page at most 300 bytes of HTML and CSS, and no request', async () => {
    const html = await readFile(join(distDir, 'articles', seedSlug, 'index.html'), 'utf8');
    const link = html.match(/<a class="masthead__search"[^>]*>[^<]*<\/a>/g) ?? [];
    // Every CSS rule that names the link, counted whole (the print rule shares its selector list).
    const css = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, style]) => style).join('');
    const rules = (css.match(/[^{}]+\{[^{}]*\}/g) ?? []).filter((rule) => rule.includes('masthead__search'));
    const bytes = Buffer.byteLength([...link, ...rules].join(''));
    console.log(
      `masthead search link on an article page: ${bytes} bytes (${link.length} link, ${rules.length} CSS rules)`,
    );
    expect(link).toHaveLength(1);
    expect(bytes).toBeLessThanOrEqual(300);
    expect(html).not.toMatch(/<(script|link)[^>]+pagefind/);
  });
});

describe('the Content-Security-Policy of each page', () => {
  const configured = astroConfig.security!.csp as { directives: string[] };
  /** A page's policy without the hashes of its own inline scripts and styles. */
  const withoutHashes = (policy: string) => policy.replace(/ 'sha256-[^']+'/g, '').trim();

  it('lets /recherche/, and it alone, compile WebAssembly; never eval', async () => {
    const search = cspFromHtml(await readFile(join(distDir, 'recherche/index.html'), 'utf8'))!;
    expect(search).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    for (const file of pages) {
      const policy = cspFromHtml(await readFile(join(distDir, file), 'utf8'));
      expect(policy, file).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
      if (file !== 'recherche/index.html') expect(policy, file).not.toContain('wasm-unsafe-eval');
    }
  });

  it('is the configured policy on every other page, as it was before search existed', async () => {
    const expected = `${configured.directives.join(';')}; script-src 'self'; style-src 'self';`;
    for (const file of pages.filter((file) => file !== 'recherche/index.html')) {
      const policy = cspFromHtml(await readFile(join(distDir, file), 'utf8'))!;
      expect(withoutHashes(policy), file).toBe(expected);
    }
  });
});
