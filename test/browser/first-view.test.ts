/** What a first visit really loads, measured in Chromium, against bench/budgets.ts. */
import { describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets';
import { seedSlug } from '../../tools/paths';
import { useServedSite } from '../helpers/served-site';
import { layoutShift } from '../helpers/layout-shift';

const site = useServedSite();

describe.each([
  ['article', `/articles/${seedSlug}/`],
  ['home', '/'],
])('the %s page’s first view', (_, path) => {
  it('fits the budget in requests, bytes and JavaScript, and never shifts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const loads: Array<{ url: string; type: string; bytes: number }> = [];
    page.on('requestfinished', async (request) => {
      const { responseBodySize } = await request.sizes();
      loads.push({ url: request.url(), type: request.resourceType(), bytes: responseBodySize });
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (event) => w.__csp.push(event.violatedDirective));
    });
    await page.coverage.startJSCoverage();
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    const shift = await layoutShift(page);
    const coverage = await page.coverage.stopJSCoverage();
    // The share bar's script and every inline style must match the page's CSP hashes.
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    // The first view is what the page asks for before its load event: what it imports from its
    // load handler (src/client/after-load.ts, the service worker) comes after, on the page's own clock.
    const { encoding, later } = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        encoding: navigation.encodedBodySize,
        later: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime >= navigation.loadEventStart)
          .map((entry) => entry.name),
      };
    });
    await context.close();

    const firstView = loads.filter((load) => load.type !== 'image' && !later.includes(load.url));
    const bytes = firstView.reduce((sum, load) => sum + load.bytes, 0);
    console.log(
      `${path}: ${firstView.length} requests, ${bytes} B transferred (HTML ${encoding} B), ${coverage.length} scripts`,
    );
    expect(firstView.length).toBeLessThanOrEqual(budgets.firstViewRequests);
    expect(bytes).toBeLessThanOrEqual(
      path.startsWith('/articles/') ? budgets.articleFirstViewBrotli : budgets.firstViewBrotli,
    );
    expect(firstView.filter((load) => load.type === 'font')).toEqual([]);
    // Whatever runs is inline in the page (its size is budgeted in test/site/budgets.test.ts), but
    // for what the page imports after its load event (src/client/after-load.ts).
    expect(
      coverage
        .map((script) => script.url)
        .filter((url) => url !== site.server.origin + path && !/\/_astro\/after-load-[\w-]+\.js$/.test(url)),
    ).toEqual([]);
    expect(shift).toBe(0);
    expect(violations).toEqual([]);
  });
});

describe('the article without JavaScript', () => {
  it('is read in full', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/articles/${seedSlug}/`);
    expect(await page.locator('.article-body > p').count()).toBe(7);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    await context.close();
  });
});
