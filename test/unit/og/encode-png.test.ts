import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src/og/card';
import { encodePng } from '../../../src/og/encode-png';
import { cardWorkerData, registerCardFonts } from '../../../src/og/card-fonts';
import { palette } from '../../../src/styles/theme';
import { WorkerPool } from '../../../src/worker-pool';
import { cardFonts } from '../../helpers/card-fonts';

/** The pixels of a PNG written by encodePng (RGBA, filter 0), read back with zlib alone. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)]).toBe(0);
    rows.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, rgba };
}

describe('encodePng', () => {
  it('writes the exact pixels it is given', () => {
    const rgba = Buffer.from(Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256));
    expect(decode(encodePng(rgba, 3, 2))).toEqual({ width: 3, height: 2, rgba });
  });

  it('writes each image whole, whatever the size of the one encoded before', () => {
    const image = (width: number, height: number, seed: number) =>
      Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * seed) % 256));
    for (const [width, height, seed] of [
      [4, 3, 37],
      [2, 1, 11],
      [4, 3, 53],
      [5, 4, 7],
    ] as const) {
      const rgba = image(width, height, seed);
      expect(decode(encodePng(rgba, width, height))).toEqual({ width, height, rgba });
    }
  });

  it('refuses pixels that do not fill the image', () => {
    expect(() => encodePng(Buffer.alloc(10), 3, 2)).toThrow(/expected 24 bytes/);
  });
});

const cardWorker = new URL('../../../src/og/card-worker.ts', import.meta.url);

describe('the card worker', async () => {
  const fonts = await cardFonts();
  registerCardFonts(fonts);
  const workerData = cardWorkerData(fonts);
  const content = {
    siteName: 'liseuse',
    kicker: 'Opinion · Europe',
    title: 'Un titre',
    date: '1er mars 2026',
    source: 'Source : x',
  };

  /** Draw `cards` one after the other in one new worker. */
  async function drawInOneWorker(...cards: CardContent[]): Promise<Buffer[]> {
    const pool = new WorkerPool<CardContent, Uint8Array>(cardWorker, {
      size: 1,
      workerData,
      // Back-to-back cards go to the same worker; it ends soon after the last.
      idleTimeout: 100,
    });
    const pngs: Buffer[] = [];
    for (const card of cards) pngs.push(Buffer.from(await pool.run(card).value));
    return pngs;
  }
  const draw = async (card: CardContent) => (await drawInOneWorker(card))[0]!;

  it('draws a 1200×630 PNG under 300 KB in the site’s colours, with the title’s ink', async () => {
    const png = await draw(content);
    expect(png.byteLength).toBeLessThan(300 * 1024);
    const { width, height, rgba } = decode(png);
    expect([width, height]).toEqual([1200, 630]);
    const pixel = (x: number, y: number) =>
      `#${rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 3).toString('hex')}`;
    expect(pixel(4, 300)).toBe(palette.light.accent);
    expect(pixel(600, 150)).toBe(palette.light.bg);
    // The title, in ink, fills part of the middle band.
    let ink = 0;
    for (let y = 200; y < 450; y++) for (let x = 80; x < 1128; x++) if (pixel(x, y) === palette.light.text) ink++;
    expect(ink).toBeGreaterThan(1000);
  });

  it('leaves nothing of a card on the next one a worker draws', async () => {
    const crowded = { ...content, kicker: 'Rubrique '.repeat(8), title: 'Un titre bien plus long '.repeat(6) };
    const [, afterCrowded] = await drawInOneWorker(crowded, content);
    expect(afterCrowded!.equals(await draw(content))).toBe(true);
  });

  it('draws the same card whatever fonts the machine has, leaving out what its own fonts lack', async () => {
    const [plain, foreign] = await Promise.all([draw(content), draw({ ...content, title: 'Un titre Москва 🎉' })]);
    expect(foreign.equals(plain)).toBe(true);
  });

  it('draws the same card while other card workers start, as every build starts two or more', async () => {
    // Workers that registered the fonts themselves shifted the kicker of a card drawn meanwhile
    // by a fraction of a pixel (3 cards in 1,200), so two builds gave different card bytes.
    const news = { ...content, kicker: 'Actualité · Europe', title: 'Article numéro 23' };
    const expected = await draw(news);
    const drawer = new WorkerPool<CardContent, Uint8Array>(cardWorker, { size: 1, workerData, idleTimeout: 100 });
    const drawn: Buffer[] = [];
    let starting = true;
    const drawing = (async () => {
      while (starting) drawn.push(Buffer.from(await drawer.run(news).value));
    })();
    try {
      for (let index = 0; index < 60; index++) await draw({ ...content, title: `Un autre titre ${index}` });
    } finally {
      starting = false;
      await drawing;
    }
    expect(drawn.length).toBeGreaterThan(40);
    expect(drawn.filter((png) => !png.equals(expected)).length).toBe(0);
  }, 60_000);

  it('refuses to draw with fonts the starting thread did not register, rather than fall back', async () => {
    const pool = new WorkerPool<CardContent, Uint8Array>(cardWorker, {
      size: 1,
      workerData: { ...workerData, faces: [...workerData.faces, { family: workerData.faces[0]!.family, weight: 300 }] },
    });
    await expect(pool.run(content).value).rejects.toThrow(/not registered: .* 300/);
  });
});
