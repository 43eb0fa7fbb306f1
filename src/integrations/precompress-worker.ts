/**
 * A worker thread that gives dist/'s files their brotli and gzip twins, for precompress.ts.
 * Node runs this file itself (type stripping), not Vite: imports carry their `.ts` extension.
 */
import { workerData } from 'node:worker_threads';
import { serveRequests } from '../worker-pool.ts';
import { precompressFile } from './precompress.ts';

serveRequests((path: string) => precompressFile(path, workerData as string));
