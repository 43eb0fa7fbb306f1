/** Chromium pages that record what a reader would not want to happen. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** A page in a fresh context that records what a reader would not want to happen. */
export interface Watched {
  page: Page;
  /** CSP violations the document reported. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that left the site's origin. */
  offsite: string[];
  /** alert(), confirm() and prompt() calls. */
  dialogs: string[];
  /** Every URL requested, in order. */
  requests: string[];
}

/** Open a context on `origin` that records CSP violations, errors, dialogs and requests. */
export async function watchedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  const watched: Watched = { page, violations: [], errors: [], offsite: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    (message.text().startsWith('CSP violation') ? watched.violations : watched.errors).push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    watched.requests.push(request.url());
    if (!request.url().startsWith(origin)) watched.offsite.push(request.url());
  });
  return watched;
}
