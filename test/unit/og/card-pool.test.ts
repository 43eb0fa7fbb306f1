import { describe, expect, it } from 'vitest';
import { CardPool } from '../../../src/og/card-pool';
import { cardFonts } from '../../helpers/card-fonts';

const fonts = await cardFonts();
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
    // A title that is not a string makes the layout throw inside the worker.
    const broken = { ...card('x'), title: 42 as unknown as string };
    await expect(pool.render(broken).png).rejects.toThrow(/preview card "42"/);
  });
});
