/** The service worker's address; built by the precache plugin in vite.config.ts. */
export const SERVICE_WORKER_URL = '/sw.js';

/**
 * Registers the service worker that keeps the app shell for offline use (the workshop capture
 * form). Production builds only: in development Vite serves modules that change all the time.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {
      // Without a service worker the app still works online; nothing to tell the reader.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
