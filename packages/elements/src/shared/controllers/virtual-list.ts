// Only the rows in view are in the DOM: rows of one fixed height, a spacer above and below, a few
// rows of overscan. Row and spacer heights are set through the CSSOM (see css-props.ts), so the
// list renders under a strict style-src policy. Used by the table, the uploader's review table and
// each pipeline column.
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from './css-props.js';

export interface VirtualListOptions {
  /** Row height in px (rows get it as the `--_row` custom property on the scroller). */
  rowHeight: () => number;
  /** The scrolling element, once rendered. */
  scroller: () => HTMLElement | null;
  /**
   * The scroller's height to expect before it is measured, in px (default 28em at 16 px). A right
   * guess spares the update that measuring would otherwise ask for.
   */
  expectedHeight?: () => number;
  /** Rows rendered beyond each edge of the viewport (default 3). */
  overscan?: number;
  /**
   * Each item's identity: a row's element then follows its item when the list changes under it
   * (focus stays on the same person after a live update). By default rows are kept by place.
   */
  key?: (item: never) => string;
}

/**
 * One observer for every list on the page: the sizes it reports in a frame arrive in one callback,
 * so an element with several lists (the pipeline's columns) updates once, not once per list.
 */
const observed = new WeakMap<Element, VirtualList>();
let observer: ResizeObserver | undefined;
/** Made on first use, so importing an element where there is no DOM (Node, SSR) works. */
const resizes = () =>
  (observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) observed.get(entry.target)?.resized(entry.target.clientHeight);
  }));

export class VirtualList implements ReactiveController {
  /** The scroller's scrollTop and height as last seen. */
  scrollTop = 0;
  viewport = 0;
  readonly #host: ReactiveControllerHost;
  readonly #options: VirtualListOptions;

  constructor(host: ReactiveControllerHost, options: VirtualListOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get rowHeight(): number {
    return Math.max(1, this.#options.rowHeight());
  }

  #observed: HTMLElement | null = null;

  /** The scroller's new height, from the shared observer. */
  resized(height: number): void {
    if (!height || height === this.viewport) return;
    const rows = this.#rowsToEnd();
    this.viewport = height;
    // Rendered again only when a row comes into view or leaves it.
    if (this.#rowsToEnd() !== rows) this.#host.requestUpdate();
  }

  /** The height in view: as measured, else as expected. */
  get height(): number {
    return this.viewport || this.#options.expectedHeight?.() || 28 * 16;
  }

  /** How many rows reach the bottom of the view. */
  #rowsToEnd(): number {
    return Math.ceil((this.scrollTop + this.height) / this.rowHeight);
  }

  hostUpdated(): void {
    // The first render guessed the viewport: observe the scroller for its real height.
    const scroller = this.#options.scroller();
    if (scroller === this.#observed) return;
    this.#unobserve();
    this.#observed = scroller;
    if (scroller) {
      observed.set(scroller, this);
      resizes().observe(scroller);
    }
  }

  hostDisconnected(): void {
    this.#unobserve();
    this.#observed = null;
  }

  #unobserve(): void {
    if (!this.#observed) return;
    resizes().unobserve(this.#observed);
    observed.delete(this.#observed);
  }

  /** The indexes to render: `[start, end)`. */
  range(count: number): { start: number; end: number } {
    const overscan = this.#options.overscan ?? 3;
    const height = this.rowHeight;
    const start = Math.min(count, Math.max(0, Math.floor(this.scrollTop / height) - overscan));
    const end = Math.min(count, this.#rowsToEnd() + overscan);
    return { start, end: Math.max(start, end) };
  }

  /**
   * Spacer, the rows in view, spacer. Put the result inside the scroller. `items` may be any list
   * that can give a range (an array, or a view that makes only the rows asked for).
   */
  render<T>(
    items: { readonly length: number; slice(start: number, end: number): readonly T[] },
    row: (item: T, index: number) => TemplateResult,
  ): TemplateResult {
    const { start, end } = this.range(items.length);
    const height = this.rowHeight;
    return html`<div
        aria-hidden="true"
        class="spacer"
        ${cssProps({ height: `${start * height}px` })}
      ></div>
      ${
        this.#options.key
          ? repeat(items.slice(start, end), this.#options.key as (item: T) => string, (item, i) =>
              row(item, start + i),
            )
          : items.slice(start, end).map((item, i) => row(item, start + i))
      }
      <div
        aria-hidden="true"
        class="spacer"
        ${cssProps({ height: `${(items.length - end) * height}px` })}
      ></div>`;
  }

  /** Custom properties for the scroller: `--_row`, the row height rows should take. */
  get scrollerProps(): Record<string, string> {
    return { '--_row': `${this.rowHeight}px` };
  }

  /** Bind to the scroller's `scroll` event. */
  onScroll(event: Event): void {
    const scroller = event.currentTarget as HTMLElement;
    this.scrollTop = scroller.scrollTop;
    this.viewport = scroller.clientHeight || this.viewport;
    this.#host.requestUpdate();
  }

  /** Scrolls the least needed for row `index` to be in view. */
  reveal(index: number): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    const height = this.rowHeight;
    const top = index * height;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + height > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + height - scroller.clientHeight;
    this.scrollTop = scroller.scrollTop;
    this.#host.requestUpdate();
  }

  /** Whether the viewport is within `rows` rows of the end of `count` rows. */
  nearEnd(count: number, rows = 10): boolean {
    return this.scrollTop + this.height > (count - rows) * this.rowHeight;
  }
}
