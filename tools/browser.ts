/**
 * The Chromium of the tests, the benchmark and the screenshots. `@sparticuz/chromium` ships the
 * binary inside its npm package, so `npm ci` brings it; `CHROME_PATH` points at another build on
 * other platforms. Its `args` are deliberately NOT used: they are serverless flags
 * (`--disable-web-security`, `--single-process`) that would void the security tests.
 * playwright-core's defaults are right here.
 */
import { chromium, type Browser } from 'playwright-core';

/** Where the Chromium binary is: `CHROME_PATH`, else the one in `@sparticuz/chromium`. */
export async function chromiumPath(): Promise<string> {
  return process.env.CHROME_PATH || (await import('@sparticuz/chromium')).default.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath() });
}
