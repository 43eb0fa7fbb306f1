/** The home page as built in dist/. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html';
import { distDir, seedSlug } from '../../tools/paths';

let doc: Document;
beforeAll(async () => {
  doc = await readPage('/');
});

describe('the home page', () => {
  it('is French, with one h1 and the landmarks', () => {
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    for (const landmark of ['header', 'main', 'footer']) expect(doc.querySelector(landmark), landmark).not.toBeNull();
  });

  it('lists the seed article with its title, dek, date, source and reading time', () => {
    const cards = doc.querySelectorAll('main article');
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    const link = card.querySelector('h2 a');
    expect(link?.getAttribute('href')).toBe(`/articles/${seedSlug}/`);
    expect(visibleText(link)).toMatch(/^Poutine et Kim Jong-un/);
    expect(visibleText(card.querySelector('.card__dek'))).toMatch(/^Isolé depuis/);
    const meta = visibleText(card.querySelector('.card__meta'));
    expect(meta).toContain('25 novembre 2026');
    expect(meta).toContain('Source\u202f: attuale.info');
    expect(meta).toContain('4\u00a0min de lecture');
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25T07:00:00+01:00');
  });

  it('links only to pages that exist', () => {
    for (const a of doc.querySelectorAll('a[href^="/"]')) {
      const path = a.getAttribute('href')!;
      expect(existsSync(join(distDir, path, path.endsWith('/') ? 'index.html' : '')), path).toBe(true);
    }
  });
});

describe('the 404 page', () => {
  it('speaks French, is not indexed and leads back home', async () => {
    const notFound = await readPage('/404.html');
    expect(notFound.documentElement.lang).toBe('fr');
    expect(visibleText(notFound.querySelector('h1'))).toBe('Page introuvable');
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notFound.querySelector('main a[href="/"]')).not.toBeNull();
  });
});
