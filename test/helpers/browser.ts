/**
 * Launch the tests' Chromium. `@sparticuz/chromium` ships the binary inside its npm package, so
 * `npm ci` brings it; `CHROME_PATH` points at another build on other platforms. Its `args` are
 * deliberately NOT used: they are serverless flags (`--disable-web-security`, `--single-process`)
 * that would void the security tests. playwright-core's defaults are right here.
 */
import { chromium, type Browser } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  const executablePath =
    process.env.CHROME_PATH || (await (await import('@sparticuz/chromium')).default.executablePath());
  return chromium.launch({ executablePath });
}
