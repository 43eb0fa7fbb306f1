/**
 * Every page type as readers receive it: served by real nginx with deploy/nginx.conf and by
 * Cloudflare's runtime applying dist/_headers, opened in Chromium in both themes at phone and
 * desktop widths. The page's `<meta>` policy and the server's header policy both apply there, so
 * a style or script one of them blocks shows up as a CSP violation and an unstyled page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveFiles } from '../helpers/archive';
import { launchBrowser } from '../../tools/browser';
import { buildFixture } from '../../tools/build';
import { hostNames, startHost, type Host } from '../helpers/hosts';
import { distDir, seedSlug } from '../../tools/paths';
import { palette } from '../../src/styles/theme';
import { cssRgb } from '../helpers/theme';

const realSite = {
  name: 'the real site',
  dir: () => Promise.resolve(distDir),
  pages: {
    home: '/',
    article: `/articles/${seedSlug}/`,
    section: '/rubriques/international/',
    tag: '/tags/russie/',
    source: '/sources/attuale-info/',
    sources: '/sources/',
    search: '/recherche/',
    'not found': '/nexiste-pas/',
  },
};

const archive = {
  name: 'a 45-article archive',
  dir: async () => {
    const build = await buildFixture(archiveFiles(45));
    if (build.code !== 0) throw new Error(build.output);
    return build.outDir;
  },
  pages: {
    home: '/',
    'home, page 2': '/page/2/',
    article: '/articles/article-44/',
    section: '/rubriques/europe/',
    'section, page 3': '/rubriques/europe/page/3/',
    tag: '/tags/climat/',
    'tag, page 2': '/tags/energie/page/2/',
    'source, page 2': '/sources/exemple-info/page/2/',
    search: '/recherche/',
    'not found': '/articles/nexiste-pas/',
  },
};

const widths = [360, 1280] as const;
const views = (['light', 'dark'] as const).flatMap((scheme) => widths.map((width) => [scheme, width] as const));

interface Visit {
  page: Page;
  status: number | undefined;
  /** CSP violations as the page's document reported them. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

async function visit(browser: Browser, url: string, scheme: 'light' | 'dark', width: number): Promise<Visit> {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__csp.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, status: response?.status(), violations, errors };
}

describe.each([realSite, archive])('$name', (site) => {
  describe.each(hostNames)('served by %s', (hostName) => {
    let host: Host;
    let browser: Browser;
    beforeAll(async () => {
      [host, browser] = await Promise.all([site.dir().then((dir) => startHost(hostName, dir)), launchBrowser()]);
    }, 240_000);
    afterAll(async () => {
      await browser?.close();
      await host?.stop();
    });

    describe.each(Object.entries(site.pages))('the %s page', (name, path) => {
      it.each(views)(
        'in %s at %i px is styled, with no CSP violation, console error or axe violation',
        async (scheme, width) => {
          const { page, status, violations, errors } = await visit(browser, host.origin + path, scheme, width);
          try {
            expect(status).toBe(name === 'not found' ? 404 : 200);
            expect(violations).toEqual([]);
            // The 404 page's own status is reported as a failed resource load; nothing else may fail.
            expect(errors.filter((text) => !(name === 'not found' && /status of 404/.test(text)))).toEqual([]);
            const body = await page.evaluate(() => {
              const style = getComputedStyle(document.body);
              return { background: style.backgroundColor, text: style.color, font: style.fontFamily };
            });
            // A page without its stylesheet has the browser's colours and font instead of the theme's.
            // (Vitest types its asymmetric matchers as `any`; as `unknown` it checks the same.)
            const charter: unknown = expect.stringMatching(/^Charter,/);
            expect(body).toEqual({
              background: cssRgb(palette[scheme].bg),
              text: cssRgb(palette[scheme].text),
              font: charter,
            });
            // The layout applies too: the main column keeps to its measure on a wide screen.
            const column = await page
              .locator('main')
              .evaluate((main) => main.firstElementChild!.getBoundingClientRect().width);
            expect(column).toBeLessThan(width === 1280 ? 1100 : 361);
            const { violations: axe } = await new AxeBuilder({ page }).analyze();
            expect(axe.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
          } finally {
            await page.context().close();
          }
        },
      );
    });

    it('runs the share script on the article: its buttons appear and copy the link', async () => {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(host.origin + site.pages.article);
      await page.getByRole('button', { name: 'Copier le lien' }).click();
      expect(await page.getByRole('status').innerText()).toBe('Lien copié.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator('link[rel="canonical"]').getAttribute('href'),
      );
      await context.close();
    });
  });
});
