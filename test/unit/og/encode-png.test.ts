import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import satori from 'satori';
import { cardTree } from '../../../src/og/card';
import { encodePng } from '../../../src/og/encode-png';
import type { CardReply } from '../../../src/og/card-worker';

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

  it('refuses pixels that do not fill the image', () => {
    expect(() => encodePng(Buffer.alloc(10), 3, 2)).toThrow(/expected 24 bytes/);
  });
});

describe('the card worker', () => {
  it('draws a 1200×630 PNG under 300 KB, pixel for pixel what resvg renders', async () => {
    const font = (path: string) => readFile(new URL(`../../../node_modules/@fontsource/${path}`, import.meta.url));
    const fonts: Array<{ name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }> = [
      {
        name: 'Source Serif 4',
        data: await font('source-serif-4/files/source-serif-4-latin-700-normal.woff'),
        weight: 700,
        style: 'normal',
      },
      {
        name: 'Source Sans 3',
        data: await font('source-sans-3/files/source-sans-3-latin-400-normal.woff'),
        weight: 400,
        style: 'normal',
      },
      {
        name: 'Source Sans 3',
        data: await font('source-sans-3/files/source-sans-3-latin-600-normal.woff'),
        weight: 600,
        style: 'normal',
      },
    ];
    const worker = new Worker(new URL('../../../src/og/card-worker.ts', import.meta.url), { workerData: { fonts } });
    try {
      const content = {
        siteName: 'liseuse',
        kicker: 'Opinion · Europe',
        title: 'Un titre',
        date: '1er mars 2026',
        source: 'Source : x',
      };
      const reply = await new Promise<CardReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, content });
      });
      if (!('png' in reply)) throw new Error(reply.error);
      const png = Buffer.from(reply.png);
      expect(png.byteLength).toBeLessThan(300 * 1024);
      const { width, height, rgba } = decode(png);
      expect([width, height]).toEqual([1200, 630]);
      const svg = await satori(cardTree(content) as Parameters<typeof satori>[0], {
        width: 1200,
        height: 630,
        fonts,
      });
      const expected = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().pixels;
      expect(rgba.equals(expected)).toBe(true);
      // Not blank: the title's ink is there.
      expect(new Set(rgba).size).toBeGreaterThan(10);
    } finally {
      await worker.terminate();
    }
  });
});
