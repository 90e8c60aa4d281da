/* Medskapa's service worker, built into /sw.js by the precache plugin in vite.config.ts, which
 * replaces the two placeholders below with the build's version and the list of its files.
 * - Precaches the app shell (index.html, every JS/CSS chunk including the i18n catalogues, the
 *   icons and the manifest), so every client route opens offline, e.g. the workshop capture form.
 * - Navigations: network first, the cached index.html when offline; except addresses the API or
 *   the voting page answer (/r/*, /graphql, /health, /auth/*, /open-data/*, CSV, .ics, photos).
 * - Only GET requests for precached files are answered from the cache; GraphQL (POST) and
 *   everything else go to the network untouched.
 */
const VERSION = '__MEDSKAPA_VERSION__';
const PRECACHE = __MEDSKAPA_PRECACHE__;
const CACHE = `medskapa-shell-${VERSION}`;
const INDEX = '/index.html';

const NOT_APP_PAGES = [
  /^\/r\//,
  /^\/graphql(?:\/|$)/,
  /^\/health(?:\/|$)/,
  /^\/auth\//,
  /^\/open-data(?:\/|$)/,
  /^\/polls\/[^/]+\/results\.csv$/,
  /^\/workshops\/[^/]+\.ics$/,
  /^\/workshops\/[^/]+\/attachments(?:\/|$)/,
  /^\/workshops\/[^/]+\/inputs\.csv$/,
  /^\/surveys\/[^/]+\/responses\.csv$/,
  /^\/sw\.js$/,
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: 'reload' skips the HTTP cache, so the shell is the one just deployed.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('medskapa-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

const precached = new Set(PRECACHE);

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    if (NOT_APP_PAGES.some((pattern) => pattern.test(url.pathname))) return;
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(INDEX)).then((cached) => cached || Response.error()),
      ),
    );
    return;
  }

  if (precached.has(url.pathname)) {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(url.pathname)).then((cached) => cached || fetch(request)),
    );
  }
});
