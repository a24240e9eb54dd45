import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Batch, BatchSummary } from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { Confirm } from '../shared/controllers/confirm.js';
import { actionMenuStyles } from '../shared/controllers/action-menu.styles.js';
import type { MenuItem } from '../shared/controllers/action-menu.js';
import { download } from '../shared/download.js';
import { controls, tokens } from '../shared/theme.js';
import { describeError, notice } from '../shared/ui.js';
import { Editor } from './editor.js';
import { FileRead } from './file-read.js';
import { renderDropZone } from './drop-zone.js';
import { renderFilePanel } from './file-panel.js';
import type { UploaderHost } from './host.js';
import { uploaderMessagesFor, type UploaderMessages } from './messages/index.js';
import { UploadRows } from './model.js';
import {
  fieldsOf,
  requiredFields,
  type DateOrder,
  type Field,
  type ReadOptions,
  type UploadMode,
} from './read/protocol.js';
import { recall, remember, type Interrupted } from './resume.js';
import { Review } from './review.js';
import {
  chunk,
  fieldLabel,
  invitable,
  problemsCsv,
  rowFromEntry,
  tabOf,
  template,
  who,
  type Row,
  type Words,
} from './rows.js';
import { Runner } from './runner.js';
import { StartStep } from './start-step.js';
import { styles } from './batch-uploader.styles.js';

/** The API takes at most this many rows (and ~1 MB) per request. */
const MAX_CHUNK = 5000;
const CONTACTS_CHUNK = 2000;

interface Outcome {
  tone: 'success' | 'error' | 'warning' | 'info';
  text: string;
  lines: string[];
  retry?: () => void;
  retryLabel?: string;
}

/**
 * Bulk onboarding from a spreadsheet: start or reopen a batch for a pool (R14), drop a CSV, TSV
 * or .xlsx file, check every row in the browser and then against the API (R16), correct or
 * remove rows (R17), and invite selected or all valid rows with progress, stop and retry (R18,
 * R19). With `mode="contacts"`, imports trusted contacts instead (R31).
 *
 * The file is read and checked in a module Web Worker (`parse.worker.js`, loaded from the same
 * origin when the first file arrives; the .xlsx reader loads only for an .xlsx).
 *
 * @summary Upload a spreadsheet of people, fix what is wrong, invite them in one go.
 *
 * @fires invitekit-batch-opened - A batch was started or reopened.
 * @fires invitekit-file-read - The file was read and checked in the browser.
 * @fires invitekit-rows-checked - Rows were checked by the API (and added to the batch).
 * @fires invitekit-batch-invite-request - Cancelable. Before inviting rows.
 * @fires invitekit-batch-invited - After inviting, with what was invited and what failed.
 * @fires invitekit-row-corrected - A row was corrected and checked again.
 * @fires invitekit-rows-removed - Rows were removed from the batch.
 * @fires invitekit-export - Cancelable. The CSV of the rows with problems, before it downloads.
 *
 * @csspart start - The start step: new batch, reopen a batch.
 * @csspart drop - The drop zone.
 * @csspart file - The file panel: encoding, columns, dates, preview.
 * @csspart progress - Progress of a check or an invitation run.
 * @csspart toolbar - Tabs, filter and export.
 * @csspart grid - The review table.
 * @csspart row - Each row of the review table.
 * @csspart editor - The correction form, beside its row.
 * @csspart notice - Results and errors.
 *
 * @cssprop --ik-uploader-height - Height of the review table's scrolling body (24rem).
 * @cssprop --ik-accent - Buttons, focus, selection, progress.
 * @cssprop --ik-danger - Problems.
 * @cssprop --ik-border - Borders and separators.
 * @cssprop --ik-radius - Corner radius.
 * @cssprop --ik-spacing - Base spacing unit.
 */
export class BatchUploader extends InvitekitElement {
  static override styles = [tokens, controls, actionMenuStyles, styles];

  /** The pool the batch fills (R14). */
  @property({ type: String, attribute: 'pool-id' }) poolId = '';
  /** Open this batch at once instead of the start step. */
  @property({ type: String, attribute: 'batch-id' }) batchId = '';
  /** `pool` (people for a batch, the default) or `contacts` (trusted contacts, R31). */
  @property({ type: String }) mode: UploadMode = 'pool';
  /** What an all-ambiguous date column means until the admin says: `dmy` (default) or `mdy`. */
  @property({ type: String, attribute: 'date-format' }) dateFormat: DateOrder = 'dmy';
  /** Country for mobiles written without a country code (ISO 3166, default AU). */
  @property({ type: String, attribute: 'default-country' }) defaultCountry = 'AU';
  /** Most rows read from one file (default 100,000). */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = 100_000;
  /** Largest file accepted, in bytes (default 50 MB). */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize = 50 * 1024 * 1024;
  /**
   * Rows per API request when checking and inviting, at most (default 500, at most 5000); fewer
   * when the API answers slowly, so progress shows at least every quarter second.
   */
  @property({ type: Number, attribute: 'chunk-size' }) chunkSize = 500;

