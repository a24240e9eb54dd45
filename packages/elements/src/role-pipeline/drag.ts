// Pointer dragging inside a shadow root, by hand: pointer events on the window (so nothing is lost
// when the dragged card's own element is recycled by a virtual list, as native drag-and-drop's
// `dragend` is), a ghost moved through the CSSOM (no style attribute: strict CSP), drop zones
// found by geometry, and auto-scroll near the edges of whatever scrolls under the pointer.
// Mouse and pen drag from anywhere on a card; touch from its grip, which does not scroll.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far (px) the pointer must travel before a press becomes a drag. */
const THRESHOLD = 6;
/** Within this many px of a scroller's edge, it scrolls. */
const EDGE = 48;
/** Fastest auto-scroll, px per frame. */
const SPEED = 18;

export interface DragOptions<Item, Zone> {
  /** The drop zone under the viewport point (x, y), or undefined. */
  zoneAt(x: number, y: number): Zone | undefined;
  /** The elements that should scroll when the pointer nears their edges. */
  scrollers(): HTMLElement[];
  /** The ghost that follows the pointer, once rendered. */
  ghost(): HTMLElement | null | undefined;
  onStart(item: Item): void;
  onOver(zone: Zone | undefined, x: number, y: number): void;
  onDrop(item: Item, zone: Zone | undefined, x: number, y: number): void;
  onCancel(item: Item): void;
}

export class PointerDrag<Item, Zone> implements ReactiveController {
  /** What is being dragged, once the pointer has travelled far enough. */
  item: Item | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: DragOptions<Item, Zone>;
  #press: { item: Item; id: number; x: number; y: number } | undefined;
  #x = 0;
  #y = 0;
  #frame = 0;
  #cleanup: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: DragOptions<Item, Zone>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get active(): boolean {
    return this.item !== undefined;
  }

  /** Call from a card's `pointerdown`. */
  press(event: PointerEvent, item: Item): void {
    if (event.button !== 0 || this.#press || this.item !== undefined) return;
    this.#press = { item, id: event.pointerId, x: event.clientX, y: event.clientY };
    const move = (e: PointerEvent) => this.#move(e);
    const up = (e: PointerEvent) => this.#up(e);
    const cancel = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (e instanceof KeyboardEvent && this.item !== undefined) {
        e.preventDefault();
        e.stopPropagation();
      }
      this.cancel();
    };
    addEventListener('pointermove', move);
    addEventListener('pointerup', up);
    addEventListener('pointercancel', cancel);
    addEventListener('keydown', cancel, true);
    addEventListener('blur', cancel);
    this.#cleanup = () => {
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', up);
      removeEventListener('pointercancel', cancel);
      removeEventListener('keydown', cancel, true);
      removeEventListener('blur', cancel);
    };
  }

  /** Stops a drag (or a press) without dropping. */
  cancel(): void {
    const item = this.item;
    this.#end();
    if (item !== undefined) this.#options.onCancel(item);
  }

  #end(): void {
    this.#cleanup?.();
    this.#cleanup = undefined;
    cancelAnimationFrame(this.#frame);
    this.#press = undefined;
    if (this.item !== undefined) {
      this.item = undefined;
      this.#host.requestUpdate();
    }
  }

  #move(event: PointerEvent): void {
    const press = this.#press;
    if (!press || event.pointerId !== press.id) return;
    this.#x = event.clientX;
    this.#y = event.clientY;
    if (this.item === undefined) {
      if (Math.hypot(this.#x - press.x, this.#y - press.y) < THRESHOLD) return;
      this.item = press.item;
      this.#options.onStart(press.item);
      this.#host.requestUpdate();
      this.#frame = requestAnimationFrame(() => this.#scroll());
    }
    event.preventDefault();
    this.#place();
  }

  #up(event: PointerEvent): void {
    const press = this.#press;
    if (!press || event.pointerId !== press.id) return;
    const item = this.item;
    const zone =
      item === undefined ? undefined : this.#options.zoneAt(event.clientX, event.clientY);
    this.#end();
    if (item === undefined) return;
    // The click that ends a drag is not a click on whatever lies under the pointer.
    const swallow = (e: Event) => e.stopPropagation();
    addEventListener('click', swallow, true);
    setTimeout(() => removeEventListener('click', swallow, true));
    this.#options.onDrop(item, zone, event.clientX, event.clientY);
  }

  /** Moves the ghost to the pointer and says which zone it is over. */
  #place(): void {
    this.#options
      .ghost()
      ?.style.setProperty('transform', `translate(${this.#x + 12}px, ${this.#y + 8}px)`);
    this.#options.onOver(this.#options.zoneAt(this.#x, this.#y), this.#x, this.#y);
  }

  /** Each frame of a drag: scroll whatever the pointer is near the edge of. */
  #scroll(): void {
    if (this.item === undefined) return;
    let scrolled = false;
    for (const scroller of this.#options.scrollers()) {
      const box = scroller.getBoundingClientRect();
      if (this.#x < box.left || this.#x > box.right || this.#y < box.top || this.#y > box.bottom)
        continue;
      const speed = (distance: number) => Math.ceil(SPEED * (1 - Math.max(0, distance) / EDGE));
      const dy =
        this.#y < box.top + EDGE
          ? -speed(this.#y - box.top)
          : this.#y > box.bottom - EDGE
            ? speed(box.bottom - this.#y)
            : 0;
      const dx =
        this.#x < box.left + EDGE
          ? -speed(this.#x - box.left)
          : this.#x > box.right - EDGE
            ? speed(box.right - this.#x)
            : 0;
      const before = [scroller.scrollTop, scroller.scrollLeft];
      if (dy && scroller.scrollHeight > scroller.clientHeight) scroller.scrollTop += dy;
      if (dx && scroller.scrollWidth > scroller.clientWidth) scroller.scrollLeft += dx;
      if (scroller.scrollTop !== before[0] || scroller.scrollLeft !== before[1]) scrolled = true;
    }
    if (scrolled) this.#place();
    this.#frame = requestAnimationFrame(() => this.#scroll());
  }
}
