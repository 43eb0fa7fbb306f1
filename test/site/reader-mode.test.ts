/** Firefox's reader view (Mozilla Readability) extracts the article and nothing of the chrome. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { plainTypography } from '../../src/lib/french-typography';
import { distDir, seedSlug } from '../../tools/paths';
import { seedParagraphs } from '../../tools/seed';

describe('reader mode on the seed article', () => {
  it('extracts exactly the title and the seven paragraphs, and no invented byline', async () => {
    const html = await readFile(join(distDir, 'articles', seedSlug, 'index.html'), 'utf8');
    const dom = new JSDOM(html, { url: `https://liseuse.example/articles/${seedSlug}/` });
    const result = new Readability(dom.window.document).parse();
    expect(result?.title).toBe('Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias');
    expect(result?.byline).toBeNull();
    const content = new JSDOM(result!.content!).window.document;
    const paragraphs = [...content.querySelectorAll('p')].map((p) => plainTypography(p.textContent ?? ''));
    expect(paragraphs).toEqual(seedParagraphs);
    // The paragraphs' own links are page furniture, not text.
    expect(content.querySelectorAll('a[href^="#"], .share-anchor')).toHaveLength(0);
    expect(
      plainTypography(content.body.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(seedParagraphs.join(' ').replace(/\s+/g, ' '));
  });
});
