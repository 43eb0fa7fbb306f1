/** Chromium on /recherche/: waiting for the page to answer its query. */
import type { Page } from 'playwright-core';

/** Wait until the page has answered the query it is running. */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => !/^Recherche de/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
  return page.locator('[role="status"]').innerText();
}
