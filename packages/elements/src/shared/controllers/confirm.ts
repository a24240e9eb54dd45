// "Are you sure?" in place: a question with Confirm and Cancel, focus on Confirm when it opens and
// back where the caller says when it is cancelled. Extra content (a reason field) may sit inside.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';

export interface ConfirmRequest {
  text: string;
  /** The confirm button's label (the action's name: "Expire", "Reject"). */
  confirm: string;
  run: () => unknown;
  /** Where focus goes on Cancel. */
  onCancel?: () => void;
  /** More content between the question and the buttons. */
  extra?: TemplateResult;
}

export class Confirm {
  request: ConfirmRequest | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #button = createRef<HTMLButtonElement>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  async ask(request: ConfirmRequest): Promise<void> {
    this.request = request;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#button.value?.focus();
  }

  close(): void {
    this.request = undefined;
    this.#host.requestUpdate();
  }

  render(cancelLabel: string): TemplateResult | typeof nothing {
    const request = this.request;
    if (!request) return nothing;
    return html`<div
      class="notice"
      data-tone="warning"
      role="alertdialog"
      aria-labelledby="confirm-text"
      part="notice"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.close();
        request.onCancel?.();
      }}
    >
      <p id="confirm-text">${request.text}</p>
      ${request.extra ?? nothing}
      <div class="actions">
        <button
          class="primary"
          type="button"
          ${ref(this.#button)}
          @click=${() => {
            this.close();
            request.run();
          }}
        >
          ${request.confirm}
        </button>
        <button
          type="button"
          @click=${() => {
            this.close();
            request.onCancel?.();
          }}
        >
          ${cancelLabel}
        </button>
      </div>
    </div>`;
  }
}
