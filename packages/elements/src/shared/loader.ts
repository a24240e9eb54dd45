// Loads data for an element: reloads when its key changes (an id attribute, the client), aborts
// the request in flight when the key changes again or the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; value?: T }
  | { status: 'done'; value: T }
  | { status: 'error'; error: unknown; value?: T };

export class Loader<T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  readonly #host: ReactiveControllerHost;
  readonly #key: () => readonly unknown[] | undefined;
  readonly #load: (signal: AbortSignal) => Promise<T>;
  #lastKey: readonly unknown[] | undefined;
  #abort: AbortController | undefined;

  /** `key` returns undefined while loading is impossible (no client yet). */
  constructor(
    host: ReactiveControllerHost,
    key: () => readonly unknown[] | undefined,
    load: (signal: AbortSignal) => Promise<T>,
  ) {
    this.#host = host;
    this.#key = key;
    this.#load = load;
    host.addController(this);
  }

  get value(): T | undefined {
    return 'value' in this.state ? this.state.value : undefined;
  }

  hostUpdate(): void {
    const key = this.#key();
    const same =
      key &&
      this.#lastKey &&
      key.length === this.#lastKey.length &&
      key.every((k, i) => k === this.#lastKey?.[i]);
    if (!key || same) return;
    this.#lastKey = key;
    // The render that follows this hook already sees the loading state: no extra update.
    void this.reload(false);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#lastKey = undefined;
  }

  /** Loads again now (the retry button calls this). */
  async reload(update = true): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const value = this.value;
    this.state = value === undefined ? { status: 'loading' } : { status: 'loading', value };
    if (update) this.#host.requestUpdate();
    try {
      const loaded = await this.#load(abort.signal);
      if (abort.signal.aborted) return;
      this.state = { status: 'done', value: loaded };
    } catch (error) {
      if (abort.signal.aborted) return;
      this.state =
        value === undefined ? { status: 'error', error } : { status: 'error', error, value };
    }
    this.#host.requestUpdate();
  }
}