  @state() private batch: BatchSummary | undefined;
  @state() private loadingBatch = false;
  @state() private outcome: Outcome | undefined;
  @state() private failure: unknown;
  @state() private dragging = false;
  /** A check of this batch's file that the page did not finish (see resume.ts). */
  @state() private interrupted: Interrupted | undefined;
  /** What the admin chose for the file (undefined: let the reader detect it). */
  @state() private choices: Pick<
    ReadOptions,
    'encoding' | 'delimiter' | 'sheet' | 'mapping' | 'dateOrder'
  > = {};

  #abort = new AbortController();
  #announcedRead = '';
  #wordsFor: { t: unknown; words: Words } | undefined;

  /** What the parts need of the element (see host.ts). */
  readonly #host: UploaderHost = ((element: BatchUploader) => ({
    element,
    get api() {
      return element.api;
    },
    get mode() {
      return element.mode;
    },
    get t() {
      return element.t;
    },
    get u() {
      return element.#u;
    },
    get words() {
      return element.#words;
    },
    get country() {
      return element.#country;
    },
    get batch() {
      return element.batch;
    },
    set batch(batch) {
      element.batch = batch;
    },
    get signal() {
      return element.#abort.signal;
    },
    announce: (text) => element.announce(text),
    emit: (type, detail, options) => element.emit(type, detail, options),
  }))(this);

  readonly #rows = new UploadRows();
  readonly #read = new FileRead(this, () => this.#readOptions());
  readonly #runner = new Runner(this.#host, this.#rows, () => this.#chunk);
  readonly #confirm = new Confirm(this);
  readonly #start = new StartStep(this.#host, {
    poolId: () => this.poolId,
    active: () => this.mode === 'pool' && !this.batch,
    open: (id) => void this.#open(id, false),
    created: (batch) => void this.#created(batch),
    downloadTemplate: () => this.#downloadTemplate(),
    retry: () => this.#retryButton(),
  });
  readonly #review = new Review(this.#host, this.#rows, {
    busy: () => this.#runner.busy,
    actions: (row) => this.#actionsOf(row),
    invite: (rows, message) => void this.#invite(rows, message),
    remove: (rows) => this.#askRemove(rows),
    exportProblems: () => this.#exportProblems(),
  });
  readonly #editor = new Editor(this.#host, {
    dateOrder: () => this.#read.meta?.dateOrder ?? this.dateFormat,
    anchor: (row) => this.#review.rowElement(row),
    corrected: () => {
      this.#rows.changed();
      this.requestUpdate();
    },
    closed: (row) => void this.#review.focusRow(row),
  });

  /** The uploader's own words, in the language of the shared catalogue. */
  get #u(): UploaderMessages {
    return uploaderMessagesFor(this.t.locale, () => this.requestUpdate());
  }

  /** Both catalogues together, for the row helpers. */
  get #words(): Words {
    const t = this.t;
    const u = this.#u;
    if (this.#wordsFor?.t !== t || this.#wordsFor.words.uploader !== u)
      this.#wordsFor = { t, words: { ...t, uploader: u } };
    return this.#wordsFor.words;
  }

  get #chunk(): number {
    const limit = this.mode === 'contacts' ? CONTACTS_CHUNK : MAX_CHUNK;
    return Math.max(1, Math.min(limit, Math.floor(this.chunkSize) || 500));
  }

  get #country(): string {
    return (this.defaultCountry || 'AU').toUpperCase();
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Like a page unload: what is on its way is dropped; the batch keeps what was done.
    this.#abort.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('batchId') || changed.has('poolId') || changed.has('mode')) {
      if (this.batchId && this.mode === 'pool' && this.batch?.id !== this.batchId)
        void this.#open(this.batchId, false);
      if (changed.has('poolId')) this.#start.pickedPool = '';
    }
    this.#followRead();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#read.status === 'reading') {
      await this.#read.settled;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  #readOptions(): ReadOptions {
    const labels: Partial<Record<Field, string>> = {};
    for (const f of fieldsOf(this.mode)) labels[f] = fieldLabel(this.#words, f);
    return {
      mode: this.mode,
      ...this.choices,
      defaultDateOrder: this.dateFormat === 'mdy' ? 'mdy' : 'dmy',
      defaultCountry: this.#country,
      maxRows: this.maxRows,
      maxBytes: this.maxFileSize,
      labels,
    };
  }

  /** The file's rows (as the worker sends them) are the review's pending rows; say when all came. */
  #followRead(): void {
    const read = this.#read;
    if (this.#rows.file !== read.rows) this.#rows.setFile(read.rows);
    const readKey = `${read.name}|${read.rows.length}`;
    if (read.status === 'done' && this.#announcedRead !== readKey) {
      this.#announcedRead = readKey;
      this.announce(this.#u.localSummary(read.rows.length, read.withProblems));
      this.emit('invitekit-file-read', {
        name: read.name,
        rows: read.rows.length,
        withProblems: read.withProblems,
        ms: read.ms,
      });
    }
  }

  // ── batches (R14) ────────────────────────────────────────────────────────────────────────

  async #open(batchId: string, created: boolean, summary?: BatchSummary): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.loadingBatch = true;
    this.failure = undefined;
    try {
      const batch = await api.batches.get(batchId, { signal: this.#abort.signal });
      const { entries, ...rest } = batch;
      this.batch = summary ?? rest;
      this.#rows.setBatch(entries.map(rowFromEntry));
      this.#review.selection.clear();
      this.interrupted = recall(batchId);
      this.emit('invitekit-batch-opened', { batch: this.batch, created });
    } catch (error) {
      if (!this.#abort.signal.aborted) this.failure = error;
    } finally {
      this.loadingBatch = false;
    }
  }

  async #created(batch: Batch): Promise<void> {
    const { entries: _entries, ...summary } = batch;
    this.batch = summary;
    this.#rows.setBatch([]);
    this.interrupted = undefined;
    this.emit('invitekit-batch-opened', { batch: summary, created: true });
    this.announce(batch.name);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.drop button')?.focus();
  }

  #leaveBatch(): void {
    this.batch = undefined;
    this.#rows.setBatch([]);
    this.#read.clear();
    this.outcome = undefined;
    this.interrupted = undefined;
    if (this.#editor.row) this.#editor.close();
    this.#review.selection.clear();
    this.#start.reload();
  }

  #downloadTemplate(): void {
    const csv = template(this.#words, this.mode);
    download(csv, this.mode === 'contacts' ? 'contacts-template.csv' : 'people-template.csv');
  }

  // ── the file ─────────────────────────────────────────────────────────────────────────────

  #takeFile(file: File | undefined): void {
    if (!file) return;
    this.outcome = undefined;
    this.choices = {};
    this.#review.reset();
    if (file.size > this.maxFileSize) {
      this.#read.clear();
      this.outcome = {
        tone: 'error',
        text: this.#u.tooBig(this.t.time.size(this.maxFileSize)),
        lines: [],
      };
      return;
    }
    this.#read.read(file);
    this.announce(this.#u.reading(file.name));
  }

  #choose(change: Partial<ReadOptions>, reread: boolean): void {
    this.choices = { ...this.choices, ...change };
    // Lit reads the new choices when the worker is asked, in this same task.
    if (reread) this.#read.reread();
    else this.#read.recheck();
  }

  #setMapping(f: number, column: number): void {
    const mapping = [...(this.#read.meta?.mapping ?? [])];
    mapping[f] = column;
    this.#choose({ mapping }, false);
  }

  #discard(): void {
    this.#read.clear();
    this.choices = {};
  }

  /** Required fields no column is chosen for. */
  get #unmapped(): Field[] {
    const meta = this.#read.meta;
    if (!meta) return [];
    return fieldsOf(this.mode).filter(
      (f, i) => requiredFields.has(f) && (meta.mapping[i] ?? -1) < 0,
    );
  }

  // ── the API check (R16, R31) ─────────────────────────────────────────────────────────────

  async #check(): Promise<void> {
    if (this.#runner.busy || this.#unmapped.length || this.#read.status !== 'done') return;
    const name = this.#read.name;
    const batchId = this.batch?.id;
    const t = this.#u;
    this.outcome = undefined;
    this.announce(t.checking);
    // Remembered until the check ends, so a page closed on the way says so when it reopens.
    const mark = (checked: number, total: number) => {
      if (batchId) remember(batchId, { name, checked, total });
    };
    mark(0, this.#rows.pendingCount);
    const result = await this.#runner.check(mark);
    if (!result) return;
    const left = this.#rows.pendingCount;
    if (!left) {
      this.#read.clear();
      if (batchId) remember(batchId, undefined);
      this.interrupted = undefined;
    }
    this.#review.showTab('uploaded');
    const known = result.known ? [t.alreadyInBatch(result.known)] : [];
    if (result.failed !== undefined) {
      this.outcome = {
        tone: 'error',
        text: t.checkFailed,
        lines: [describeError(result.failed, this.t), ...known],
        retry: () => void this.#check(),
        retryLabel: t.uploadRest(left),
      };
    } else {
      const invalid = this.#rows.batch.filter((r) => tabOf(r) === 'uploaded' && !invitable(r));
      this.outcome = {
        tone: invalid.length ? 'warning' : 'success',
        text: t.localSummary(result.done, invalid.length),
        lines: known,
      };
    }
    this.announce(this.outcome.text);
    this.emit('invitekit-rows-checked', {
      batch: this.batch ?? null,
      entries: result.entries,
      contacts: result.contacts,
    });
  }

  // ── invite (R18, R19, R31) ───────────────────────────────────────────────────────────────

  async #invite(rows: Row[], message: string, retry = false): Promise<void> {
    const t = this.#u;
    if (!rows.length && !retry) {
      this.outcome = { tone: 'info', text: t.nothingToInvite, lines: [] };
      this.announce(t.nothingToInvite);
      return;
    }
    const result = await this.#runner.invite(rows, message, retry, (all) => {
      const go = this.emit(
        'invitekit-batch-invite-request',
        {
          batchId: this.batch?.id ?? null,
          entryIds: all.flatMap((r) => (r.entry ? [r.entry.id] : [])),
          lines: all.map((r) => r.line),
          message,
        },
        { cancelable: true },
      );
      if (go) {
        this.outcome = undefined;
        this.announce(t.inviting);
      }
      return go;
    });
    if (!result) return;
    if (result.stale && this.batch) await this.#open(this.batch.id, false, this.batch);
    const failures = result.failed;
    this.#review.selection.set(failures.map((r) => r.key));
    const shown = failures
      .slice(0, 20)
      .map((r) => t.failedRow(r.line, who(this.mode, r), r.failure ?? t.stopping));
    const text =
      this.mode === 'contacts'
        ? t.importedResult(result.invited, result.accepted, failures.length)
        : t.invitedResult(result.invited, result.accepted, failures.length);
    this.outcome = {
      tone: failures.length ? 'warning' : 'success',
      text,
      lines: failures.length > shown.length ? [...shown, '…'] : shown,
      ...(failures.length
        ? {
            retry: () => void this.#invite(result.retry, message, true),
            retryLabel: t.retryFailed(failures.length),
          }
        : {}),
    };
    this.announce(text);
    this.emit('invitekit-batch-invited', {
      batch: this.batch ?? null,
      entries: result.entries,
      contacts: result.contacts,
      failed: failures.map((r) => ({
        entryId: r.entry?.id ?? null,
        line: r.line,
        message: r.failure ?? '',
      })),
    });
  }

  // ── correct and remove (R17) ─────────────────────────────────────────────────────────────

  #actionsOf(row: Row): MenuItem[] {
    const t = this.#u;
    // Rows of the file not checked yet are not in the batch: nothing to do to them there.
    if (tabOf(row) !== 'uploaded' || (!row.entry && !row.contact)) return [];
    const busy = this.#runner.busy;
    return [
      { label: t.edit, run: () => void this.#editor.open(row), disabled: busy },
      { label: t.remove, run: () => this.#askRemove([row], row), disabled: busy },
    ];
  }

  #askRemove(rows: Row[], from?: Row): void {
    if (!rows.length) return;
    void this.#confirm.ask({
      text: this.#u.confirmRemove(rows.length),
      confirm: this.#u.remove,
      run: () => void this.#remove(rows),
      onCancel: () => void this.#review.focusRow(from),
    });
  }

  async #remove(rows: Row[]): Promise<void> {
    const api = this.api;
    if (!api) return;
    const ids = rows.flatMap((r) => (r.entry ? [r.entry.id] : []));
    try {
      if (this.batch && ids.length) {
        for (const part of chunk(ids, MAX_CHUNK)) {
          this.batch = await api.batches.remove(this.batch.id, part);
        }
      }
    } catch (error) {
      this.outcome = { tone: 'error', text: describeError(error, this.t), lines: [] };
      this.announce(this.outcome.text);
      return;
    }
    this.#rows.remove(new Set(rows));
    this.#review.selection.retain(this.#rows.batch.map((r) => r.key));
    const text = this.#u.removed(rows.length);
    this.outcome = { tone: 'success', text, lines: [] };
    this.announce(text);
    this.emit('invitekit-rows-removed', {
      batch: this.batch ?? null,
      entryIds: ids,
      lines: rows.map((r) => r.line),
    });
    await this.#review.focusRow(undefined);
  }

  // ── export ───────────────────────────────────────────────────────────────────────────────

  #exportProblems(): void {
    const rows = this.#rows.withProblems();
    const csv = problemsCsv(this.#words, this.mode, rows, this.#country);
    const base = (this.batch?.name ?? this.#read.name) || 'upload';
    const filename = `${base.replace(/[^\p{L}\p{N}_-]+/gu, '-')}-problems.csv`;
    if (!this.emit('invitekit-export', { csv, filename }, { cancelable: true })) return;
    download(csv, filename);
  }

  // ── render ───────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const missing = this.renderMissingClient();
    if (missing !== nothing) return html`${missing}${this.renderLiveRegion()}`;
    const t = this.#u;
    const pool = this.#start.pools.find((p) => p.id === (this.batch?.poolId ?? this.poolId));
    const title = this.mode === 'contacts' ? t.contactsTitle : t.title(pool?.name ?? '');
    const body =
      this.failure !== undefined
        ? notice('error', describeError(this.failure, this.t), [], this.#retryButton())
        : this.mode === 'pool' && !this.batch
          ? this.loadingBatch || this.batchId
            ? html`<p class="hint" role="status">${this.t.common.loading}</p>`
            : this.#start.render()
          : this.#renderWork();
    return html`<section class="uploader" aria-labelledby="uploader-title">
        <h2 id="uploader-title" class="title">${title}</h2>
        ${body}
      </section>
      ${this.#review.renderMenu()} ${this.renderLiveRegion()}`;
  }

  #retryButton(): TemplateResult {
    return html`<button
      type="button"
      @click=${() => {
        this.failure = undefined;
        if (this.batchId) void this.#open(this.batchId, false);
        else this.#start.reload();
      }}
    >
      ${this.t.common.retry}
    </button>`;
  }

  #renderWork(): TemplateResult {
    const t = this.#u;
    const read = this.#read;
    const busy = this.#runner.busy;
    const pending = this.#rows.pendingCount;
    return html`<div class="batch-head">
        ${
          this.batch
            ? html`<strong>${this.batch.name}</strong>
                <button type="button" ?disabled=${busy} @click=${() => this.#leaveBatch()}>
                  ${t.otherBatch}
                </button>`
            : nothing
        }
        <button type="button" @click=${() => this.#downloadTemplate()}>${t.template}</button>
      </div>
      ${this.#renderInterrupted()}
      ${
        pending || busy
          ? nothing
          : renderDropZone({
              u: t,
              t: this.t,
              maxRows: this.maxRows,
              maxFileSize: this.maxFileSize,
              dragging: this.dragging,
              drag: (over) => (this.dragging = over),
              take: (file) => this.#takeFile(file),
            })
      }
      ${
        read.status === 'idle'
          ? nothing
          : renderFilePanel({
              t: this.t,
              u: t,
              words: this.#words,
              mode: this.mode,
              read,
              busy,
              pending,
              unmapped: this.#unmapped,
              dateOrderChosen: this.choices.dateOrder !== undefined,
              choose: (change, reread) => this.#choose(change, reread),
              setMapping: (f, column) => this.#setMapping(f, column),
              check: () => void this.#check(),
              discard: () => this.#discard(),
            })
      }
      ${this.#runner.render()} ${this.#renderOutcome()}
      ${this.#confirm.render(this.t.common.cancel)}
      ${pending || this.#rows.batch.length ? this.#review.render() : nothing}
      ${this.#editor.render()}`;
  }

  #renderInterrupted(): TemplateResult | typeof nothing {
    const stopped = this.interrupted;
    if (!stopped || this.#read.status !== 'idle' || this.#runner.busy) return nothing;
    return notice(
      'warning',
      this.#u.interrupted(stopped.name, stopped.checked, stopped.total),
      [],
      html`<button
        type="button"
        @click=${() => {
          if (this.batch) remember(this.batch.id, undefined);
          this.interrupted = undefined;
        }}
      >
        ${this.t.common.close}
      </button>`,
    );
  }

  #renderOutcome(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    return notice(
      outcome.tone,
      outcome.text,
      outcome.lines,
      outcome.retry
        ? html`<button type="button" ?disabled=${this.#runner.busy} @click=${outcome.retry}>
            ${outcome.retryLabel}
          </button>`
        : nothing,
    );
  }
}
