// "Share a link" in <invite-form> (R30): one generic link to a pool, or to become a trusted
// contact, for an email signature or a job board. People who sign up through it wait for an
// admin's approval (in <invitation-table>). Create, copy (announced), list and revoke links.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { InviteLink, InvitekitClient } from '@invitekit/sdk';
import { Confirm } from '../shared/controllers/confirm.js';
import { Loader } from '../shared/loader.js';
import type { Messages } from '../shared/messages/index.js';
import { describeError, notice } from '../shared/ui.js';

export interface ShareLinksOptions {
  api: () => InvitekitClient | undefined;
  /** The pool links fill; undefined for links to become a trusted contact. */
  poolId: () => string | undefined;
  t: () => Messages;
  announce: (message: string) => void;
  created: (link: InviteLink) => void;
  revoked: (link: InviteLink) => void;
}

export class ShareLinks implements ReactiveController {
  /** Whether the form shows its links instead of the one-person fields. */
  open = false;
  #busy = false;
  #failure: unknown;
  #copied: string | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: ShareLinksOptions;
  readonly #confirm: Confirm;
  readonly #links: Loader<InviteLink[]>;
  readonly #create = createRef<HTMLButtonElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: ShareLinksOptions) {
    this.#host = host;
    this.#options = options;
    this.#confirm = new Confirm(host);
    this.#links = new Loader(
      host,
      () => {
        const api = options.api();
        return this.open && api ? [api, options.poolId()] : undefined;
      },
      (signal) => this.#load(signal),
    );
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  /** Shows the links (true) or the one-person form (false). */
  show(open: boolean): void {
    this.open = open;
    this.#failure = undefined;
    this.#copied = undefined;
    this.#host.requestUpdate();
  }

  async #load(signal: AbortSignal): Promise<InviteLink[]> {
    const api = this.#options.api();
    if (!api) return [];
    const poolId = this.#options.poolId();
    const { items } = poolId
      ? await api.pools.links(poolId, { signal })
      : await api.contacts.links({ signal });
    // Newest first; revoked ones after the live ones.
    return [...items].sort(
      (a, b) =>
        Number(a.status === 'revoked') - Number(b.status === 'revoked') ||
        b.createdAt.localeCompare(a.createdAt),
    );
  }

  async #run(work: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#failure = undefined;
    this.#host.requestUpdate();
    try {
      await work();
    } catch (error) {
      this.#failure = error;
      this.#options.announce(describeError(error, this.#options.t()));
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  #createLink(): Promise<void> {
    return this.#run(async () => {
      const api = this.#options.api();
      if (!api) return;
      const poolId = this.#options.poolId();
      const link = poolId ? await api.pools.createLink(poolId) : await api.contacts.createLink();
      await this.#links.reload();
      this.#options.created(link);
      this.#options.announce(this.#options.t().inviteForm.linkCreated);
      await this.#host.updateComplete;
      this.#field(link.id)?.focus();
    });
  }

  #field(id: string): HTMLInputElement | null {
    return (
      (this.#host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLInputElement>(
        `#link-${CSS.escape(id)}`,
      ) ?? null
    );
  }

  async #copy(link: InviteLink): Promise<void> {
    const t = this.#options.t().inviteForm;
    const url = new URL(link.url, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this.#copied = link.id;
      this.#options.announce(t.linkCopied);
    } catch {
      // No clipboard (an old browser, a denied permission): select it for the user to copy.
      const field = this.#field(link.id);
      field?.focus();
      field?.select();
      this.#options.announce(t.copyByHand);
    }
    this.#host.requestUpdate();
  }

  #askRevoke(link: InviteLink, opener: HTMLElement): Promise<void> {
    const t = this.#options.t().inviteForm;
    return this.#confirm.ask({
      text: t.confirmRevoke,
      confirm: t.revokeLink,
      run: () =>
        void this.#run(async () => {
          const api = this.#options.api();
          if (!api) return;
          const revoked = await api.links.revoke(link.id);
          await this.#links.reload();
          this.#options.revoked(revoked);
          this.#options.announce(t.linkRevoked);
          await this.#host.updateComplete;
          this.#create.value?.focus();
        }),
      onCancel: () => opener.focus(),
    });
  }

  /** The links panel: what a link does, Create, and each link with Copy and Revoke. */
  render(target: string): TemplateResult {
    const messages = this.#options.t();
    const t = messages.inviteForm;
    const state = this.#links.state;
    const links = this.#links.value ?? [];
    const loadError = state.status === 'error' ? state.error : undefined;
    return html`<div class="share">
      <p class="hint" id="share-note" tabindex="-1">
        ${this.#options.poolId() ? t.shareNotePool(target) : t.shareNoteContact}
      </p>
      ${this.#confirm.render(messages.common.cancel)}
      ${
        this.#failure !== undefined || loadError !== undefined
          ? notice('error', describeError(this.#failure ?? loadError, messages), [])
          : nothing
      }
      <div class="actions">
        <button
          class="primary"
          type="button"
          ${ref(this.#create)}
          aria-disabled=${this.#busy ? 'true' : 'false'}
          @click=${() => void this.#createLink()}
        >
          ${t.createLink}
        </button>
      </div>
      ${
        state.status === 'loading' && !links.length
          ? html`<p class="hint">${messages.common.loading}</p>`
          : links.length
            ? html`<ul class="links" aria-label=${t.linksLabel}>
                ${repeat(
                  links,
                  (link) => link.id,
                  (link) => this.#renderLink(link, messages),
                )}
              </ul>`
            : html`<p class="hint">${t.noLinks}</p>`
      }
    </div>`;
  }

  #renderLink(link: InviteLink, messages: Messages): TemplateResult {
    const t = messages.inviteForm;
    const active = link.status === 'active';
    const about = `${t.linkCreatedOn(messages.time.date(link.createdAt))} · ${t.signupCount(link.signupCount)}${active ? '' : ` · ${t.linkRevokedState}`}`;
    if (!active) return html`<li class="link" data-status="revoked"><span>${about}</span></li>`;
    const id = `link-${link.id}`;
    return html`<li class="link">
      <label for=${id} id="${id}-about">${about}</label>
      <div class="link-row">
        <input id=${id} type="text" readonly .value=${new URL(link.url, location.href).href} />
        <button type="button" aria-describedby="${id}-about" @click=${() => void this.#copy(link)}>
          ${t.copyLink}
        </button>
        <button
          type="button"
          aria-describedby="${id}-about"
          @click=${(e: Event) => void this.#askRevoke(link, e.currentTarget as HTMLElement)}
        >
          ${t.revokeLink}
        </button>
      </div>
      ${this.#copied === link.id ? html`<span class="hint">${t.linkCopied}</span>` : nothing}
    </li>`;
  }
}
