/**
 * The order searches run in on the search page. Pagefind ranks in one worker, one search at a
 * time, and the page searches ahead while the reader types so that Enter finds the work done;
 * this keeps those searches from queueing in front of the one the reader asked for.
 */

/** Runs `request`'s search: `ahead` when started by typing, before the reader asked for it. */
export type QueuedSearch<Request, Result> = (request: Request, ahead?: boolean) => Promise<Result>;

/**
 * One search at a time, each once the one before is done. A search run ahead is skipped (it
 * gives `skipped`, and `run` is never called) if another is asked for before its turn. A request
 * asked for again while it is the latest gets the same search.
 */
export function searchQueue<Request, Result>(
  key: (request: Request) => string,
  run: (request: Request) => Promise<Result>,
  skipped: Result,
): QueuedSearch<Request, Result> {
  let latest: { key: string; ahead: boolean; result: Promise<Result> } | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  return (request, ahead = false) => {
    const id = key(request);
    if (latest?.key === id) {
      // Now wanted by the reader: no longer skipped.
      latest.ahead &&= ahead;
      return latest.result;
    }
    const entry = { key: id, ahead } as NonNullable<typeof latest>;
    entry.result = queue.then(() => (entry.ahead && latest !== entry ? skipped : run(request)));
    queue = entry.result.catch(() => {});
    latest = entry;
    return entry.result;
  };
}
