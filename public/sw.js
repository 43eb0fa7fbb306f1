// @ts-check
/// <reference lib="webworker" />
// liseuse's service worker: network first, always; what was read stays readable offline.
// README.md, "Reading offline", gives the design and the kill switch.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

// A new number when what is stored changes: the new worker removes the caches of older ones.
const VERSION = 1;
const READ = `liseuse-read-${VERSION}`;
const FILES = `liseuse-files-${VERSION}`;
const SAVED = `liseuse-saved-${VERSION}`;
const SHELL = `liseuse-shell-${VERSION}`;
const OFFLINE_PAGE = '/hors-ligne/';
/** Articles and files (pictures, scripts) kept of what was read; the oldest visits go first. */
const READ_LIMIT = 30;
const FILE_LIMIT = 90;

const isArticle = (/** @type {URL} */ url) => url.pathname.startsWith('/articles/');
const isHashedFile = (/** @type {URL} */ url) => url.pathname.startsWith('/_astro/');

/** The offline page and the scripts it loads (hashed names this file cannot know in advance). */
async function keepOfflinePage() {
  const cache = await caches.open(SHELL);
  const response = await fetch(OFFLINE_PAGE);
  if (!response.ok) throw new Error(`${OFFLINE_PAGE}: ${response.status}`);
  // Its scripts are imported by inline code (`import("/_astro/….js")`), not only by `src`.
  const scripts = new Set((await response.clone().text()).match(/\/_astro\/[\w.-]+\.js/g));
  await cache.addAll([...scripts]);
  await cache.put(OFFLINE_PAGE, response);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(keepOfflinePage().then(() => sw.skipWaiting()));
});

// Also after each page kept: the worker this one replaced may still be writing an old cache.
async function removeOldCaches() {
  const names = await caches.keys();
  const old = names.filter((name) => Number(/^liseuse-[a-z]+-(\d+)$/.exec(name)?.[1] ?? VERSION) < VERSION);
  await Promise.all(old.map((name) => caches.delete(name)));
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(removeOldCaches().then(() => sw.clients.claim()));
});

/** Keep `response` for `key` in cache `name` as the newest entry, within `limit` entries. */
async function keep(
  /** @type {string} */ name,
  /** @type {number} */ limit,
  /** @type {string | Request} */ key,
  /** @type {Response} */ response,
) {
  const cache = await caches.open(name);
  await cache.delete(key);
  await cache.put(key, response);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((old) => cache.delete(old)));
}

async function forget(/** @type {string} */ path) {
  await Promise.all([READ, SAVED].map(async (name) => (await caches.open(name)).delete(path)));
}

async function page(/** @type {FetchEvent} */ event, /** @type {URL} */ url) {
  try {
    const response = await fetch(event.request);
    // A redirected response cannot answer a navigation from a cache.
    if (response.ok && !response.redirected && isArticle(url))
      event.waitUntil(keep(READ, READ_LIMIT, url.pathname, response.clone()).then(removeOldCaches));
    // Withdrawn (410) or gone: no copy of it stays on the device, even one saved on purpose.
    if (response.status === 410 || response.status === 404) event.waitUntil(forget(url.pathname));
    return response;
  } catch (error) {
    const kept = (await caches.match(url.pathname)) ?? (await caches.match(OFFLINE_PAGE));
    if (kept) return kept;
    throw error;
  }
}

async function hashedFile(/** @type {FetchEvent} */ event) {
  // Hashed files under /_astro/ never change: a kept copy is the file.
  const kept = await caches.match(event.request);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(keep(FILES, FILE_LIMIT, event.request, response.clone()));
  return response;
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (event.request.mode === 'navigate') event.respondWith(page(event, url));
  else if (isHashedFile(url)) event.respondWith(hashedFile(event));
});

/**
 * What pages ask: `save` an article and its pictures, `remove` it, or `list` what is kept
 * (`{ path, saved }`, newest first). The answer goes back on the message's port.
 */
sw.addEventListener('message', (event) => {
  const { type, path, pictures = [] } = event.data ?? {};
  const reply = (/** @type {unknown} */ value) => event.ports[0]?.postMessage(value);
  const tasks = {
    save: async () => {
      const cache = await caches.open(SAVED);
      await cache.addAll([path, ...pictures]);
    },
    remove: async () => {
      const cache = await caches.open(SAVED);
      await Promise.all([path, ...pictures].map((key) => cache.delete(key)));
    },
    list: async () => {
      const paths = async (/** @type {string} */ name) =>
        (await (await caches.open(name)).keys())
          .map((request) => new URL(request.url).pathname)
          .filter((pathname) => isArticle(new URL(pathname, sw.location.origin)))
          .reverse();
      const [saved, read] = await Promise.all([paths(SAVED), paths(READ)]);
      return [
        ...saved.map((pathname) => ({ path: pathname, saved: true })),
        ...read.filter((pathname) => !saved.includes(pathname)).map((pathname) => ({ path: pathname, saved: false })),
      ];
    },
  };
  const task = tasks[/** @type {keyof typeof tasks} */ (type)];
  if (task) event.waitUntil(task().then(reply, (error) => reply({ error: String(error) })));
});
