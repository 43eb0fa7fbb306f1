// Values astro.config.mjs defines for the build (vite `define`), typed for the code that reads them.
interface ImportMetaEnv {
  /** The card worker's file URL: src/og/card-worker.ts, from the sources. */
  readonly LISEUSE_CARD_WORKER: string;
}
