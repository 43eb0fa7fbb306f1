import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/worker-pool';

const echo = new URL('../fixtures/workers/echo-worker.ts', import.meta.url);
type Echo = { name: string; threadId: number; served: number; youngMb?: number };

describe('the worker pool', () => {
  it('serves urgent requests before those queued in the background, and runs them all once', async () => {
    const pool = new WorkerPool<{ name: string }, Echo>(echo, { size: 1 });
    const done: string[] = [];
    const track = (value: Promise<Echo>) => value.then(({ name }) => done.push(name));
    const ahead = ['a', 'b', 'c', 'd', 'e'].map((name) => {
      const { value, hurry } = pool.run({ name }, { background: true });
      return { value: track(value), hurry };
    });
    const urgent = track(pool.run({ name: 'now' }).value);
    // Something now waits for "e", queued last in the background.
    ahead[4]!.hurry();
    await Promise.all([urgent, ...ahead.map(({ value }) => value)]);
    // "a" went to the worker as soon as it was queued; "now" and "e" come next.
    expect(done).toEqual(['a', 'now', 'e', 'b', 'c', 'd']);
    // Six requests, six runs: "e", queued twice once hurried, ran once.
    expect((await pool.run({ name: 'last' }).value).served).toBe(7);
  });

  it("starts its workers with the heap limits it is given (precompression's smaller young generation)", async () => {
    const limited = new WorkerPool<{ name: string }, Echo>(echo, {
      size: 1,
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    expect((await limited.run({ name: 'a' }).value).youngMb).toBe(4);
    const unlimited = new WorkerPool<{ name: string }, Echo>(echo, { size: 1 });
    expect((await unlimited.run({ name: 'b' }).value).youngMb).not.toBe(4);
  });

  it('rejects with the message of the error thrown in the worker, and carries on', async () => {
    const pool = new WorkerPool<{ name: string; fail?: boolean }, Echo>(echo, { size: 1 });
    await expect(pool.run({ name: 'x', fail: true }).value).rejects.toThrow('cannot do x');
    await expect(pool.run({ name: 'y' }).value).resolves.toMatchObject({ name: 'y' });
  });

  it('fails the request of a worker that exits, and starts another for the next', async () => {
    const pool = new WorkerPool<{ name: string; exit?: boolean }, Echo>(echo, { size: 1 });
    const { threadId } = await pool.run({ name: 'before' }).value;
    await expect(pool.run({ name: 'x', exit: true }).value).rejects.toThrow(/exit code 3/);
    const after = await pool.run({ name: 'after' }).value;
    expect(after.threadId).not.toBe(threadId);
  });

  it('never hands a request to a worker it is stopping', async () => {
    const idleTimeout = 50;
    const pool = new WorkerPool<{ name: string }, Echo>(echo, { size: 1, idleTimeout });
    const { threadId } = await pool.run({ name: 'first' }).value;
    // Queued just after the pool's own timer has told the idle worker to stop, before it has.
    const next = await new Promise<Echo>((resolve, reject) => {
      setTimeout(() => void pool.run({ name: 'next' }).value.then(resolve, reject), idleTimeout);
    });
    expect(next).toMatchObject({ name: 'next', served: 1 });
    expect(next.threadId).not.toBe(threadId);
  });

  it('spreads requests over its threads, and ends a thread left idle past idleTimeout', async () => {
    const pool = new WorkerPool<{ name: string }, Echo>(echo, { size: 2, idleTimeout: 50 });
    const first = await Promise.all(['a', 'b', 'c', 'd'].map((name) => pool.run({ name }).value));
    const threads = new Set(first.map(({ threadId }) => threadId));
    expect(threads.size).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { threadId } = await pool.run({ name: 'later' }).value;
    expect(threads.has(threadId)).toBe(false);
  });
});
