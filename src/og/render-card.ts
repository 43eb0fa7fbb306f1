/**
 * Render a social preview card to PNG at build time, offline: fonts come from @fontsource
 * packages, inlined by Vite. Cards are rendered by a pool of worker threads (card-worker.ts), and
 * cached on disk by content hash, so a rebuild re-renders only the cards whose content or design
 * changed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import serifLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2?inline';
import serifLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff2?inline';
import sansLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?inline';
import sansLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?inline';
import sansSemiboldLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?inline';
import sansSemiboldLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?inline';
import serifVietnamese from '@fontsource/source-serif-4/files/source-serif-4-vietnamese-700-normal.woff2?inline';
import sansVietnamese from '@fontsource/source-sans-3/files/source-sans-3-vietnamese-400-normal.woff2?inline';
import sansSemiboldVietnamese from '@fontsource/source-sans-3/files/source-sans-3-vietnamese-600-normal.woff2?inline';
import sansCss from '@fontsource/source-sans-3/400.css?raw';
import cardSource from './card.ts?raw';
import workerSource from './card-worker.ts?raw';
import fontsSource from './card-fonts.ts?raw';
import encoderSource from './encode-png.ts?raw';
import themeSource from '../styles/theme.ts?raw';
import { CARD_FAMILIES, fontsourceRange, undrawable, unicodeRangeTest, type CardContent } from './card';
import { cardWorkerData, registerCardFonts, type CardFont } from './card-fonts';
import { sha256, writeAtomicallySync } from '../cache-files';
import { WorkerPool } from '../worker-pool';
import { site } from '../site';

const fromDataUrl = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

// A subset's characters are the same for every family and weight.
const latin = fontsourceRange(sansCss, 'source-sans-3-latin-400-normal');
const latinExt = fontsourceRange(sansCss, 'source-sans-3-latin-ext-400-normal');
const vietnamese = fontsourceRange(sansCss, 'source-sans-3-vietnamese-400-normal');

/**
 * Latin, Latin Extended (Turkish, Polish… names) and Vietnamese ("Hà Nội"); other scripts are
 * left out of cards, with a warning.
 */
const fontFiles = [
  [CARD_FAMILIES.serif, 700, serifLatin, latin],
  [CARD_FAMILIES.serif, 700, serifLatinExt, latinExt],
  [CARD_FAMILIES.serif, 700, serifVietnamese, vietnamese],
  [CARD_FAMILIES.sans, 400, sansLatin, latin],
  [CARD_FAMILIES.sans, 400, sansLatinExt, latinExt],
  [CARD_FAMILIES.sans, 400, sansVietnamese, vietnamese],
  [CARD_FAMILIES.sans, 600, sansSemiboldLatin, latin],
  [CARD_FAMILIES.sans, 600, sansSemiboldLatinExt, latinExt],
  [CARD_FAMILIES.sans, 600, sansSemiboldVietnamese, vietnamese],
] as const;

const fonts: CardFont[] = fontFiles.map(([family, weight, file, range]) => ({
  family,
  weight,
  data: fromDataUrl(file),
  unicodeRange: range,
}));
/** What the card workers draw (card-worker.ts), to name what they leave out. */
const covers = unicodeRangeTest(fonts.map(({ unicodeRange }) => unicodeRange));

/** Changes whenever the design (card.ts, its colours, the worker, the encoder) or the fonts change, so stale cache entries are never used. */
const designHash = sha256(
  cardSource,
  themeSource,
  workerSource,
  encoderSource,
  fontsSource,
  fontFiles.flat().join('\n'),
);

const cacheDir = join(site.cacheDir, 'liseuse-cards');

registerCardFonts(fonts);
/** Node runs the worker file from the sources; astro.config.mjs tells the bundle where it is. */
const pool = new WorkerPool<CardContent, Uint8Array>(new URL(String(import.meta.env.LISEUSE_CARD_WORKER)), {
  workerData: cardWorkerData(fonts),
  // Idle workers end, so what they hold goes back before the build's busiest end (listing feeds,
  // compression): 900 cards left 350 MB in the process, 270 MB once the workers had ended.
  idleTimeout: 1000,
});

const keyOf = (content: CardContent) => sha256(designHash, JSON.stringify(content));

/**
 * Synchronous, as the read in renderCard: see there. The folder is made when the first write finds
 * it missing, not before each of a cold build's 10,000 cards.
 */
function saveCard(file: string, bytes: Buffer): void {
  try {
    writeAtomicallySync(file, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(cacheDir, { recursive: true });
    writeAtomicallySync(file, bytes);
  }
}

/** Renders under way, so every page that needs the same card shares one render. */
const inFlight = new Map<string, { png: Promise<Buffer>; hurry: () => void }>();

function start(key: string, content: CardContent, background: boolean) {
  // Said when the card is drawn, so once: a title in Arabic or Chinese gets a card without it.
  const missing = [
    ...new Set([content.kicker, content.title, content.source].flatMap((text) => undrawable(text, covers))),
  ];
  if (missing.length > 0) {
    console.warn(
      `\npreview card "${content.title}": its fonts have no ${missing.slice(0, 10).join(' ')}${missing.length > 10 ? ' …' : ''}, left out of the card`,
    );
  }
  const render = pool.run(content, { background });
  const png = render.value
    .then(
      (pixels) => {
        const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
        saveCard(join(cacheDir, `${key}.png`), bytes);
        return bytes;
      },
      (error: Error) => {
        throw new Error(`preview card "${content.title}": ${error.message}`);
      },
    )
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
    // One synchronous call: a promise of fs/promises takes four trips through libuv's thread
    // pool, each slower while the workers keep the cores busy drawing the other cards.
    return readFileSync(join(cacheDir, `${key}.png`));
  } catch {
    return (inFlight.get(key) ?? start(key, content, false)).png;
  }
}

/**
 * Start rendering, in the background, the cards missing from the cache, so the workers draw them
 * while the main thread renders pages; renderCard() then finds them done or under way.
 */
export function prepareCards(contents: readonly CardContent[]): void {
  // One listing of the cache, not one look-up per card: 10,000 of them took 0.25 s of a publish.
  void readdir(cacheDir)
    .catch(() => [])
    .then((files) => {
      const cached = new Set(files);
      for (const content of contents) {
        const key = keyOf(content);
        // A failed render is reported by the page that needs the card, with its title.
        if (!inFlight.has(key) && !cached.has(`${key}.png`)) start(key, content, true).png.catch(() => {});
      }
    })
    // Drawing ahead only saves time: whatever went wrong, each page asks for its card again.
    .catch(() => {});
}
