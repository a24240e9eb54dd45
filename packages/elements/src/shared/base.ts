// What every Invitekit element shares: the API client (from context or a property), the
// message catalogue for its language, typed events, a live region, and safe registration.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { InvitekitClient } from '@invitekit/sdk';
import { clientContext } from './context.js';
import type { DetailOf, InvitekitEventName } from './events.js';
import { messagesFor, type Messages } from './messages/index.js';

/** Connected elements, told when a `lang` changes anywhere in the document. */
const connected = new Set<InvitekitElement>();
let langObserver: MutationObserver | undefined;

/**
 * The `lang` in force at `node`: its own, an ancestor's (across shadow roots), the page's.
 * @internal
 */
export function langOf(node: Element): string {
  for (let at: Element | undefined = node; at;) {
    const found = at.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? '';
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : undefined;
  }
  return navigator.language;
}

/**
 * What every Invitekit element shares, and so documents once (the manifest gives it to each).
 *
 * @csspart error - The configuration error shown without an API client.
 *
 * @cssprop [--ik-accent=light-dark(#2456e3, #8fb0ff)] - Buttons, focus rings, links.
 * @cssprop [--ik-on-accent=light-dark(#ffffff, #0b1020)] - Text on the accent colour.
 * @cssprop [--ik-surface=Canvas] - Field and card background.
 * @cssprop [--ik-text=inherit] - Text colour.
 * @cssprop [--ik-muted=light-dark(#5b6170, #aab0bd)] - Secondary text.
 * @cssprop [--ik-border=#8a90a0] - Borders.
 * @cssprop [--ik-danger=light-dark(#b3261e, #ffb4ab)] - Errors.
 * @cssprop [--ik-success=light-dark(#1b6e3a, #7edc9b)] - Success.
 * @cssprop [--ik-warning=light-dark(#8a5300, #ffc46b)] - Warnings.
 * @cssprop [--ik-radius=6px] - Corner radius.
 * @cssprop [--ik-spacing=0.5rem] - The base spacing unit.
 * @cssprop [--ik-font=inherit] - Font family.
 * @cssprop [--ik-color-scheme=inherit] - `light`, `dark` or `light dark`.
 */
export abstract class InvitekitElement extends LitElement {
  /** `lang` is the native attribute (and property): a change re-renders in that language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }
  /**
   * Registers `ctor` as `tag` unless the tag is taken. When another class (another copy or
   * version of Invitekit) owns it, warns once and keeps that one, instead of throwing.
   */
  static define(
    tag: string,
    ctor: CustomElementConstructor = this as unknown as CustomElementConstructor,
  ): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor) {
      console.warn(
        `<${tag}> is already defined by another copy of Invitekit; keeping the first one.`,
      );
    }
  }

  /** An API client; takes precedence over the one an `<invitekit-provider>` provides. */
  @property({ attribute: false })
  client: InvitekitClient | undefined;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient: InvitekitClient | undefined;

  /** What the live region announces (polite). */
  @state()
  protected announcement = '';

  #warned = false;

  /** Whether this element needs an API client to work (it may run on host data instead). */
  protected get needsClient(): boolean {
    return true;
  }

  /** The client to use: the property, else the provider's. */
  protected get api(): InvitekitClient | undefined {
    return this.client ?? this.providedClient;
  }

  #messages: Messages | undefined;

  /**
   * The catalogue for the nearest `lang` (this element, an ancestor, or the page); looked up
   * once per update, so every handler until the next one speaks the language on screen.
   */
  protected get t(): Messages {
    return (this.#messages ??= messagesFor(langOf(this), () => this.requestUpdate()));
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override performUpdate(): void {
    this.#messages = undefined;
    super.performUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    // One observer for the page: an ancestor's `lang` (the page's, a provider's) changed.
    langObserver ??= new MutationObserver(() => {
      for (const element of connected) element.requestUpdate();
    });
    langObserver.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
    // A provider defined later hands its client over asynchronously; complain only if none came.
    setTimeout(() => {
      if (this.isConnected && !this.api && this.needsClient && !this.#warned) {
        this.#warned = true;
        console.error(
          this.#clientAsText
            ? this.t.config.attributeConsole(this.localName)
            : this.t.config.console(this.localName),
        );
      }
    }, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * A `client` that arrived as an attribute ("[object Object]"): a framework rendered the tag
   * before its define module ran, so it could not see the property and wrote text instead.
   */
  get #clientAsText(): boolean {
    return this.hasAttribute('client') || !!this.closest('invitekit-provider[client]');
  }

  /** Fires a typed, bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<K extends InvitekitEventName>(
    type: K,
    detail: DetailOf<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }

  /** Says `message` through the live region (re-announced even when the text repeats). */
  protected announce(message: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;
  }

  /** The in-place configuration error, when there is no client. */
  protected renderMissingClient(): TemplateResult | typeof nothing {
    if (this.api) return nothing;
    const t = this.t.config;
    return html`<div class="notice" data-tone="error" role="alert" part="error">
      <p><strong>${t.title}</strong></p>
      <p>${this.#clientAsText ? t.attributeBody(this.localName) : t.body(this.localName)}</p>
    </div>`;
  }
}
