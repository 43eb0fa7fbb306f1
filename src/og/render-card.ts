/**
 * Render a social preview card to PNG at build time, offline: fonts come from @fontsource
 * packages, inlined by Vite. Rendered PNGs are cached on disk by content hash, so a rebuild
 * re-renders only the cards whose content or design changed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import serifBold from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff?inline';
import sansRegular from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff?inline';
import sansSemibold from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff?inline';
import cardSource from './card.ts?raw';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardContent } from './card';
import { site } from '../site';

const fromDataUrl = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

const fonts = [
  { name: 'Source Serif 4', data: fromDataUrl(serifBold), weight: 700, style: 'normal' },
  { name: 'Source Sans 3', data: fromDataUrl(sansRegular), weight: 400, style: 'normal' },
  { name: 'Source Sans 3', data: fromDataUrl(sansSemibold), weight: 600, style: 'normal' },
] as const;

/** Changes whenever the design (card.ts) or the fonts change, so stale cache entries are never used. */
const designHash = createHash('sha256')
  .update(cardSource)
  .update(serifBold)
  .update(sansRegular)
  .update(sansSemibold)
  .digest('hex');

const cacheDir = join(site.cacheDir, 'liseuse-cards');

async function render(content: CardContent): Promise<Buffer> {
  const svg = await satori(cardTree(content) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [...fonts],
    // Characters outside the fonts (emoji, other scripts) are left out rather than fetched.
    loadAdditionalAsset: async () => [],
  });
  // Rasterised on libuv's thread pool, so pages keep rendering meanwhile (see build.concurrency).
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } })).asPng();
}

/** Renders under way, so pages rendered in parallel that need the same card share one render. */
const inFlight = new Map<string, Promise<Buffer>>();

/** The card as PNG bytes, from the cache when this exact card was rendered before. */
export function renderCard(content: CardContent): Promise<Buffer> {
  const key = createHash('sha256').update(designHash).update(JSON.stringify(content)).digest('hex');
  let png = inFlight.get(key);
  if (!png) {
    png = cachedRender(key, content).finally(() => inFlight.delete(key));
    inFlight.set(key, png);
  }
  return png;
}

async function cachedRender(key: string, content: CardContent): Promise<Buffer> {
  const file = join(cacheDir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await render(content);
    await mkdir(cacheDir, { recursive: true });
    // Write then rename, so another build sharing the cache never reads half a file.
    const temporary = `${file}.${process.pid}.${randomUUID()}`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return png;
  }
}
