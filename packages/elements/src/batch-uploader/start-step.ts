// The start step (R14): name a new batch and pick its pool, or reopen one of the pool's batches
// (with its counts), and the CSV template. Loads the pools and batches when it is shown.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isInvitekitError, type Batch, type BatchSummary, type Pool } from '@invitekit/sdk';
import { Loader } from '../shared/loader.js';
import { describeError, describedBy, field, notice } from '../shared/ui.js';
import type { UploaderHost } from './host.js';

export interface StartStepOptions {
  /** The pool the element was given (`pool-id`). */
  poolId: () => string;
  /** Whether the start step is shown now (no batch open, pool mode, a client). */
  active: () => boolean;
  /** Open a batch chosen from the list. */
  open: (batchId: string) => void;
  /** A batch was created: open it. */
  created: (batch: Batch) => void;
  downloadTemplate: () => void;
  /** A retry button for a failed load (the element's). */
  retry: () => TemplateResult;
}

export class StartStep {
  /** The pool picked in the form, when not the element's. */
  pickedPool = '';
  #name = '';
  #error = '';
  readonly #host: UploaderHost;
  readonly #options: StartStepOptions;
  readonly #data: Loader<{ pools: Pool[]; batches: BatchSummary[] }>;

  constructor(host: UploaderHost, options: StartStepOptions) {
    this.#host = host;
    this.#options = options;
    this.#data = new Loader(
      host.element,
      () =>
        this.#host.api && options.active()
          ? [this.#host.api, this.pickedPool || options.poolId()]
          : undefined,
      async (signal) => {
        const api = this.#host.api;
        if (!api) throw new Error('no client');
        const pools = (await api.pools.list({ signal })).items;
        const poolId = this.pickedPool || options.poolId() || pools[0]?.id || '';
        const batches = poolId ? (await api.pools.batches(poolId, { signal })).items : [];
        return { pools, batches: [...batches].reverse() };
      },
    );
  }

  /** The pool a new batch goes to. */
  get poolId(): string {
    return this.pickedPool || this.#options.poolId() || this.#data.value?.pools[0]?.id || '';
  }

  /** The pools, once loaded (the title names the batch's). */
  get pools(): readonly Pool[] {
    return this.#data.value?.pools ?? [];
  }

  reload(): void {
    void this.#data.reload();
  }

  async #create(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.#host.api;
    const poolId = this.poolId;
    if (!api || !poolId) return;
    const name = this.#name.trim();
    if (!name) {
      this.#error = this.#host.t.common.required;
      this.#host.element.requestUpdate();
      await this.#host.element.updateComplete;
      this.#host.element.renderRoot.querySelector<HTMLElement>('#batch-name')?.focus();
      return;
    }
    try {
      const batch = await api.pools.createBatch(poolId, name);
      this.#name = '';
      this.#error = '';
      this.#options.created(batch);
    } catch (error) {
      this.#error = isInvitekitError(error)
        ? (error.fieldErrors.name?.[0] ?? error.message)
        : describeError(error, this.#host.t);
      this.#host.element.requestUpdate();
    }
  }

  render(): TemplateResult {
    const { t, u } = this.#host;
    const loaded = this.#data.value;
    const poolId = this.poolId;
    const error = this.#error;
    if (this.#data.state.status === 'error')
      return notice('error', describeError(this.#data.state.error, t), [], this.#options.retry());
    return html`<div class="start" part="start">
      <form class="new" @submit=${(e: Event) => void this.#create(e)} novalidate>
        <h3>${u.startTitle}</h3>
        ${field({
          id: 'batch-name',
          label: u.batchName,
          hint: u.batchNameHint,
          error: error || undefined,
          control: html`<input
            id="batch-name"
            autocomplete="off"
            maxlength="200"
            aria-describedby=${describedBy('batch-name', true, error) ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
            .value=${live(this.#name)}
            @input=${(e: Event) => {
              this.#name = (e.target as HTMLInputElement).value;
              if (this.#error) {
                this.#error = '';
                this.#host.element.requestUpdate();
              }
            }}
          />`,
        })}
        ${field({
          id: 'pool',
          label: u.pool,
          control: html`<select
            id="pool"
            .value=${live(poolId)}
            @change=${(e: Event) => {
              this.pickedPool = (e.target as HTMLSelectElement).value;
              this.#host.element.requestUpdate();
            }}
          >
            ${(loaded?.pools ?? []).map(
              (p) => html`<option value=${p.id} ?selected=${p.id === poolId}>${p.name}</option>`,
            )}
          </select>`,
        })}
        <div class="actions">
          <button class="primary" type="submit">${u.start}</button>
          <button type="button" @click=${this.#options.downloadTemplate}>${u.template}</button>
        </div>
      </form>
      <section class="reopen" aria-labelledby="reopen-title">
        <h3 id="reopen-title">${u.reopenTitle}</h3>
        ${
          !loaded
            ? html`<p class="hint">${t.common.loading}</p>`
            : loaded.batches.length === 0
              ? html`<p class="hint">${u.noBatches}</p>`
              : html`<ul>
                  ${loaded.batches.map(
                    (b) =>
                      html`<li>
                        <span
                          ><strong>${b.name}</strong>
                          <span class="hint"
                            >${u.batchCounts(
                              b.counts.uploaded,
                              b.counts.invited + b.counts.declined + b.counts.expired,
                              b.counts.accepted,
                            )}</span
                          ></span
                        >
                        <button
                          type="button"
                          aria-label=${u.reopen(b.name)}
                          @click=${() => this.#options.open(b.id)}
                        >
                          ${u.reopen('').trim()}
                        </button>
                      </li>`,
                  )}
                </ul>`
        }
      </section>
    </div>`;
  }
}
