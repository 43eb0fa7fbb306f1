import { describe, expect, it } from 'vitest';
import { searchQueue } from '../../../src/lib/search-queue';

/** A search whose answers the test gives by hand, with the requests it was run for. */
function fakeSearch() {
  const runs: string[] = [];
  const pending: ((hits: string[]) => void)[] = [];
  const failing = new Set<string>();
  const search = searchQueue(
    (query: string) => query,
    (query: string) => {
      runs.push(query);
      if (failing.has(query)) return Promise.reject(new Error(`offline: ${query}`));
      return new Promise<string[]>((resolve) => pending.push(resolve));
    },
    [] as string[],
  );
  /** Answer the search running, once it has started. */
  const answer = async (hits: string[]) => {
    await expect.poll(() => pending.length).toBeGreaterThan(0);
    pending.shift()!(hits);
  };
  return { search, runs, answer, failing };
}

describe('the search page’s queue of searches', () => {
  it('runs one search at a time, the next once the one before is done, even if it failed', async () => {
    const { search, runs, answer, failing } = fakeSearch();
    failing.add('corée');
    const failed = search('corée');
    const first = search('russie');
    const second = search('ukraine');
    await expect(failed).rejects.toThrow('offline: corée');
    await expect.poll(() => runs).toEqual(['corée', 'russie']);
    await answer(['a']);
    expect(await first).toEqual(['a']);
    await expect.poll(() => runs).toEqual(['corée', 'russie', 'ukraine']);
    await answer(['b']);
    expect(await second).toEqual(['b']);
  });

  it('skips the searches typed ahead that a later one replaced before their turn', async () => {
    const { search, runs, answer } = fakeSearch();
    const running = search('cor', true);
    await expect.poll(() => runs).toEqual(['cor']);
    const stale = search('coré', true);
    const typed = search('corée', true);
    await answer(['a']);
    await answer(['b']);
    expect(await running).toEqual(['a']);
    expect(await stale).toEqual([]);
    expect(await typed).toEqual(['b']);
    expect(runs).toEqual(['cor', 'corée']);
  });

  it('gives Enter the search already typed ahead for the same words, run once', async () => {
    const { search, runs, answer } = fakeSearch();
    const ahead = search('corée', true);
    const entered = search('corée');
    expect(entered).toBe(ahead);
    await answer(['a']);
    expect(await entered).toEqual(['a']);
    expect(runs).toEqual(['corée']);
  });

  it('never skips a search the reader asked for, even when typing goes on before its turn', async () => {
    const { search, runs, answer } = fakeSearch();
    search('cor', true).catch(() => {});
    await expect.poll(() => runs).toEqual(['cor']);
    // Typed ahead, then asked for with Enter, then the reader types on.
    search('corée', true).catch(() => {});
    const entered = search('corée');
    const next = search('corée du', true);
    await answer(['a']);
    await answer(['b']);
    expect(await entered).toEqual(['b']);
    await answer(['c']);
    expect(await next).toEqual(['c']);
    expect(runs).toEqual(['cor', 'corée', 'corée du']);
  });
});
