/**
 * A worker thread that turns card contents into PNG bytes: card.ts lays the card out, a Skia
 * canvas (@napi-rs/canvas) draws it with the fonts the starting thread registered (card-fonts.ts),
 * and encode-png.ts writes the PNG, all off the build's main thread, which keeps rendering pages.
 * Node runs this file itself (type stripping), not Vite: imports carry their `.ts` extension.
 */
import { workerData } from 'node:worker_threads';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD_HEIGHT, CARD_WIDTH, cardDrawing, unicodeRangeTest, type CardContent, type CardFace } from './card.ts';
import { assertCardFonts, type CardWorkerData } from './card-fonts.ts';
import { encodePng } from './encode-png.ts';
import { serveRequests } from '../worker-pool.ts';

const { unicodeRanges, faces } = workerData as CardWorkerData;
assertCardFonts(faces);
const covers = unicodeRangeTest(unicodeRanges);

function setFace(context: SKRSContext2D, { family, weight, size, letterSpacing }: CardFace): void {
  context.font = `${weight} ${size}px "${family}"`;
  context.letterSpacing = `${letterSpacing}px`;
}

// One canvas for every card of this worker: a new one each time left the garbage collector
// hundreds of megabytes of pixels behind at 10,000 cards. Each card paints it whole.
const context = createCanvas(CARD_WIDTH, CARD_HEIGHT).getContext('2d');

function render(content: CardContent): Uint8Array {
  // The canvas records drawings and replays them when its pixels are read. A clear of the whole
  // canvas, with no transform, clip or saved state, also drops the recordings of the cards drawn
  // before, which it otherwise keeps for as long as it lives.
  context.clearRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  const measure = (text: string, face: CardFace) => {
    setFace(context, face);
    return context.measureText(text).width;
  };
  const { rects, texts } = cardDrawing(content, measure, covers);
  for (const { x, y, width, height, color } of rects) {
    context.fillStyle = color;
    context.fillRect(x, y, width, height);
  }
  for (const { text, x, y, align, face, color } of texts) {
    setFace(context, face);
    context.textAlign = align;
    context.fillStyle = color;
    context.fillText(text, x, y);
  }
  const { data } = context.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT);
  const png = encodePng(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), CARD_WIDTH, CARD_HEIGHT);
  // Free the 3 MB of pixels now, not at a garbage collection, which a worker's small heap seldom
  // needs: with the rows buffer that encodePng keeps, drawing 900 cards took 23 % less CPU time
  // and peaked 75 MB lower (bench/card-workers.ts).
  (data.buffer as ArrayBuffer).transfer(0);
  return png;
}

serveRequests(render);
