/** A built site served as it is deployed (see hosts.ts) and a Chromium to visit it, for one test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/browser';
import { hostNames, startHost, type Host, type HostName } from './hosts';
import { distDir } from '../../tools/paths';

export interface ServedSite {
  server: Host;
  browser: Browser;
}

/**
 * Start both before the file's tests and stop them after; `dir()` is read when they start. The
 * host defaults to nginx where it can run, else Cloudflare's runtime.
 */
export function useServedSite(dir: () => string = () => distDir, host: HostName = hostNames[0]!): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    [site.server, site.browser] = await Promise.all([startHost(host, dir()), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
