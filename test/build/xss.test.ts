/**
 * The XSS corpus, built into a fixture site and opened in Chromium: nothing runs, nothing leaves
 * 127.0.0.1, the CSP reports nothing, and the harmless text around each payload is still there.
 * The same corpus goes through the feeds and the JSON-LD.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildFixture, type FixtureBuild } from '../../tools/build';
import { parseHtml, readPage, visibleText } from '../helpers/html';
import { jsonLdGraph, parseJsonFeed } from '../helpers/json';
import { useServedSite } from '../helpers/served-site';
import { slugify } from '../../src/lib/slug';
import { bodyPayloads, frontmatterPayloads as fm } from '../fixtures/xss/payloads';

const yaml = (value: string) => JSON.stringify(value);
const id = (index: number) => `xss-${String(index).padStart(3, '0')}`;
const frontmatter = (title: string) =>
  `title: ${yaml(title)}\ndescription: "Charge n° ${title}"\npubDate: "2026-11-20T08:00:00+01:00"\nkind: news\nsection: Tests\ntags: [Sécurité]\nsource:\n  name: exemple.info\n  url: https://exemple.info/`;

const files: Record<string, string> = Object.fromEntries(
  bodyPayloads.map((payload, index) => [
    `${id(index)}.md`,
    articleFile(frontmatter(`Charge ${index}`), `Texte avant ${index}.\n\n${payload}\n\nTexte après ${index}.`),
  ]),
);
files['xss-frontmatter.md'] = articleFile(
  [
    `title: ${yaml(fm.title!)}`,
    `description: ${yaml(fm.description!)}`,
    'pubDate: "2026-11-21T08:00:00+01:00"',
    'kind: opinion',
    `section: ${yaml(fm.section!)}`,
    `tags: [${yaml(fm.tag!)}, Sécurité]`,
    `author: ${yaml(fm.author!)}`,
    `dateline:\n  date: 2023-09-13\n  place: ${yaml(fm.place!)}`,
    `source:\n  name: ${yaml(fm.sourceName!)}\n  url: https://exemple.info/`,
  ].join('\n'),
  'Texte avant frontmatter.\n\nTexte après frontmatter.',
);

let build: FixtureBuild;
beforeAll(async () => {
  // Not strict: the point is to publish the hostile articles and watch what survives.
  build = await buildFixture(files, { LISEUSE_STRICT: '0' });
  if (build.code !== 0) throw new Error(build.output);
});
// Registered after the build's hook, so it serves the finished build.
const site = useServedSite(() => build.outDir);

describe('the XSS corpus', () => {
  it('has at least 80 payloads, each warned about by the build', () => {
    expect(bodyPayloads.length).toBeGreaterThanOrEqual(80);
    expect(build.output).toMatch(/the sanitiser removes <script>/);
  });

  it('runs nothing, loads nothing from elsewhere and violates no CSP, on every page', async () => {
    // Every page of the site: articles, home, sections, tags (one with a hostile name), 404.
    const paths = (await readdir(build.outDir, { recursive: true }))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    const context = await site.browser.newContext();
    const offsite: string[] = [];
    const dialogs: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(site.server.origin)) offsite.push(request.url());
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const executed: string[] = [];
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(site.server.origin + path, { waitUntil: 'load' });
      // Give timers, animations and autofocus handlers a moment to fire.
      await page.waitForTimeout(30);
      const { xss, csp } = await page.evaluate(() => {
        const w = window as unknown as { __xss?: unknown; __csp: string[] };
        return { xss: w.__xss, csp: w.__csp };
      });
      // Set by a payload that ran, or clobbered by an element whose id was not prefixed.
      if (xss !== undefined) executed.push(`${path}: window.__xss = ${inspect(xss)}`);
      violations.push(...csp.map((violation) => `${path}: ${violation}`));
    }
    await context.close();
    console.log(
      `XSS corpus: ${bodyPayloads.length + Object.keys(fm).length} payloads, ${paths.length} pages, ` +
        `${dialogs.length} dialogs, ${executed.length} scripts run, ${offsite.length} off-site requests, ` +
        `${violations.length} CSP violations`,
    );
    expect(paths.length).toBeGreaterThan(bodyPayloads.length + 3);
    expect(paths).toContain(`/tags/${slugify(fm.tag!)}/`);
    expect({ dialogs, executed, offsite, violations }).toEqual({
      dialogs: [],
      executed: [],
      offsite: [],
      violations: [],
    });
  });

  it.each(bodyPayloads.map((payload, index) => [index, payload] as const))(
    'keeps the text around payload %i: %s',
    async (index) => {
      const page = await readPage(`/articles/${id(index)}/`, build.outDir);
      const text = visibleText(page.querySelector('.article-body'));
      expect(text).toMatch(new RegExp(`^Texte avant ${index}\\.`));
      expect(text).toMatch(new RegExp(`Texte après ${index}\\.$`));
      expect(
        page.querySelectorAll(
          '.article-body :is(script, iframe, object, embed, form, style, meta, base, link, svg, math)',
        ),
      ).toHaveLength(0);
      for (const element of page.querySelectorAll('.article-body *')) {
        for (const { name, value } of element.attributes) {
          expect(name, element.outerHTML).not.toMatch(/^on|^style$|^srcset$|^ping$/i);
          expect(value, element.outerHTML).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        }
      }
      // Where the browser goes, read as it reads a URL: another site only by a link that says so.
      const pageUrl = `https://liseuse.example/articles/${id(index)}/`;
      for (const link of page.querySelectorAll('.article-body a[href]')) {
        if (new URL(link.getAttribute('href')!, pageUrl).host === 'liseuse.example') continue;
        expect(link.getAttribute('rel'), link.outerHTML).toBe('noopener noreferrer external');
      }
      for (const image of page.querySelectorAll('.article-body img[src]')) {
        expect(new URL(image.getAttribute('src')!, pageUrl).host, image.outerHTML).toBe('liseuse.example');
      }
    },
  );

  it('keeps frontmatter payloads as text in the page and its JSON-LD', async () => {
    const page = await readPage('/articles/xss-frontmatter/', build.outDir);
    expect(page.querySelector('h1')?.textContent).toBe(fm.title);
    expect(visibleText(page.querySelector('address'))).toBe(`Par ${fm.author}`);
    const [graph] = [...page.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      jsonLdGraph(s.textContent),
    );
    expect(graph![0]).toMatchObject({
      headline: fm.title,
      description: fm.description,
      author: { name: fm.author },
    });
    // The site's own two: the passage-sharing listener and the after-load import; nothing of the payloads.
    const scripts = [...page.querySelectorAll('body script:not([type="application/ld+json"])')];
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(script.textContent).toMatch(/import\(`\/_astro\/[\w-]+\.js`\)/);
  });

  it('publishes feeds whose HTML a reader can render safely', async () => {
    const rss = extractFromXml(await readFile(join(build.outDir, 'rss.xml'), 'utf8'), {
      getExtraEntryFields: (entry: Record<string, unknown>) => {
        const html = entry['content:encoded'];
        return { html: typeof html === 'string' ? html : '' };
      },
    });
    const json = parseJsonFeed(await readFile(join(build.outDir, 'feed.json'), 'utf8'));
    const atom = extractFromXml(await readFile(join(build.outDir, 'atom.xml'), 'utf8'));
    expect(extractFromJson(json).entries?.map((e) => e.title)).toContain(fm.title);
    expect(atom.entries?.map((e) => e.title)).toContain(fm.title);
    const bodies = [
      ...(rss.entries ?? []).map((entry) => String((entry as { html?: string }).html)),
      ...json.items.map((item) => item.content_html),
    ];
    expect(bodies.length).toBeGreaterThan(80);
    for (const html of bodies) {
      const doc = parseHtml(html);
      expect(
        doc.querySelectorAll('script, iframe, object, embed, form, style, meta, base, link, svg, math'),
      ).toHaveLength(0);
      for (const element of doc.body.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          expect(name).not.toMatch(/^on|^style$|^srcset$/i);
          expect(value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        }
      }
    }
  });
});
