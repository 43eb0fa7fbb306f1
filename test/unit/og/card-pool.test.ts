import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CardPool } from '../../../src/og/card-pool';
import type { CardFont } from '../../../src/og/card-worker';

const font = async (name: string, path: string, weight: CardFont['weight']): Promise<CardFont> => ({
  name,
  data: await readFile(new URL(`../../../node_modules/@fontsource/${path}`, import.meta.url)),
  weight,
  style: 'normal',
});
const fonts = await Promise.all([
  font('Source Serif 4', 'source-serif-4/files/source-serif-4-latin-700-normal.woff', 700),
  font('Source Sans 3', 'source-sans-3/files/source-sans-3-latin-400-normal.woff', 400),
  font('Source Sans 3', 'source-sans-3/files/source-sans-3-latin-600-normal.woff', 600),
]);
const card = (title: string) => ({
  siteName: 'liseuse',
  kicker: 'Actualité',
  title,
  date: '1er mars 2026',
  source: 'x',
});
const workerFile = new URL('../../../src/og/card-worker.ts', import.meta.url);

describe('the card pool', () => {
  it('serves a page waiting for its card before the cards prepared ahead, and draws them all', async () => {
    const pool = new CardPool(workerFile, fonts, 1);
    const done: string[] = [];
    const track = (title: string, png: Promise<Buffer>) => png.then(() => done.push(title));
    const ahead = ['a', 'b', 'c', 'd', 'e'].map((title) => {
      const { png, hurry } = pool.render(card(title), { background: true });
      return { title, png: track(title, png), hurry };
    });
    const urgent = track('now', pool.render(card('now')).png);
    // A page now needs "e", queued last in the background.
    ahead[4]!.hurry();
    await Promise.all([urgent, ...ahead.map(({ png }) => png)]);
    expect(done.indexOf('now')).toBeLessThan(2);
    expect(done.indexOf('e')).toBeLessThan(3);
    expect([...done].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'now']);
  });

  it('names the card whose drawing failed', async () => {
    const pool = new CardPool(workerFile, fonts, 1);
    // A title that is not a string makes satori throw inside the worker.
    const broken = { ...card('x'), title: 42 as unknown as string };
    await expect(pool.render(broken).png).rejects.toThrow(/preview card "42"/);
  });
});
