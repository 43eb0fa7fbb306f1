/**
 * What an article with pictures weighs in Chromium, at 360 and 1280 px (device pixel ratio 1):
 * everything but pictures (the budgeted first view), the pictures the browser picked from their
 * srcset, and the total once the page is read to the end. The
 * collection is one article with a 2400 × 1600 lead picture and two 2000 × 1333 body pictures,
 * made with sharp and grained like photographs. `npm run bench` reports it; `tsx bench/picture-weight.ts` prints it alone.
 */
import { launchBrowser } from '../tools/browser';
import { articleFile, buildFixture } from '../tools/build';
import { photo } from '../tools/pictures';
import { serveStatic } from '../tools/serve';

export interface PictureWeightRow {
  width: number;
  /** Bytes of everything but pictures: HTML, CSS, JS, fonts (what the first-view budget counts). */
  firstView: number;
  /** Bytes of the pictures the browser chose (srcset) once the page was read to the end. */
  pictures: number;
  /** Everything. */
  total: number;
}

const paragraph =
  'Depuis le début de l’invasion à grande échelle en Ukraine, Poutine s’est solidement établi comme l’un des partenaires les plus toxiques sur la scène politique mondiale.';

/** Build the collection and measure the article page at each width. */
export async function measurePictureWeight(widths = [360, 1280]): Promise<PictureWeightRow[]> {
  const build = await buildFixture({
    'photos/index.md': articleFile(
      `title: "Un article avec trois photos"\ndescription: "Pour peser les photos."\npubDate: "2026-11-20T08:00:00+01:00"\nkind: news\nsection: Europe\nsource:\n  name: exemple.info\n  url: https://exemple.info/\nimage:\n  src: ./une.jpg\n  alt: "Des collines"\n  credit: "Jeanne Martin"`,
      [
        paragraph,
        paragraph,
        '![Une foule](./foule.jpg "Photo : Paul Durand")',
        paragraph,
        '![Une place](./place.jpg "Photo : Paul Durand")',
        paragraph,
      ].join('\n\n'),
    ),
    'photos/une.jpg': await photo(2400, 1600, 200),
    'photos/foule.jpg': await photo(2000, 1333, 30),
    'photos/place.jpg': await photo(2000, 1333, 120),
  });
  if (build.code !== 0) throw new Error(build.output);
  const server = await serveStatic(build.outDir);
  const browser = await launchBrowser();
  const rows: PictureWeightRow[] = [];
  try {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const loads: Array<{ type: string; bytes: number }> = [];
      const sizes: Array<Promise<unknown>> = [];
      page.on('requestfinished', (request) => {
        sizes.push(
          request
            .sizes()
            .then(({ responseBodySize, responseHeadersSize }) =>
              loads.push({ type: request.resourceType(), bytes: responseBodySize + responseHeadersSize }),
            ),
        );
      });
      await page.goto(`${server.origin}/articles/photos/`, { waitUntil: 'networkidle' });
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 300) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      // Lazy pictures start loading as they near the viewport; give the last ones time to finish.
      await page.waitForTimeout(1500);
      await Promise.all(sizes);
      await page.close();
      const sum = (filter: (load: (typeof loads)[number]) => boolean) =>
        loads.filter(filter).reduce((total, load) => total + load.bytes, 0);
      rows.push({
        width,
        firstView: sum((load) => load.type !== 'image'),
        pictures: sum((load) => load.type === 'image'),
        total: sum(() => true),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await measurePictureWeight());
}
