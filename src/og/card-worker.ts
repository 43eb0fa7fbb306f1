/**
 * A worker thread that turns card contents into PNG bytes: satori lays the card out as SVG, resvg
 * rasterises it and encode-png.ts writes the PNG, all off the build's main thread, which keeps rendering pages.
 * Node runs this file itself (type stripping), not Vite: imports carry their `.ts` extension and
 * the fonts arrive as `workerData` from src/og/render-card.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree } from './card.ts';
import { encodePng } from './encode-png.ts';
import type { CardContent } from './card.ts';

export interface CardFont {
  name: string;
  data: Uint8Array;
  weight: 400 | 600 | 700;
  style: 'normal';
}

export interface CardRequest {
  id: number;
  content: CardContent;
}

export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

// One array for every card: satori caches parsed fonts by identity.
const fonts = (workerData as { fonts: CardFont[] }).fonts.map((font) => ({
  ...font,
  data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

async function render(content: CardContent): Promise<Uint8Array> {
  const svg = await satori(cardTree(content) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Characters outside the fonts (emoji, other scripts) are left out rather than fetched.
    loadAdditionalAsset: () => Promise.resolve([]),
  });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

async function reply({ id, content }: CardRequest): Promise<void> {
  try {
    const png = await render(content);
    // Copied, not transferred: resvg's buffer lives outside the JavaScript heap.
    parentPort!.postMessage({ id, png } satisfies CardReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CardReply);
  }
}

parentPort!.on('message', (request: CardRequest) => void reply(request));
