/**
 * Lighthouse (mobile preset) on the home, article and search pages of a site served on
 * 127.0.0.1; the search page is audited opened with a query, as a shared search link opens it.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tools/browser';
import { serveStatic } from '../tools/serve';

export interface LighthouseRow {
  type: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  /** Cumulative layout shift: how far what the reader sees moved while the page loaded. */
  cls: number;
  failed: string[];
}

export type Scores = Omit<LighthouseRow, 'type'>;

/** A Chromium for Lighthouse (the tests' own build of it) and a way to audit one URL. */
export async function openLighthouse(): Promise<{ audit(url: string): Promise<Scores>; close(): void }> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories, audits } = result!.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        failed: Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id),
      };
    },
    close: () => chrome.kill(),
  };
}

/** The search page as a shared search link opens it: the query runs as the page loads. */
export const SEARCH_WITH_QUERY = '/recherche/?q=coree';

export async function lighthouseRows(siteDir: string, port: number, articlePath: string): Promise<LighthouseRow[]> {
  const server = await serveStatic(siteDir, port);
  const lighthouse = await openLighthouse();
  const rows: LighthouseRow[] = [];
  try {
    for (const [type, path] of [
      ['home', '/'],
      ['article', articlePath],
      ['search, with a query', SEARCH_WITH_QUERY],
    ] as const) {
      rows.push({ type, ...(await lighthouse.audit(`http://127.0.0.1:${port}${path}`)) });
    }
  } finally {
    lighthouse.close();
    await server.close();
  }
  return rows;
}

export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  return `## Lighthouse (mobile preset, simulated throttling)

| page | performance | accessibility | best practices | SEO | LCP (simulated) | CLS |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.type} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${(row.lcpMs / 1000).toFixed(2)} s | ${row.cls.toFixed(3)} |`).join('\n')}
${rows.some((row) => row.failed.length) ? `\nFailed audits: ${rows.map((row) => `${row.type}: ${row.failed.join(', ') || 'none'}`).join('; ')}\n` : ''}`;
}
