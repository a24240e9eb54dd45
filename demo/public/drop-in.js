/* global location -- a browser page's script */
// The drop-in page's one script, as a page with no bundler writes it: the mock API's one-file
// build answers /api/v1 in this page (its service worker is beside the page), then the kit's.
import { startMockApi } from './cdn/mock-api.js';

await startMockApi({
  persist: true,
  serviceWorkerUrl: new URL('mockServiceWorker.js', location.href).pathname,
});
await import('./cdn/invitekit.js');
