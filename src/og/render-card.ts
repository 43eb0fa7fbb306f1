/**
 * Render a social preview card to PNG at build time, offline: fonts come from @fontsource
 * packages, inlined by Vite. Cards are rendered by a pool of worker threads (card-pool.ts), and
 * cached on disk by content hash, so a rebuild re-renders only the cards whose content or design
 * changed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import serifBold from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff?inline';
import sansRegular from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff?inline';
import sansSemibold from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff?inline';
import cardSource from './card.ts?raw';
import workerSource from './card-worker.ts?raw';
import encoderSource from './encode-png.ts?raw';
import themeSource from '../styles/theme.ts?raw';
import type { CardContent } from './card';
import { CardPool } from './card-pool';
import type { CardFont } from './card-worker';
import { site } from '../site';

const fromDataUrl = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

const fonts: CardFont[] = [
  { name: 'Source Serif 4', data: fromDataUrl(serifBold), weight: 700, style: 'normal' },
  { name: 'Source Sans 3', data: fromDataUrl(sansRegular), weight: 400, style: 'normal' },
  { name: 'Source Sans 3', data: fromDataUrl(sansSemibold), weight: 600, style: 'normal' },
];

/** Changes whenever the design (card.ts, its colours, the worker, the encoder) or the fonts change, so stale cache entries are never used. */
const designHash = createHash('sha256')
  .update(cardSource)
  .update(themeSource)
  .update(workerSource)
  .update(encoderSource)
  .update(serifBold)
  .update(sansRegular)
  .update(sansSemibold)
  .digest('hex');

const cacheDir = join(site.cacheDir, 'liseuse-cards');

/** Node runs the worker file from the sources; astro.config.mjs tells the bundle where it is. */
const pool = new CardPool(new URL(String(import.meta.env.LISEUSE_CARD_WORKER)), fonts);

const keyOf = (content: CardContent) =>
  createHash('sha256').update(designHash).update(JSON.stringify(content)).digest('hex');

/** Renders under way, so every page that needs the same card shares one render. */
const inFlight = new Map<string, { png: Promise<Buffer>; hurry: () => void }>();

function start(key: string, content: CardContent, background: boolean) {
  const render = pool.render(content, { background });
  const png = render.png
    .then(async (bytes) => {
      await mkdir(cacheDir, { recursive: true });
      // Write then rename, so another build sharing the cache never reads half a file.
      const file = join(cacheDir, `${key}.png`);
      const temporary = `${file}.${process.pid}.${randomUUID()}`;
      await writeFile(temporary, bytes);
      await rename(temporary, file);
      return bytes;
    })
    .finally(() => inFlight.delete(key));
  const entry = { png, hurry: render.hurry };
  inFlight.set(key, entry);
  return entry;
}

/** The card as PNG bytes, from the cache when this exact card was rendered before. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const key = keyOf(content);
  const running = inFlight.get(key);
  if (running) {
    running.hurry();
    return running.png;
  }
  try {
    return await readFile(join(cacheDir, `${key}.png`));
  } catch {
    return (inFlight.get(key) ?? start(key, content, false)).png;
  }
}

/**
 * Start rendering, in the background, the cards missing from the cache, so the workers draw them
 * while the main thread renders pages; renderCard() then finds them done or under way.
 */
export function prepareCards(contents: readonly CardContent[]): void {
  for (const content of contents) {
    const key = keyOf(content);
    if (inFlight.has(key)) continue;
    access(join(cacheDir, `${key}.png`)).catch(() => {
      // A failed render is reported by the page that needs the card, with its title.
      if (!inFlight.has(key)) start(key, content, true).png.catch(() => {});
    });
  }
}
