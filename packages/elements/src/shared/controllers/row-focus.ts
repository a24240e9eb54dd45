// Keyboard rows (the ARIA grid pattern): one row in the tab order at a time; ↑/↓, Home/End and
// PageUp/PageDown move it, scrolling the virtual list so the row exists before it takes focus.
import type { ReactiveControllerHost } from 'lit';
import type { VirtualList } from './virtual-list.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class RowFocus {
  /** The row in the tab order. */
  index = 0;
  readonly #host: Host;
  readonly #list: VirtualList;
  readonly #count: () => number;
  readonly #within: (() => ParentNode | null | undefined) | undefined;

  /**
   * `within` narrows where rows are looked for, when the host holds several lists (the
   * pipeline's columns): by default, the whole render root.
   */
  constructor(
    host: Host,
    list: VirtualList,
    count: () => number,
    within?: () => ParentNode | null | undefined,
  ) {
    this.#host = host;
    this.#list = list;
    this.#count = count;
    this.#within = within;
  }

  /** `0` for the current row and the controls in it, `-1` for every other. */
  tabIndex(index: number): 0 | -1 {
    return index === this.index ? 0 : -1;
  }

  /** Moves focus to row `index` (clamped), scrolling it into view first. */
  async focus(index: number): Promise<void> {
    const last = this.#count() - 1;
    this.index = Math.max(0, Math.min(last, index));
    this.#list.reveal(this.index);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    (this.#within?.() ?? this.#host.renderRoot)
      .querySelector<HTMLElement>(`[role="row"][data-index="${this.index}"]`)
      ?.focus();
  }

  /** Handles a navigation key pressed on a row; true when it did. */
  onKeyDown(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return false;
    const page = Math.max(1, Math.floor(this.#list.height / this.#list.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.index + 1,
      ArrowUp: this.index - 1,
      Home: 0,
      End: this.#count() - 1,
      PageDown: this.index + page,
      PageUp: this.index - page,
    };
    const to = moves[event.key];
    if (to === undefined) return false;
    event.preventDefault();
    void this.focus(to);
    return true;
  }
}
