/**
 * A pool of worker threads, one per core, for the build's CPU-heavy work (preview cards, Markdown)
 * while the main thread goes on with the rest. Urgent requests (a page that needs its card now)
 * go before background ones (cards prepared ahead while pages render). Node runs this file in the
 * workers too (`serveRequests`), so it imports only node: modules.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

/** What a worker sends back for one request. */
type Reply<Value> = { value: Value } | { error: string };

interface Job<Request, Value> {
  request: Request;
  resolve: (value: Value) => void;
  reject: (error: Error) => void;
  /** Given to a worker: a job may sit in both queues once hurried, and runs once. */
  started: boolean;
}

export interface PoolOptions {
  /** Threads at most; default: one per core. */
  size?: number;
  /** Given to each worker as `workerData`. */
  workerData?: unknown;
  /**
   * Milliseconds an idle worker lives on, when set: a pool used only for a while (content sync)
   * gives its threads' memory back to the rest of the build instead of holding it to the end.
   */
  idleTimeout?: number;
  /** Each worker's heap limits (Node's `resourceLimits`). */
  resourceLimits?: ResourceLimits;
}

export class WorkerPool<Request, Value> {
  readonly #file: URL;
  readonly #options: PoolOptions;
  readonly #size: number;
  readonly #idle: Worker[] = [];
  /** The job each busy worker is running. */
  readonly #busy = new Map<Worker, Job<Request, Value>>();
  readonly #timers = new Map<Worker, NodeJS.Timeout>();
  readonly #urgent: Array<Job<Request, Value>> = [];
  readonly #background: Array<Job<Request, Value>> = [];
  /** Workers started and not yet exited or failed. */
  readonly #live = new Set<Worker>();

  /** `file` is a worker script that calls `serveRequests`. */
  constructor(file: URL, options: PoolOptions = {}) {
    this.#file = file;
    this.#options = options;
    this.#size = Math.max(1, options.size ?? availableParallelism());
  }

  /** Workers running now (started, not yet stopped). */
  get threads(): number {
    return this.#live.size;
  }

  /** Run `request` in a worker; `background` requests wait until no urgent one is queued. */
  run(request: Request, { background = false } = {}): { value: Promise<Value>; hurry: () => void } {
    let job!: Job<Request, Value>;
    const value = new Promise<Value>((resolve, reject) => {
      job = { request, resolve, reject, started: false };
    });
    (background ? this.#background : this.#urgent).push(job);
    this.#dispatch();
    // Something now waits for a request that was queued in the background: queue it as urgent too.
    const hurry = () => {
      if (!job.started) this.#urgent.push(job);
    };
    return { value, hurry };
  }

  /** The next job to run, urgent ones first, skipping those already started. */
  #next(): Job<Request, Value> | undefined {
    for (const queue of [this.#urgent, this.#background]) {
      while (queue.length > 0) {
        const job = queue.shift()!;
        if (!job.started) return job;
      }
    }
    return undefined;
  }

  #dispatch(): void {
    while (this.#urgent.length + this.#background.length > 0) {
      const worker = this.#idle.pop() ?? (this.#live.size < this.#size ? this.#spawn() : undefined);
      if (!worker) return;
      clearTimeout(this.#timers.get(worker));
      const job = this.#next();
      if (!job) {
        this.#rest(worker);
        return;
      }
      job.started = true;
      this.#busy.set(worker, job);
      // A busy worker keeps the process alive; an idle one must not, or the build never exits.
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  #rest(worker: Worker): void {
    worker.unref();
    this.#idle.push(worker);
    const { idleTimeout } = this.#options;
    if (idleTimeout === undefined) return;
    const timer = setTimeout(() => {
      // Out of the idle list first: no job may go to a worker that is stopping.
      const idle = this.#idle.indexOf(worker);
      if (idle < 0) return;
      this.#idle.splice(idle, 1);
      void worker.terminate();
    }, idleTimeout);
    this.#timers.set(worker, timer.unref());
  }

  #spawn(): Worker {
    const { workerData, resourceLimits } = this.#options;
    const worker = new Worker(this.#file, { workerData, resourceLimits });
    this.#live.add(worker);
    worker.on('message', (reply: Reply<Value>) => {
      // A reply can arrive after its worker's crash was reported, which already failed the job.
      const job = this.#busy.get(worker);
      if (!job || !this.#live.has(worker)) return;
      this.#busy.delete(worker);
      if ('value' in reply) job.resolve(reply.value);
      else job.reject(new Error(reply.error));
      this.#rest(worker);
      this.#dispatch();
    });
    // A worker that crashes or exits fails the job it held; the others carry on.
    worker.on('error', (error: Error) => this.#retire(worker, error));
    worker.on('messageerror', (error: Error) => this.#retire(worker, error));
    worker.on('exit', (code) => this.#retire(worker, new Error(`the worker stopped (exit code ${code})`)));
    return worker;
  }

  #retire(worker: Worker, error: Error): void {
    if (!this.#live.delete(worker)) return;
    void worker.terminate();
    clearTimeout(this.#timers.get(worker));
    this.#timers.delete(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
    this.#busy.get(worker)?.reject(error);
    this.#busy.delete(worker);
    this.#dispatch();
  }
}

/** In a worker script: answer the pool's requests with `handle`, errors by their message. */
export function serveRequests<Request, Value>(handle: (request: Request) => Value | Promise<Value>): void {
  const failure = (error: unknown): Reply<Value> => ({ error: error instanceof Error ? error.message : String(error) });
  const send = (reply: Reply<Value>) => {
    try {
      parentPort!.postMessage(reply);
    } catch (error) {
      // A value that cannot cross threads fails its request, not the worker.
      parentPort!.postMessage(failure(error));
    }
  };
  parentPort!.on('message', (request: Request) => {
    // Through a promise, so that a handler throwing at once fails its request like one rejecting.
    void Promise.resolve()
      .then(() => handle(request))
      .then(
        (value) => send({ value }),
        (error: unknown) => send(failure(error)),
      );
  });
}
