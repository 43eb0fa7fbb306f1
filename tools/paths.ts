/** Where the tests, the benchmark and the scripts find the project, the built site and the seed. */
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
/** The publisher's text as it was handed to liseuse (see test/fixtures/seed/README.md). */
export const seedFile = fileURLToPath(new URL('../test/fixtures/seed/article-fr.txt', import.meta.url));
/** Id (and URL slug) of the seed article in `content/articles/`. */
export const seedSlug = 'poutine-kim-jong-un-armes-regimes-parias';
