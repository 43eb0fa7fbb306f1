/**
 * What pages and the service worker (public/sw.js) say to each other. The worker keeps the
 * articles; pages ask it to save one, remove one, or list what it keeps.
 */

/** Where the worker is served: its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** The page that lists what is kept, and what the worker answers offline for a page it does not have. */
export const OFFLINE_PATH = '/hors-ligne/';

export type OfflineRequest = { type: 'save' | 'remove'; path: string; pictures: string[] } | { type: 'list' };

export interface KeptArticle {
  path: string;
  /** Saved on purpose ("Lire hors ligne"), not only read. */
  saved: boolean;
}

/** Ask the active worker; resolves with its answer. */
export async function askWorker<T>(request: OfflineRequest): Promise<T> {
  const registration = await navigator.serviceWorker.ready;
  const { port1, port2 } = new MessageChannel();
  const answer = new Promise<T>((resolve, reject) => {
    port1.onmessage = ({ data }: MessageEvent<T | { error: string }>) =>
      data && typeof data === 'object' && 'error' in data ? reject(new Error(data.error)) : resolve(data);
  });
  registration.active!.postMessage(request, [port2]);
  return answer;
}
