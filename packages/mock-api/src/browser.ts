// The mock API in a browser page: MSW's service worker answers the page's requests.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';
import type { State } from './state.js';

export interface BrowserMockApiOptions extends MockApiOptions {
  /** Keep the store in localStorage under this key (or the default key with `true`), so a reload keeps it. */
  persist?: boolean | string;
  /** Where the page serves `mockServiceWorker.js` (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string;
  /** Silence MSW's console log of each request (default true). */
  quiet?: boolean;
}

export interface BrowserMockApi extends MockApi {
  readonly worker: SetupWorker;
  /** Writes the store to localStorage now instead of after the short debounce. */
  flush(): void;
  stop(): void;
}

interface Saved {
  version: 1;
  state: State;
  /** How far the mock clock ran ahead of real time. */
  clockShift: number;
}

const DEFAULT_KEY = 'invitekit-mock-api';

function load(key: string): Saved | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Saved | null;
    return saved?.version === 1 ? saved : undefined;
  } catch {
    return undefined;
  }
}

export async function startMockApi(options: BrowserMockApiOptions = {}): Promise<BrowserMockApi> {
  const key =
    typeof options.persist === 'string'
      ? options.persist
      : options.persist
        ? DEFAULT_KEY
        : undefined;
  const saved = key ? load(key) : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (!key) return;
    const data: Saved = {
      version: 1,
      state: api.domain.state,
      clockShift: api.clock.now() - Date.now(),
    };
    localStorage.setItem(key, JSON.stringify(data));
  };
  const api = createMockApi({
    ...options,
    ...(saved ? { state: saved.state } : {}),
    onChange: (state) => {
      options.onChange?.(state);
      if (!key) return;
      clearTimeout(timer);
      timer = setTimeout(save, 100);
    },
  });
  if (saved) api.clock.advance(saved.clockShift);
  const worker = setupWorker(...api.handlers);
  await worker.start({
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return Object.assign(api, {
    worker,
    flush: save,
    stop: () => {
      save();
      worker.stop();
    },
  });
}
