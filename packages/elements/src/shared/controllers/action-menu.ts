// One actions menu per element, opened from any row's "⋯" button: a popover in the top layer (so
// rows need not show overflow), placed below its button or above when there is no room. Opens on
// click, Enter, Space and ↑/↓; ↑/↓, Home and End move inside it; Escape and Tab close it and give
// focus back to its button.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface MenuItem {
  label: string;
  run: () => void;
  disabled?: boolean;
}

export interface ActionMenuOptions<T> {
  /** Identity of what a menu is for (two renders of one row are the same row). */
  key: (target: T) => string;
  /** What can be done to `target` now. */
  items: (target: T) => MenuItem[];
  /** The menu's (and its button's) accessible name. */
  label: (target: T) => string;
}

export class ActionMenu<T> implements ReactiveController {
  /** What the open menu is for. */
  target: T | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: ActionMenuOptions<T>;
  readonly #menu = createRef<HTMLElement>();
  #opener: HTMLElement | undefined;
  /** The menu just light-dismissed by a press on its own button, which must not reopen it. */
  #dismissed = { key: '', at: 0 };
  #closing = false;

  constructor(host: ReactiveControllerHost, options: ActionMenuOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.target = undefined;
  }

  isOpenFor(target: T): boolean {
    return (
      this.target !== undefined && this.#options.key(this.target) === this.#options.key(target)
    );
  }

  /**
   * The "⋯" button that opens `target`'s menu (its dots are drawn by `.menu-button` in theme.ts);
   * with `text`, a button that says it instead (its accessible name is then the text, e.g.
   * "Move to…").
   */
  button(target: T, tabindex: number, text?: string): TemplateResult {
    return html`<button
      type="button"
      class=${text === undefined ? 'menu-button' : 'menu-text-button'}
      tabindex=${tabindex}
      aria-label=${ifDefined(text === undefined ? this.#options.label(target) : undefined)}
      aria-haspopup="menu"
      aria-expanded=${this.isOpenFor(target) ? 'true' : 'false'}
      @click=${(e: Event) => void this.open(target, e.currentTarget as HTMLElement)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          e.stopPropagation();
          void this.open(target, e.currentTarget as HTMLElement, e.key === 'ArrowUp');
        }
      }}
    >
      ${text ?? nothing}
    </button>`;
  }

  async open(target: T, opener: HTMLElement, focusLast = false): Promise<void> {
    const key = this.#options.key(target);
    if (this.#dismissed.key === key && performance.now() - this.#dismissed.at < 300) return;
    this.target = target;
    this.#opener = opener;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const menu = this.#menu.value;
    if (!menu) return;
    menu.showPopover();
    // Below the button, right edges aligned; above it when there is no room below.
    const box = opener.getBoundingClientRect();
    const below = box.bottom + menu.offsetHeight + 4 <= innerHeight;
    menu.style.top = `${below ? box.bottom + 4 : Math.max(4, box.top - menu.offsetHeight - 4)}px`;
    menu.style.left = `${Math.max(4, box.right - menu.offsetWidth)}px`;
    const items = this.#items();
    (focusLast ? items.at(-1) : items[0])?.focus();
  }

  /** Closes the menu, focus back on its button (the chosen action may then move it on). */
  close(): void {
    this.#closing = true;
    this.#opener?.focus();
    this.#menu.value?.hidePopover();
  }

  /** Hides the menu without moving focus (the list scrolled under it). */
  dismiss(): void {
    if (this.target !== undefined) this.#menu.value?.hidePopover();
  }

  #items(): HTMLElement[] {
    return [...(this.#menu.value?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  #onToggle(event: Event): void {
    if ((event as ToggleEvent).newState !== 'closed') return;
    // Light dismiss (a press outside, maybe on this button): that press must not reopen it.
    this.#dismissed =
      this.#closing || this.target === undefined
        ? { key: '', at: 0 }
        : { key: this.#options.key(this.target), at: performance.now() };
    this.#closing = false;
    this.target = undefined;
    this.#host.requestUpdate();
  }

  #onKey(event: KeyboardEvent): void {
    const items = this.#items();
    const active = (this.#menu.value?.getRootNode() as ShadowRoot | Document).activeElement;
    const at = items.indexOf(active as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      items[move]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      this.close();
    }
  }

  /** The menu itself; render it once, anywhere in the element. */
  render(fallbackLabel: string): TemplateResult {
    const target = this.target;
    return html`<div
      role="menu"
      class="menu"
      .popover=${'auto'}
      aria-label=${target === undefined ? fallbackLabel : this.#options.label(target)}
      ${ref(this.#menu)}
      @toggle=${(e: Event) => this.#onToggle(e)}
      @keydown=${(e: KeyboardEvent) => this.#onKey(e)}
    >
      ${
        target === undefined
          ? nothing
          : this.#options.items(target).map(
              (item) =>
                html`<button
                  type="button"
                  role="menuitem"
                  tabindex="-1"
                  ?disabled=${item.disabled ?? false}
                  @click=${() => {
                    this.close();
                    item.run();
                  }}
                >
                  ${item.label}
                </button>`,
            )
      }
    </div>`;
  }
}
