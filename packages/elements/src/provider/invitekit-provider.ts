import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient, type InvitekitClient } from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { clientContext } from '../shared/context.js';

/**
 * Hands an Invitekit API client to every Invitekit element inside it. Its `lang` (the native
 * attribute or property) and `--ik-*` custom properties reach those elements through the DOM.
 *
 * @summary Connects the Invitekit elements inside it to the API.
 * @slot - Invitekit elements, and anything else.
 */
export class InvitekitProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where the API lives, e.g. `https://api.example.com/v1` or `/api/v1`. */
  @property({ type: String, attribute: 'base-url' })
  baseUrl = '';

  /** A bearer token for the API. */
  @property({ type: String })
  token = '';

  /** A ready client (from `createClient`); used instead of `base-url` and `token`. */
  @property({ attribute: false })
  client: InvitekitClient | undefined;

  @provide({ context: clientContext })
  @state()
  protected provided: InvitekitClient | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('token')) {
      this.provided =
        this.client ??
        (this.baseUrl
          ? createClient({ baseUrl: this.baseUrl, ...(this.token ? { token: this.token } : {}) })
          : undefined);
    }
  }

  /** `lang` stays the native attribute and property (the elements inside read it from the DOM). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Inside another shadow root the page-wide observer cannot see this: tell them directly.
    if (name === 'lang' && old !== value) {
      for (const element of this.querySelectorAll('*')) {
        if (element instanceof InvitekitElement) element.requestUpdate();
      }
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
