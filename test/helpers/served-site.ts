/** A built site served as it is deployed (see hosts.ts) and a Chromium to visit it, for one test file or block. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/browser';
import { hostNames, startHost, type Host, type HostName } from './hosts';
import { buildFixture } from '../../tools/build';
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

export interface BuiltFixture {
  /** The fixture's dist/. */
  dir: string;
  browser: Browser;
}

/** Build a fixture collection (see tools/build.ts) and launch Chromium before the file's tests; close it after. */
export function useBuiltFixture(files: Record<string, string | Uint8Array>): BuiltFixture {
  const fixture = {} as BuiltFixture;
  beforeAll(async () => {
    const [build, browser] = await Promise.all([buildFixture(files), launchBrowser()]);
    if (build.code !== 0) throw new Error(build.output);
    Object.assign(fixture, { dir: build.outDir, browser });
  }, 180_000);
  afterAll(() => fixture.browser?.close());
  return fixture;
}

/** Serve `dir()` as host `name` before the enclosing block's tests, and stop it after; `origin` once started. */
export function useHost(name: HostName, dir: () => string): Pick<Host, 'origin' | 'dir'> {
  let host: Host | undefined;
  beforeAll(async () => {
    host = await startHost(name, dir());
  }, 120_000);
  afterAll(() => host?.stop());
  return {
    get origin() {
      return host!.origin;
    },
    get dir() {
      return host!.dir;
    },
  };
}
