/** A built site served on 127.0.0.1 and a Chromium to visit it, for the tests of one file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { distDir } from './paths';
import { serveStatic, type StaticServer } from './serve';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

/** Start both before the file's tests and stop them after; `dir()` is read when they start. */
export function useServedSite(dir: () => string = () => distDir): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serveStatic(dir());
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
