// The host's width and font size, observed: layouts switch at a width (cards below 720 px), and
// row heights follow the font (in ems), so larger text is never clipped.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** Content-box width in px (0 until first measured). */
  width = 0;
  /** The host's font size in px. */
  em = 16;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The widths `narrowerThan` was asked about. */
  readonly #asked = new Set<number>();
  readonly #observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const width = entry.contentRect.width;
    const em = parseFloat(getComputedStyle(this.#host).fontSize) || 16;
    // Rendered again only when an answer the last render used would change.
    const same = (px: number) => narrower(width, px) === narrower(this.width, px);
    if (em === this.em && [...this.#asked].every(same)) {
      this.width = width;
      return;
    }
    // Changing layout inside the observer's callback would resize again in the same frame.
    requestAnimationFrame(() => {
      this.width = width;
      if (em !== this.em) this.#asked.clear();
      this.em = em;
      this.#host.requestUpdate();
    });
  });

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Narrower than `px` (false until measured, so a first render is the wide one). */
  narrowerThan(px: number): boolean {
    this.#asked.add(px);
    return narrower(this.width, px);
  }
}

const narrower = (width: number, px: number) => width > 0 && width < px;
