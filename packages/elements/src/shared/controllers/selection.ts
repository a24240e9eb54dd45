// Which rows (cards, entries…) are selected, by id: toggle one, all, or a range from the last one
// toggled (Shift+click, Shift+arrows). Every change is a new Set, so Lit sees it.
import type { ReactiveControllerHost } from 'lit';

export class Selection {
  #ids: ReadonlySet<string> = new Set();
  #anchor: string | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  get size(): number {
    return this.#ids.size;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Whether every one of `ids` is selected (false for none). */
  hasAll(ids: readonly string[]): boolean {
    return ids.length > 0 && ids.every((id) => this.#ids.has(id));
  }

  set(ids: Iterable<string>): void {
    this.#ids = new Set(ids);
    this.#host.requestUpdate();
  }

  clear(): void {
    this.#anchor = undefined;
    if (this.#ids.size) this.set([]);
  }

  toggle(id: string): void {
    const next = new Set(this.#ids);
    if (!next.delete(id)) next.add(id);
    this.#anchor = id;
    this.set(next);
  }

  /** All of `ids` when not all are selected, else none of them. */
  toggleAll(ids: readonly string[]): void {
    const next = new Set(this.#ids);
    if (this.hasAll(ids)) for (const id of ids) next.delete(id);
    else for (const id of ids) next.add(id);
    this.set(next);
  }

  /** Selects every id between the last one toggled and `id`, in the order of `ids`. */
  extendTo(ids: readonly string[], id: string): void {
    const from = this.#anchor === undefined ? -1 : ids.indexOf(this.#anchor);
    const to = ids.indexOf(id);
    if (to < 0) return;
    if (from < 0) {
      this.toggle(id);
      return;
    }
    const next = new Set(this.#ids);
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(ids[i] as string);
    this.set(next);
  }

  /** Forgets selected ids that are no longer among `ids` (rows that left the view). */
  retain(ids: Iterable<string>): void {
    const present = new Set(ids);
    const kept = [...this.#ids].filter((id) => present.has(id));
    if (kept.length !== this.#ids.size) this.set(kept);
  }
}
