// The host's width and font size, observed: layouts switch at a width (cards below 720 px), and
// row heights follow the font (in ems), so larger text is never clipped.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** Content-box width in px (0 until first measured). */
  width = 0;
  /** The host's font size in px. */
  em = 16;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const width = entry.contentRect.width;
    const em = parseFloat(getComputedStyle(this.#host).fontSize) || 16;
    if (width === this.width && em === this.em) return;
    // Changing layout inside the observer's callback would resize again in the same frame.
    requestAnimationFrame(() => {
      this.width = width;
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
    return this.width > 0 && this.width < px;
  }
}
