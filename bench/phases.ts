import { stripVTControlCharacters } from 'node:util';

/**
 * Where a build's time goes, from its own log: Astro's lines (content sync, one line per page
 * written, the sitemap) and liseuse's (search index, precompression), each stamped by bench/measure-build.ts
 * with the millisecond it was printed. Phases are wall time: work done in the background (preview
 * cards drawn by worker threads while pages render) counts where the build waits for it.
 */

/** A chunk of the build's output and when it was printed, in ms since the build started. */
export interface LogEvent {
  ms: number;
  text: string;
}

export const PHASES = [
  'content sync',
  'bundle',
  'pages',
  'cards',
  'listings',
  'feeds',
  'listing feeds',
  'other routes',
  'sitemap',
  'search index',
  'precompression',
] as const;
export type Phase = (typeof PHASES)[number];
export type Phases = Record<Phase, number>;

/** Which phase writing the file at `path` (as Astro logs it) belongs to. */
export function phaseOfPath(path: string): Phase {
  if (/^\/(articles|blog)\/|^\/404\.html$/.test(path)) return 'pages';
  if (/^\/og\/|^\/social-card\.png$/.test(path)) return 'cards';
  if (/^\/(rubriques|tags|sources)\/.*\/(rss\.xml|atom\.xml|feed\.json)\/?$/.test(path)) return 'listing feeds';
  if (/^\/(index\.html|page\/|rubriques\/|tags\/|sources\/)/.test(path)) return 'listings';
  if (/^\/(rss\.xml|atom\.xml|feed\.json|abonnements\.opml)$/.test(path)) return 'feeds';
  return 'other routes';
}

const PAGE = /[├└]─ (\/\S+)/g;
// ANSI colour codes would split the markers below.
const plain = (text: string) => stripVTControlCharacters(text);

/**
 * Split a build into phases. Route generation is cut at each page's start: the time up to the
 * next event goes to the phase of the page started last, so the phases add up to the build's
 * wall time, and a phase's pages rendered two at a time (build.concurrency) count once.
 */
export function phasesOf(events: readonly LogEvent[]): Phases {
  const phases = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Phases;
  const find = (pattern: RegExp, from = 0) => {
    const index = events.findIndex((event, i) => i >= from && pattern.test(plain(event.text)));
    return index < 0 ? undefined : index;
  };
  const at = (index: number | undefined) => (index === undefined ? undefined : events[index]!.ms);
  const syncStart = at(find(/Syncing content/));
  const syncEnd = at(find(/Synced content/));
  if (syncStart !== undefined && syncEnd !== undefined) phases['content sync'] = syncEnd - syncStart;
  const generating = find(/generating static routes/);
  const generated = generating === undefined ? undefined : find(/Completed in/, generating);
  if (generating === undefined || generated === undefined) return phases;
  phases.bundle = events[generating]!.ms - (syncEnd ?? 0);

  let current: Phase = 'other routes';
  let since = events[generating]!.ms;
  for (const event of events.slice(generating, generated + 1)) {
    const starts = [...plain(event.text).matchAll(PAGE)];
    if (!starts.length) continue;
    phases[current] += event.ms - since;
    since = event.ms;
    current = phaseOfPath(starts.at(-1)![1]!);
  }
  phases[current] += events[generated]!.ms - since;

  const sitemap = find(/\[@astrojs\/sitemap\]/, generated);
  phases.sitemap = sitemap === undefined ? 0 : events[sitemap]!.ms - events[generated]!.ms;
  // Then liseuse's last steps, in the order astro.config.mjs lists them: each from the one before.
  const last: Array<[Phase, number | undefined]> = [
    ['search index', find(/\[liseuse:search-index\]/, generated)],
    ['precompression', find(/\[liseuse:deploy-files\]/, generated)],
  ];
  let previous = at(sitemap) ?? events[generated]!.ms;
  for (const [phase, index] of last.filter(([, index]) => index !== undefined).sort((a, b) => a[1]! - b[1]!)) {
    phases[phase] = events[index!]!.ms - previous;
    previous = events[index!]!.ms;
  }
  return phases;
}
