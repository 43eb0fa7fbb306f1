/** The seed article page as built in dist/: what a reader sees, checked with a real HTML parser. */
import { beforeAll, describe, expect, it } from 'vitest';
import { plainTypography } from '../../src/lib/french-typography';
import { readPage, visibleText } from '../helpers/html';
import { seedSlug } from '../../tools/paths';
import { seedParagraphs, seedSource } from '../../tools/seed';

let doc: Document;
beforeAll(async () => {
  doc = await readPage(`/articles/${seedSlug}/`);
});

describe('the seed article page', () => {
  it('renders the publisher’s seven paragraphs losslessly, in order', () => {
    const paragraphs = [...doc.querySelectorAll('.article-body > p')].map((p) => plainTypography(p.textContent ?? ''));
    expect(seedParagraphs).toHaveLength(7);
    expect(paragraphs).toEqual(seedParagraphs);
  });

  it('gives each paragraph the address it was published with, and a link to it', () => {
    const paragraphs = [...doc.querySelectorAll('.article-body > p')];
    // Shared links point at these: changing how ids are made would break them.
    expect(paragraphs.map((p) => p.id)).toEqual([
      'le-13-septembre-dans-la-region',
      'depuis-le-debut-de-l-invasion-a',
      'compte-tenu-du-fait-que-l-operation',
      'la-coree-du-nord-dispose-d-un',
      'selon-les-experts-les-livraisons-de',
      'la-coree-du-nord-soumise-a',
      'la-cooperation-de-moscou-avec-pyongyang',
    ]);
    for (const p of paragraphs) {
      const link = p.lastElementChild!;
      expect(link.getAttribute('href')).toBe(`#${p.id}`);
      expect(link.getAttribute('aria-label')).toBe('Lien vers ce paragraphe');
      expect(link.textContent).toBe('');
    }
  });

  it('applies French typography on the page', () => {
    const body = doc.querySelector('.article-body')?.textContent ?? '';
    expect(body).toContain('région de l’Amour');
    expect(body).toContain('étrangers\u00a0: il a manqué');
  });

  it('is a French document', () => {
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('fr');
  });

  it('shows, in order: kicker, title, dek, meta line, body, source', () => {
    const article = doc.querySelector('article')!;
    const order = ['.kicker', 'h1', '.dek', '.article-meta', '.article-body', '.source'].map((selector) => {
      const element = article.querySelector(selector);
      expect(element, selector).not.toBeNull();
      return element!;
    });
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & 4 /* FOLLOWING */).toBeTruthy();
    }
    expect(visibleText(article.querySelector('.kicker'))).toBe('Opinion / International');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('dates the article in French with a machine-readable <time>', () => {
    const meta = doc.querySelector('.article-meta')!;
    expect(visibleText(meta)).toContain('Publié le 25 novembre 2026');
    expect(meta.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25T07:00:00+01:00');
    for (const time of doc.querySelectorAll('time')) {
      expect(Number.isNaN(Date.parse(time.getAttribute('datetime') ?? '')), time.outerHTML).toBe(false);
    }
  });

  it('gives the reading time and the length', () => {
    const meta = visibleText(doc.querySelector('.article-meta'));
    expect(meta).toMatch(/4\u00a0min de lecture/);
    expect(meta).toMatch(/6\d\d\u00a0mots/);
    expect(meta).not.toContain('Mis à jour');
  });

  it('dates the reported events, which the text leaves without a year', () => {
    const dateline = doc.querySelector('.event-context')!;
    expect(visibleText(dateline)).toBe('Les faits\u202f: 13 septembre 2023, cosmodrome de Vostochny (Russie)');
    expect(dateline.querySelector('time')?.getAttribute('datetime')).toBe('2023-09-13');
  });

  it('attributes the text to its publisher, with a link and the language', () => {
    const source = doc.querySelector('.source')!;
    expect(visibleText(source.querySelector('h2'))).toBe(`Source\u202f: ${seedSource}`);
    const link = source.querySelector('h2 a');
    expect(link?.getAttribute('href')).toBe('https://attuale.info/');
    expect(link?.textContent).toBe(seedSource);
    const facts = [...source.querySelectorAll('dt')].map((dt) => [visibleText(dt), visibleText(dt.nextElementSibling)]);
    expect(facts).toContainEqual(['Langue d’origine', 'français']);
    expect(visibleText(source)).toMatch(/écrit et publié par attuale\.info.*republie/);
  });

  it('invents no byline', () => {
    expect(doc.querySelector('address, .byline, [rel="author"]')).toBeNull();
    expect(visibleText(doc.querySelector('article'))).not.toMatch(/\bPar [A-Z]/);
  });

  it('needs no JavaScript: its only scripts are small inline loaders of later enhancements', () => {
    const scripts = [...doc.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(scripts.every((script) => !script.hasAttribute('src'))).toBe(true);
    expect(scripts.reduce((bytes, script) => bytes + Buffer.byteLength(script.textContent ?? ''), 0)).toBeLessThan(
      2048,
    );
  });

  it('carries an absolute canonical URL', () => {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).pathname).toBe(`/articles/${seedSlug}/`);
  });

  it('links its topics and hides "Lire aussi" when no other article shares them', () => {
    expect([...doc.querySelectorAll('.tags a')].map((a) => a.getAttribute('href'))).toEqual([
      '/tags/russie/',
      '/tags/coree-du-nord/',
      '/tags/guerre-en-ukraine/',
    ]);
    expect(doc.querySelector('#related-title')).toBeNull();
  });
});
