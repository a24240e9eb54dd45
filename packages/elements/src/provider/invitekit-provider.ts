import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient, type InvitekitClient } from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { clientContext } from '../shared/context.js';

/**
 * Hands an Invitekit API client to every Invitekit element inside it. A `lang` attribute and
 * `--ik-*` custom properties set on it reach those elements through the DOM, as usual.
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

  /** The language of the elements inside (any BCP 47 tag; `en` and `fr` ship). */
  @property({ type: String })
  override lang = '';

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

  protected override updated(changed: PropertyValues<this>): void {
    // The elements inside read `lang` when they render: tell them it changed.
    if (changed.has('lang') && changed.get('lang') !== undefined) {
      for (const element of this.querySelectorAll('*')) {
        if (element instanceof InvitekitElement) element.requestUpdate();
      }
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
