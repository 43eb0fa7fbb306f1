/**
 * A pool of card workers (src/og/card-worker.ts), one per core: cards are the most expensive thing
 * a build makes, and the main thread has pages to render. Urgent requests (a page that needs its
 * card now) go before background ones (cards prepared ahead while pages render).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card';
import type { CardFont, CardReply } from './card-worker';

interface Job {
  id: number;
  content: CardContent;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
  /** Given to a worker: a job may sit in both queues once hurried, and runs once. */
  started: boolean;
}

export class CardPool {
  readonly #workerFile: URL;
  readonly #fonts: CardFont[];
  readonly #size: number;
  readonly #idle: Worker[] = [];
  /** The job each busy worker is rendering. */
  readonly #busy = new Map<Worker, Job>();
  readonly #urgent: Job[] = [];
  readonly #background: Job[] = [];
  #workers = 0;
  #nextId = 0;

  constructor(workerFile: URL, fonts: CardFont[], size = availableParallelism()) {
    this.#workerFile = workerFile;
    this.#fonts = fonts;
    this.#size = Math.max(1, size);
  }

  /** Render `content`; `background` jobs wait until no page is waiting for a card. */
  render(content: CardContent, { background = false } = {}): { png: Promise<Buffer>; hurry: () => void } {
    let job!: Job;
    const png = new Promise<Buffer>((resolve, reject) => {
      job = { id: this.#nextId++, content, resolve, reject, started: false };
    });
    (background ? this.#background : this.#urgent).push(job);
    this.#dispatch();
    // A page now needs a card that was queued in the background: queue it as urgent too.
    const hurry = () => {
      if (!job.started) this.#urgent.push(job);
    };
    return { png, hurry };
  }

  /** The next job to run, urgent ones first, skipping those already started. */
  #next(): Job | undefined {
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
      const worker = this.#idle.pop() ?? (this.#workers < this.#size ? this.#spawn() : undefined);
      if (!worker) return;
      const job = this.#next();
      if (!job) {
        worker.unref();
        this.#idle.push(worker);
        return;
      }
      job.started = true;
      this.#busy.set(worker, job);
      // A busy worker keeps the process alive; an idle one must not, or the build never exits.
      worker.ref();
      worker.postMessage({ id: job.id, content: job.content });
    }
  }

  #spawn(): Worker {
    this.#workers++;
    const worker = new Worker(this.#workerFile, { workerData: { fonts: this.#fonts } });
    worker.on('message', (reply: CardReply) => {
      const job = this.#busy.get(worker)!;
      this.#busy.delete(worker);
      if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else job.reject(new Error(`preview card "${job.content.title}": ${reply.error}`));
      worker.unref();
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on('error', (error: Error) => {
      // A crashed worker fails the card it held, naming it; the others carry on.
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      job?.reject(new Error(`preview card "${job.content.title}": ${error.message}`));
      this.#workers--;
      this.#dispatch();
    });
    return worker;
  }
}
