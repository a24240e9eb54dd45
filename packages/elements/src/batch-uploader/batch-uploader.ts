import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  isInvitekitError,
  type BatchEntry,
  type BatchSummary,
  type FieldErrors,
  type Pool,
} from '@invitekit/sdk';
import {
  ValidRow,
  email as emailRule,
  fieldErrorsFrom,
  name as nameRule,
} from '@invitekit/sdk/schemas';
import { InvitekitElement } from '../shared/base.js';
import { ActionMenu, type MenuItem } from '../shared/controllers/action-menu.js';
import { Confirm } from '../shared/controllers/confirm.js';
import { cssProps } from '../shared/controllers/css-props.js';
import { RowFocus } from '../shared/controllers/row-focus.js';
import { Selection } from '../shared/controllers/selection.js';
import { SizeController } from '../shared/controllers/size.js';
import { VirtualList } from '../shared/controllers/virtual-list.js';
import { download } from '../shared/download.js';
import type { ContactRowResult } from '../shared/events.js';
import { Loader } from '../shared/loader.js';
import { controls, tokens } from '../shared/theme.js';
import { describeError, describedBy, field, notice } from '../shared/ui.js';
import { FileRead } from './file-read.js';
import { uploaderMessagesFor, type UploaderMessages } from './messages/index.js';
import { readDate } from './read/dates.js';
import {
  dateOrders,
  delimiters,
  encodings,
  fieldsOf,
  requiredFields,
  type DateOrder,
  type Delimiter,
  type Encoding,
  type Field,
  type ReadOptions,
  type UploadMode,
} from './read/protocol.js';
import {
  chunk,
  contactRow,
  fieldLabel,
  hasProblems,
  invitable,
  problemsCsv,
  problemsOf,
  rowBytes,
  rowFromEntry,
  rowFromFile,
  sheetRow,
  tabOf,
  template,
  who,
  type Row,
  type Words,
} from './rows.js';
import { styles } from './batch-uploader.styles.js';

const tabs = ['uploaded', 'invited', 'accepted'] as const;
type Tab = (typeof tabs)[number];
/** Row height in ems of the element's font: two lines of text and a problem line. */
const ROW_EMS = 4.5;
/** The API takes at most this many rows (and ~1 MB) per request. */
const MAX_CHUNK = 5000;
const CONTACTS_CHUNK = 2000;

interface Run {
  kind: 'check' | 'invite';
  done: number;
  total: number;
  stopping: boolean;
}

interface InviteChunk {
  rows: Row[];
  /** Kept across retries: a retry of the same rows is answered, not done twice. */
  key: string;
}

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
 * @csspart editor - The correction form.
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
  static override styles = [tokens, controls, styles];

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
  /** Rows per API request when checking and inviting (default 500, at most 5000). */
  @property({ type: Number, attribute: 'chunk-size' }) chunkSize = 500;

  @state() private batch: BatchSummary | undefined;
  @state() private loadingBatch = false;
  @state() private pickedPool = '';
  @state() private batchName = '';
  @state() private startError = '';
  @state() private tab: Tab = 'uploaded';
  @state() private problemsOnly = false;
  @state() private run: Run | undefined;
  @state() private outcome: Outcome | undefined;
  @state() private failure: unknown;
  @state() private message = '';
  @state() private editing: Row | undefined;
  @state() private draft: string[] = [];
  @state() private draftErrors: FieldErrors = {};
  @state() private dragging = false;
  /** What the admin chose for the file (undefined: let the reader detect it). */
  @state() private choices: Pick<
    ReadOptions,
    'encoding' | 'delimiter' | 'sheet' | 'mapping' | 'dateOrder'
  > = {};

  /** The batch's rows (pool), or the contacts checked by the API. */
  #rows: Row[] = [];
  /** Rows of the file not yet checked by the API, in file order. */
  #pending: Row[] = [];
  #pendingFrom: unknown;
  /** How many of the worker's rows are taken (some may have left `#pending` for the batch). */
  #taken = 0;
  #version = 0;
  #view: { key: string; rows: Row[] } | undefined;
  #abort = new AbortController();
  #uploadKeys = new Map<string, string>();
  #failedChunks: InviteChunk[] = [];
  #announcedRead = '';

  readonly #read = new FileRead(this, () => this.#readOptions());
  readonly #size = new SizeController(this);
  readonly #list = new VirtualList(this, {
    rowHeight: () => Math.round(ROW_EMS * this.#size.em),
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.body'),
  });
  readonly #focus = new RowFocus(this, this.#list, () => this.#shown.length);
  readonly #selection = new Selection(this);
  readonly #confirm = new Confirm(this);
  readonly #menu = new ActionMenu<Row>(this, {
    key: (row) => row.key,
    items: (row) => this.#actionsOf(row),
    label: (row) => this.#u.actionsFor(who(this.mode, row)),
  });
  readonly #start = new Loader<{ pools: Pool[]; batches: BatchSummary[] }>(
    this,
    () =>
      this.api && this.mode === 'pool' && !this.batch
        ? [this.api, this.pickedPool || this.poolId]
        : undefined,
    async (signal) => {
      const api = this.api;
      if (!api) throw new Error('no client');
      const pools = (await api.pools.list({ signal })).items;
      const poolId = this.pickedPool || this.poolId || pools[0]?.id || '';
      const batches = poolId ? (await api.pools.batches(poolId, { signal })).items : [];
      return { pools, batches: [...batches].reverse() };
    },
  );

  #wordsFor: { t: unknown; words: Words } | undefined;

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

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Like a page unload: what is on its way is dropped; the batch keeps what was done.
    this.#abort.abort();
    this.run = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('batchId') || changed.has('poolId') || changed.has('mode')) {
      if (this.batchId && this.mode === 'pool' && this.batch?.id !== this.batchId)
        void this.#open(this.batchId, false);
      if (changed.has('poolId')) this.pickedPool = '';
    }
    this.#takeReadRows();
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
      defaultCountry: this.defaultCountry || 'AU',
      maxRows: this.maxRows,
      maxBytes: this.maxFileSize,
      labels,
    };
  }

  /** Rows the worker sent since the last update become pending rows of the review. */
  #takeReadRows(): void {
    const read = this.#read.rows;
    if (this.#pendingFrom !== read) {
      this.#pendingFrom = read;
      this.#pending = [];
      this.#taken = 0;
    }
    if (read.length > this.#taken) {
      for (let i = this.#taken; i < read.length; i++) {
        const row = read[i];
        if (row) this.#pending.push(rowFromFile(row));
      }
      this.#taken = read.length;
      this.#changed();
    }
    const readKey = `${this.#read.name}|${this.#read.rows.length}`;
    if (this.#read.status === 'done' && this.#announcedRead !== readKey) {
      this.#announcedRead = readKey;
      this.announce(this.#u.localSummary(this.#read.rows.length, this.#read.withProblems));
      this.emit('invitekit-file-read', {
        name: this.#read.name,
        rows: this.#read.rows.length,
        withProblems: this.#read.withProblems,
        ms: this.#read.ms,
      });
    }
  }

  #changed(): void {
    this.#version++;
    this.requestUpdate();
  }

  get #chunk(): number {
    const limit = this.mode === 'contacts' ? CONTACTS_CHUNK : MAX_CHUNK;
    return Math.max(1, Math.min(limit, Math.floor(this.chunkSize) || 500));
  }

  get #country(): string {
    return (this.defaultCountry || 'AU').toUpperCase();
  }

  /** The rows on screen: the file's before its check, else the batch's in the current tab. */
  get #shown(): Row[] {
    const pending = this.#pending.length > 0;
    const key = `${this.#version}|${pending}|${this.tab}|${this.problemsOnly}`;
    if (this.#view?.key === key) return this.#view.rows;
    const source = pending ? this.#pending : this.#rows.filter((r) => tabOf(r) === this.tab);
    const rows = this.problemsOnly ? source.filter(hasProblems) : source;
    this.#view = { key, rows };
    return rows;
  }

  #problems(row: Row) {
    return problemsOf(this.#words, this.mode, row, this.#country);
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
      this.#rows = entries.map(rowFromEntry);
      this.#selection.clear();
      this.#changed();
      this.emit('invitekit-batch-opened', { batch: this.batch, created });
    } catch (error) {
      if (!this.#abort.signal.aborted) this.failure = error;
    } finally {
      this.loadingBatch = false;
    }
  }

  async #createBatch(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const poolId = this.pickedPool || this.poolId || this.#start.value?.pools[0]?.id;
    if (!api || !poolId) return;
    const name = this.batchName.trim();
    if (!name) {
      this.startError = this.t.common.required;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#batch-name')?.focus();
      return;
    }
    try {
      const batch = await api.pools.createBatch(poolId, name);
      const { entries: _entries, ...summary } = batch;
      this.batch = summary;
      this.#rows = [];
      this.batchName = '';
      this.startError = '';
      this.#changed();
      this.emit('invitekit-batch-opened', { batch: summary, created: true });
      this.announce(batch.name);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.drop button')?.focus();
    } catch (error) {
      this.startError = isInvitekitError(error)
        ? (error.fieldErrors.name?.[0] ?? error.message)
        : describeError(error, this.t);
    }
  }

  #leaveBatch(): void {
    this.batch = undefined;
    this.#rows = [];
    this.#read.clear();
    this.outcome = undefined;
    this.editing = undefined;
    this.#selection.clear();
    this.#changed();
    void this.#start.reload();
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
    this.problemsOnly = false;
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

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    this.#takeFile(event.dataTransfer?.files[0]);
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
    this.#changed();
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
    const api = this.api;
    if (!api || this.run || this.#unmapped.length || !this.#pending.length) return;
    if (this.mode === 'pool' && !this.batch) return;
    const total = this.#pending.length;
    const chunks = chunk(this.#pending, this.#chunk, 600_000, rowBytes);
    this.run = { kind: 'check', done: 0, total, stopping: false };
    this.outcome = undefined;
    this.announce(this.#u.checking);
    const entries: BatchEntry[] = [];
    const contacts: ContactRowResult[] = [];
    let failed: unknown;
    for (const rows of chunks) {
      if (this.#stopping) break;
      const first = rows[0]?.line ?? 0;
      const id = `${this.batch?.id ?? 'contacts'}:${first}:${rows.length}`;
      const idempotencyKey = this.#uploadKeys.get(id) ?? crypto.randomUUID();
      this.#uploadKeys.set(id, idempotencyKey);
      const options = { idempotencyKey, signal: this.#abort.signal };
      try {
        if (this.mode === 'pool' && this.batch) {
          const result = await api.batches.upload(this.batch.id, rows.map(sheetRow), options);
          result.entries.forEach((entry, i) => {
            const row = rows[i];
            if (!row) return;
            row.entry = entry;
            row.key = entry.id;
            entries.push(entry);
          });
          this.batch = result.batch;
        } else {
          const result = await api.contacts.import({ rows: rows.map(contactRow) }, options);
          result.rows.forEach((reviewed, i) => {
            const row = rows[i];
            if (!row) return;
            row.contact = { ...reviewed, line: row.line ?? reviewed.line };
            contacts.push(row.contact);
          });
        }
      } catch (error) {
        if (this.#abort.signal.aborted) return;
        failed = error;
        break;
      }
      this.#pending = this.#pending.slice(rows.length);
      for (const row of rows) this.#rows.push(row);
      this.#progress(rows.length);
    }
    const t = this.#u;
    const done = total - this.#pending.length;
    this.run = undefined;
    if (!this.#pending.length) this.#read.clear();
    this.tab = 'uploaded';
    this.#changed();
    if (failed !== undefined) {
      this.outcome = {
        tone: 'error',
        text: t.checkFailed,
        lines: [describeError(failed, this.t)],
        retry: () => void this.#check(),
        retryLabel: t.uploadRest(this.#pending.length),
      };
    } else {
      const invalid = this.#rows.filter((r) => tabOf(r) === 'uploaded' && !invitable(r)).length;
      this.outcome = {
        tone: invalid ? 'warning' : 'success',
        text: t.localSummary(done, invalid),
        lines: [],
      };
    }
    this.announce(this.outcome.text);
    this.emit('invitekit-rows-checked', {
      batch: this.batch ?? null,
      entries,
      contacts,
    });
  }

  /** Whether the run was stopped (or the element left the page) while a request was out. */
  get #stopping(): boolean {
    return !this.run || this.run.stopping;
  }

  #progress(rows: number): void {
    if (this.run) this.run = { ...this.run, done: this.run.done + rows };
    this.#changed();
  }

  #stop(): void {
    if (this.run) this.run = { ...this.run, stopping: true };
    this.announce(this.#u.stopping);
  }

  // ── invite (R18, R19, R31) ───────────────────────────────────────────────────────────────

  /** Uploaded rows that can be invited: all of them, or the selected ones. */
  #invitable(selectedOnly: boolean): Row[] {
    return this.#rows.filter(
      (r) =>
        tabOf(r) === 'uploaded' && invitable(r) && (!selectedOnly || this.#selection.has(r.key)),
    );
  }

  async #invite(rows: Row[], retry?: InviteChunk[]): Promise<void> {
    const api = this.api;
    if (!api || this.run) return;
    const t = this.#u;
    if (!rows.length && !retry?.length) {
      this.outcome = { tone: 'info', text: t.nothingToInvite, lines: [] };
      this.announce(t.nothingToInvite);
      return;
    }
    const message = this.message.trim();
    const all = [...(retry ?? []).flatMap((c) => c.rows), ...rows];
    if (
      !this.emit(
        'invitekit-batch-invite-request',
        {
          batchId: this.batch?.id ?? null,
          entryIds: all.flatMap((r) => (r.entry ? [r.entry.id] : [])),
          lines: all.map((r) => r.line),
          message,
        },
        { cancelable: true },
      )
    )
      return;
    const chunks: InviteChunk[] = [
      ...(retry ?? []),
      ...chunk(rows, this.#chunk).map((c) => ({ rows: c, key: crypto.randomUUID() })),
    ];
    this.#failedChunks = [];
    for (const row of all) row.failure = null;
    this.run = { kind: 'invite', done: 0, total: all.length, stopping: false };
    this.outcome = undefined;
    this.announce(t.inviting);
    const changed: BatchEntry[] = [];
    const contacts: ContactRowResult[] = [];
    const failed: Row[] = [];
    let invited = 0;
    let accepted = 0;
    let stale = false;
    for (const part of chunks) {
      if (this.#stopping) {
        this.#failedChunks.push(part); // not sent: the retry sends it
        continue;
      }
      const options = { idempotencyKey: part.key, signal: this.#abort.signal };
      try {
        if (this.mode === 'pool' && this.batch) {
          const result = await api.batches.invite(
            this.batch.id,
            {
              entryIds: part.rows.flatMap((r) => (r.entry ? [r.entry.id] : [])),
              ...(message ? { message } : {}),
            },
            options,
          );
          const byId = new Map(part.rows.map((r) => [r.entry?.id, r]));
          for (const entry of result.entries) {
            const row = byId.get(entry.id);
            if (row) row.entry = entry;
            changed.push(entry);
          }
          for (const r of result.results) {
            if (r.outcome === 'invited') invited++;
            else if (r.outcome === 'accepted') accepted++;
            else if (r.error?.code === 'invalid_transition') stale = true;
            else {
              const row = byId.get(r.entryId);
              if (row) {
                row.failure = r.error?.message ?? '';
                failed.push(row);
              }
            }
          }
          this.batch = result.batch;
        } else {
          const result = await api.contacts.import(
            {
              rows: part.rows.map(contactRow),
              select: part.rows.map((_, i) => i + 2),
              ...(message ? { message } : {}),
            },
            options,
          );
          result.rows.forEach((imported, i) => {
            const row = part.rows[i];
            if (!row) return;
            row.contact = { ...imported, line: row.line ?? imported.line };
            contacts.push(row.contact);
            if (imported.outcome === 'invited') invited++;
            else if (imported.outcome === 'connection-requested') accepted++;
            else {
              row.failure = imported.error?.message ?? '';
              failed.push(row);
            }
          });
        }
      } catch (error) {
        if (this.#abort.signal.aborted) return;
        const why = describeError(error, this.t);
        for (const row of part.rows) row.failure = why;
        this.#failedChunks.push(part);
      }
      this.#progress(part.rows.length);
    }
    this.run = undefined;
    if (stale && this.batch) await this.#open(this.batch.id, false, this.batch);
    const notSent = this.#failedChunks.flatMap((c) => c.rows);
    const failures = [...notSent, ...failed];
    this.#selection.set(failures.map((r) => r.key));
    const shown = failures
      .slice(0, 20)
      .map((r) => t.failedRow(r.line, who(this.mode, r), r.failure ?? this.#u.stopping));
    const text =
      this.mode === 'contacts'
        ? t.importedResult(invited, accepted, failures.length)
        : t.invitedResult(invited, accepted, failures.length);
    this.outcome = {
      tone: failures.length ? 'warning' : 'success',
      text,
      lines: failures.length > shown.length ? [...shown, '…'] : shown,
      ...(failures.length
        ? {
            retry: () => void this.#invite(failed, this.#failedChunks),
            retryLabel: t.retryFailed(failures.length),
          }
        : {}),
    };
    this.#changed();
    this.announce(text);
    this.emit('invitekit-batch-invited', {
      batch: this.batch ?? null,
      entries: changed,
      contacts,
      failed: failures.map((r) => ({
        entryId: r.entry?.id ?? null,
        line: r.line,
        message: r.failure ?? '',
      })),
    });
  }

  // ── correct and remove (R17) ─────────────────────────────────────────────────────────────

  async #edit(row: Row): Promise<void> {
    this.editing = row;
    this.draft = [...row.values];
    this.draftErrors = this.#draftErrors();
    await this.updateComplete;
    const first =
      this.renderRoot.querySelector<HTMLElement>('.editor [aria-invalid="true"]') ??
      this.renderRoot.querySelector<HTMLElement>('.editor input');
    first?.focus();
  }

  /** The draft as it will be sent: a date written any way the file could have it, as ISO. */
  #draftValues(): string[] {
    const fields = fieldsOf(this.mode);
    return this.draft.map((v, i) => {
      if (fields[i] !== 'dateOfBirth') return v.trim();
      const read = readDate(v, this.#read.meta?.dateOrder ?? this.dateFormat);
      return read.ok ? read.iso : v.trim();
    });
  }

  #draftErrors(): FieldErrors {
    const fields = fieldsOf(this.mode);
    const values = this.#draftValues();
    const value = (f: Field) => values[fields.indexOf(f)] ?? '';
    if (this.mode === 'contacts') {
      const errors: FieldErrors = {};
      const name = nameRule('Name', 200).safeParse(value('name'));
      if (!name.success) errors.name = [this.#u.problems.required(this.t.fields.name)];
      if (!emailRule.safeParse(value('email')).success) errors.email = [this.#u.problems.email];
      return errors;
    }
    const parsed = ValidRow.safeParse(Object.fromEntries(fields.map((f) => [f, value(f)])));
    return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  }

  #closeEditor(): void {
    const row = this.editing;
    this.editing = undefined;
    this.draftErrors = {};
    if (row) void this.#focus.focus(Math.max(0, this.#shown.indexOf(row)));
  }

  async #saveCorrection(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const row = this.editing;
    if (!api || !row) return;
    this.draftErrors = this.#draftErrors();
    if (Object.keys(this.draftErrors).length) {
      this.announce(this.t.common.fixFields(Object.keys(this.draftErrors).length));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.editor [aria-invalid="true"]')?.focus();
      return;
    }
    const values = this.#draftValues();
    try {
      if (row.entry && this.batch) {
        const candidate: Row = { ...row, values };
        const { line: _line, ...body } = sheetRow(candidate);
        const entry = await api.batches.correct(this.batch.id, row.entry.id, body);
        Object.assign(row, { values, raw: null, local: [], entry, failure: null });
        this.emit('invitekit-row-corrected', { entry, contact: null });
      } else {
        const result = await api.contacts.import({ rows: [contactRow({ ...row, values })] });
        const reviewed = result.rows[0];
        if (!reviewed) return;
        const contact = { ...reviewed, line: row.line ?? reviewed.line };
        Object.assign(row, { values, raw: null, local: [], contact, failure: null });
        this.emit('invitekit-row-corrected', { entry: null, contact });
      }
    } catch (error) {
      const fieldErrors = isInvitekitError(error) ? error.fieldErrors : {};
      this.draftErrors = Object.keys(fieldErrors).length
        ? fieldErrors
        : { _: [describeError(error, this.t)] };
      return;
    }
    this.#changed();
    this.announce(this.#u.corrected(who(this.mode, row), invitable(row)));
    this.#closeEditor();
  }

  #askRemove(rows: Row[], from?: Row): void {
    if (!rows.length) return;
    void this.#confirm.ask({
      text: this.#u.confirmRemove(rows.length),
      confirm: this.#u.remove,
      run: () => void this.#remove(rows),
      onCancel: () =>
        void this.#focus.focus(from ? Math.max(0, this.#shown.indexOf(from)) : this.#focus.index),
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
    const gone = new Set(rows);
    this.#rows = this.#rows.filter((r) => !gone.has(r));
    this.#selection.retain(this.#rows.map((r) => r.key));
    this.#changed();
    const text = this.#u.removed(rows.length);
    this.outcome = { tone: 'success', text, lines: [] };
    this.announce(text);
    this.emit('invitekit-rows-removed', {
      batch: this.batch ?? null,
      entryIds: ids,
      lines: rows.map((r) => r.line),
    });
    await this.#focus.focus(Math.min(this.#focus.index, Math.max(0, this.#shown.length - 1)));
  }

  #actionsOf(row: Row): MenuItem[] {
    const t = this.#u;
    if (tabOf(row) !== 'uploaded' || this.#pending.includes(row)) return [];
    const busy = this.run !== undefined;
    return [
      { label: t.edit, run: () => void this.#edit(row), disabled: busy },
      { label: t.remove, run: () => this.#askRemove([row], row), disabled: busy },
    ];
  }

  // ── export ───────────────────────────────────────────────────────────────────────────────

  #exportProblems(): void {
    const source = this.#pending.length ? this.#pending : this.#rows;
    const rows = source.filter(hasProblems);
    const csv = problemsCsv(this.#words, this.mode, rows, this.#country);
    const base = (this.batch?.name ?? this.#read.name) || 'upload';
    const filename = `${base.replace(/[^\p{L}\p{N}_-]+/gu, '-')}-problems.csv`;
    if (!this.emit('invitekit-export', { csv, filename }, { cancelable: true })) return;
    download(csv, filename);
  }

  // ── keyboard ─────────────────────────────────────────────────────────────────────────────

  #onGridKey(event: KeyboardEvent): void {
    if (this.#focus.onKeyDown(event)) return;
    if (event.key === ' ' && (event.target as HTMLElement).getAttribute('role') === 'row') {
      event.preventDefault();
      const row = this.#shown[this.#focus.index];
      if (row && this.#selectable) this.#selection.toggle(row.key);
    }
  }

  #onTabKey(event: KeyboardEvent, tab: Tab): void {
    const at = tabs.indexOf(tab);
    const to =
      event.key === 'ArrowRight'
        ? tabs[(at + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(at - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!to) return;
    event.preventDefault();
    this.#showTab(to);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-tab="${to}"]`)?.focus(),
    );
  }

  #showTab(tab: Tab): void {
    this.tab = tab;
    this.#selection.clear();
    this.#focus.index = 0;
  }

  get #selectable(): boolean {
    return !this.#pending.length && this.tab === 'uploaded';
  }

  // ── render ───────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const missing = this.renderMissingClient();
    if (missing !== nothing) return html`${missing}${this.renderLiveRegion()}`;
    const t = this.#u;
    const pool = this.#start.value?.pools.find((p) => p.id === (this.batch?.poolId ?? this.poolId));
    const title = this.mode === 'contacts' ? t.contactsTitle : t.title(pool?.name ?? '');
    const body =
      this.failure !== undefined
        ? notice('error', describeError(this.failure, this.t), [], this.#retryOpen())
        : this.mode === 'pool' && !this.batch
          ? this.loadingBatch || this.batchId
            ? html`<p class="hint" role="status">${this.t.common.loading}</p>`
            : this.#renderStart()
          : this.#renderWork();
    return html`<section class="uploader" aria-labelledby="uploader-title">
        <h2 id="uploader-title" class="title">${title}</h2>
        ${body}
      </section>
      ${this.#menu.render(t.actionsFor(''))} ${this.renderLiveRegion()}`;
  }

  #retryOpen(): TemplateResult {
    return html`<button
      type="button"
      @click=${() => {
        this.failure = undefined;
        if (this.batchId) void this.#open(this.batchId, false);
        else void this.#start.reload();
      }}
    >
      ${this.t.common.retry}
    </button>`;
  }

  #renderStart(): TemplateResult {
    const t = this.#u;
    const loaded = this.#start.value;
    const poolId = this.pickedPool || this.poolId || loaded?.pools[0]?.id || '';
    if (this.#start.state.status === 'error')
      return notice('error', describeError(this.#start.state.error, this.t), [], this.#retryOpen());
    return html`<div class="start" part="start">
      <form class="new" @submit=${(e: Event) => void this.#createBatch(e)} novalidate>
        <h3>${t.startTitle}</h3>
        ${field({
          id: 'batch-name',
          label: t.batchName,
          hint: t.batchNameHint,
          error: this.startError || undefined,
          control: html`<input
            id="batch-name"
            autocomplete="off"
            maxlength="200"
            aria-describedby=${describedBy('batch-name', true, this.startError) ?? ''}
            aria-invalid=${this.startError ? 'true' : 'false'}
            .value=${live(this.batchName)}
            @input=${(e: Event) => {
              this.batchName = (e.target as HTMLInputElement).value;
              this.startError = '';
            }}
          />`,
        })}
        ${field({
          id: 'pool',
          label: t.pool,
          control: html`<select
            id="pool"
            .value=${live(poolId)}
            @change=${(e: Event) => (this.pickedPool = (e.target as HTMLSelectElement).value)}
          >
            ${(loaded?.pools ?? []).map(
              (p) => html`<option value=${p.id} ?selected=${p.id === poolId}>${p.name}</option>`,
            )}
          </select>`,
        })}
        <div class="actions">
          <button class="primary" type="submit">${t.start}</button>
          <button type="button" @click=${() => this.#downloadTemplate()}>${t.template}</button>
        </div>
      </form>
      <section class="reopen" aria-labelledby="reopen-title">
        <h3 id="reopen-title">${t.reopenTitle}</h3>
        ${
          !loaded
            ? html`<p class="hint">${this.t.common.loading}</p>`
            : loaded.batches.length === 0
              ? html`<p class="hint">${t.noBatches}</p>`
              : html`<ul>
                  ${loaded.batches.map(
                    (b) =>
                      html`<li>
                        <span
                          ><strong>${b.name}</strong>
                          <span class="hint"
                            >${t.batchCounts(
                              b.counts.uploaded,
                              b.counts.invited + b.counts.declined + b.counts.expired,
                              b.counts.accepted,
                            )}</span
                          ></span
                        >
                        <button
                          type="button"
                          aria-label=${t.reopen(b.name)}
                          @click=${() => void this.#open(b.id, false)}
                        >
                          ${this.#u.reopen('').trim()}
                        </button>
                      </li>`,
                  )}
                </ul>`
        }
      </section>
    </div>`;
  }

  #renderWork(): TemplateResult {
    const t = this.#u;
    const reading = this.#read.status !== 'idle';
    return html`${
      this.batch
        ? html`<div class="batch-head">
            <strong>${this.batch.name}</strong>
            <button
              type="button"
              ?disabled=${this.run !== undefined}
              @click=${() => this.#leaveBatch()}
            >
              ${t.otherBatch}
            </button>
            <button type="button" @click=${() => this.#downloadTemplate()}>${t.template}</button>
          </div>`
        : html`<div class="batch-head">
            <button type="button" @click=${() => this.#downloadTemplate()}>${t.template}</button>
          </div>`
    }
    ${this.#pending.length || this.run ? nothing : this.#renderDrop()}
    ${reading ? this.#renderFile() : nothing} ${this.#renderRun()}
    ${
      this.outcome
        ? notice(
            this.outcome.tone,
            this.outcome.text,
            this.outcome.lines,
            this.outcome.retry
              ? html`<button
                  type="button"
                  ?disabled=${this.run !== undefined}
                  @click=${this.outcome.retry}
                >
                  ${this.outcome.retryLabel}
                </button>`
              : nothing,
          )
        : nothing
    }
    ${this.#confirm.render(this.t.common.cancel)} ${this.#renderEditor()}
    ${this.#pending.length || this.#rows.length ? this.#renderReview() : nothing}`;
  }

  #renderDrop(): TemplateResult {
    const t = this.#u;
    return html`<div
      class="drop ${this.dragging ? 'over' : ''}"
      part="drop"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${(e: DragEvent) => this.#onDrop(e)}
    >
      <p><strong>${t.dropTitle}</strong></p>
      <p>
        ${t.drop}
        <button
          type="button"
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}
        >
          ${t.choose}
        </button>
      </p>
      <p class="hint">
        ${t.accepts(this.t.time.number(this.maxRows), this.t.time.size(this.maxFileSize))}
      </p>
      <input
        id="file"
        type="file"
        hidden
        aria-label=${t.choose}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          this.#takeFile(input.files?.[0]);
          input.value = '';
        }}
      />
    </div>`;
  }

  #renderFile(): TemplateResult {
    const t = this.#u;
    const read = this.#read;
    if (read.status === 'fatal' && read.fatal)
      return notice(
        'error',
        t.fatal[read.fatal.code],
        [read.name],
        html`<button type="button" @click=${() => this.#discard()}>${this.t.common.close}</button>`,
      );
    const meta = read.meta;
    if (!meta) return html`<p class="hint" role="status" part="file">${t.reading(read.name)}</p>`;
    const fields = fieldsOf(this.mode);
    const unmapped = this.#unmapped;
    const busy = this.run !== undefined;
    return html`<section class="file" part="file" aria-labelledby="file-title">
      <h3 id="file-title">${t.fileSummary(read.name, meta.rows)}</h3>
      ${
        meta.kind === 'csv' && !meta.encodingSure
          ? notice('warning', t.encodingGuessed, [])
          : nothing
      }
      <div class="options">
        ${
          meta.kind === 'csv'
            ? html`${field({
                id: 'encoding',
                label: t.encoding,
                hint: t.encodingHint,
                control: html`<select
                  id="encoding"
                  aria-describedby="encoding-hint"
                  ?disabled=${busy}
                  @change=${(e: Event) =>
                    this.#choose(
                      { encoding: (e.target as HTMLSelectElement).value as Encoding },
                      true,
                    )}
                >
                  ${encodings.map(
                    (enc) =>
                      html`<option value=${enc} ?selected=${enc === meta.encoding}>
                        ${t.encodings[enc]}
                      </option>`,
                  )}
                </select>`,
              })}
              ${field({
                id: 'delimiter',
                label: t.delimiter,
                control: html`<select
                  id="delimiter"
                  ?disabled=${busy}
                  @change=${(e: Event) =>
                    this.#choose(
                      { delimiter: (e.target as HTMLSelectElement).value as Delimiter },
                      true,
                    )}
                >
                  ${delimiters.map(
                    (d) =>
                      html`<option value=${d} ?selected=${d === meta.delimiter}>
                        ${t.delimiters[d]}
                      </option>`,
                  )}
                </select>`,
              })}`
            : meta.sheets.length > 1
              ? field({
                  id: 'sheet',
                  label: t.sheet,
                  control: html`<select
                    id="sheet"
                    ?disabled=${busy}
                    @change=${(e: Event) =>
                      this.#choose(
                        {
                          sheet: Number((e.target as HTMLSelectElement).value),
                          mapping: undefined,
                        },
                        true,
                      )}
                  >
                    ${meta.sheets.map(
                      (name, i) =>
                        html`<option value=${i} ?selected=${i === meta.sheet}>${name}</option>`,
                    )}
                  </select>`,
                })
              : nothing
        }
      </div>
      ${meta.notes.map((note) =>
        notice(
          note.code === 'blankRows' ? 'info' : 'warning',
          note.code === 'malformedQuote'
            ? t.notes.malformedQuote(note.line)
            : note.code === 'tooManyRows'
              ? t.notes.tooManyRows(note.max, note.total)
              : t.notes.blankRows(note.count),
          [],
        ),
      )}
      <div class="preview">
        <table>
          <caption>
            ${t.preview}
          </caption>
          <thead>
            <tr>
              ${meta.headers.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${meta.preview.map(
              (row) =>
                html`<tr>
                  ${meta.headers.map((_, i) => html`<td>${row[i] ?? ''}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <fieldset class="mapping">
        <legend>${t.mappingTitle}</legend>
        <p class="hint">${t.mappingHint}</p>
        <div class="mapping-grid">
          ${fields.map((f, i) => {
            const id = `map-${f}`;
            const missing = unmapped.includes(f);
            return field({
              id,
              label: `${fieldLabel(this.#words, f)}${requiredFields.has(f) ? '' : ` (${this.t.common.optional})`}`,
              error: missing ? t.unmapped(fieldLabel(this.#words, f)) : undefined,
              control: html`<select
                id=${id}
                aria-label=${t.columnFor(fieldLabel(this.#words, f))}
                aria-invalid=${missing ? 'true' : 'false'}
                aria-describedby=${describedBy(id, false, missing) ?? ''}
                ?disabled=${busy}
                @change=${(e: Event) => this.#setMapping(i, Number((e.target as HTMLSelectElement).value))}
              >
                <option value="-1" ?selected=${(meta.mapping[i] ?? -1) < 0}>${t.notInFile}</option>
                ${meta.headers.map(
                  (h, column) =>
                    html`<option value=${column} ?selected=${meta.mapping[i] === column}>
                      ${h || `#${column + 1}`}
                    </option>`,
                )}
              </select>`,
            });
          })}
        </div>
      </fieldset>
      ${
        meta.order === 'ambiguous' || meta.order === 'mixed' || this.choices.dateOrder
          ? html`<fieldset class="dates">
              <legend>${t.datesTitle}</legend>
              <p>${meta.order === 'mixed' ? t.datesMixed : t.datesAmbiguous}</p>
              ${dateOrders.map(
                (order) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="date-order"
                      value=${order}
                      ?disabled=${busy}
                      .checked=${live(meta.dateOrder === order)}
                      @change=${() => this.#choose({ dateOrder: order }, false)}
                    />
                    ${order === 'dmy' ? t.dayFirst : t.monthFirst}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      ${
        read.status === 'reading'
          ? html`<p class="hint" role="status">${t.readRows(read.rows.length)}</p>`
          : html`<p class="summary">${t.localSummary(read.rows.length, read.withProblems)}</p>`
      }
      ${unmapped.length ? notice('error', t.unmapped(unmapped.map((f) => fieldLabel(this.#words, f)).join(', ')), []) : nothing}
      <div class="actions">
        <button
          class="primary"
          type="button"
          aria-disabled=${unmapped.length || read.status !== 'done' || busy ? 'true' : 'false'}
          @click=${() => void this.#check()}
        >
          ${t.upload(this.#pending.length)}
        </button>
        <button type="button" ?disabled=${busy} @click=${() => this.#discard()}>
          ${t.discard}
        </button>
      </div>
    </section>`;
  }

  #renderRun(): TemplateResult | typeof nothing {
    const run = this.run;
    if (!run) return nothing;
    const t = this.#u;
    const label = run.kind === 'check' ? t.checking : t.inviting;
    return html`<div class="run" part="progress">
      <label for="progress">${label}</label>
      <progress id="progress" max=${run.total} .value=${run.done}></progress>
      <span class="hint"
        >${run.kind === 'check' ? t.checked(run.done, run.total) : t.invitedSoFar(run.done, run.total)}</span
      >
      <button type="button" ?disabled=${run.stopping} @click=${() => this.#stop()}>
        ${run.stopping ? t.stopping : t.stop}
      </button>
    </div>`;
  }

  #renderEditor(): TemplateResult | typeof nothing {
    const row = this.editing;
    if (!row) return nothing;
    const t = this.#u;
    const fields = fieldsOf(this.mode);
    const errors = this.draftErrors;
    return html`<form
      class="editor"
      part="editor"
      aria-labelledby="editor-title"
      novalidate
      @submit=${(e: Event) => void this.#saveCorrection(e)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.#closeEditor();
        }
      }}
    >
      <h3 id="editor-title">${t.correctTitle(row.line)}</h3>
      ${errors._ ? notice('error', errors._[0] ?? '', []) : nothing}
      <div class="editor-grid">
        ${fields.map((f, i) => {
          const id = `edit-${f}`;
          const error = errors[f]?.[0];
          const raw = row.raw?.[i];
          return field({
            id,
            label: fieldLabel(this.#words, f),
            optional: !requiredFields.has(f),
            optionalLabel: this.t.common.optional,
            hint: raw ? t.from(raw) : undefined,
            error,
            control: html`<input
              id=${id}
              type=${f === 'email' ? 'email' : f === 'mobile' ? 'tel' : 'text'}
              placeholder=${f === 'dateOfBirth' ? 'YYYY-MM-DD' : ''}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy(id, raw, error) ?? ''}
              .value=${live(this.draft[i] ?? '')}
              @input=${(e: Event) => {
                const draft = [...this.draft];
                draft[i] = (e.target as HTMLInputElement).value;
                this.draft = draft;
                if (Object.keys(this.draftErrors).length) this.draftErrors = this.#draftErrors();
              }}
            />`,
          });
        })}
      </div>
      <div class="actions">
        <button class="primary" type="submit">${t.saveCheck}</button>
        <button type="button" @click=${() => this.#closeEditor()}>${this.t.common.cancel}</button>
      </div>
    </form>`;
  }

  #renderReview(): TemplateResult {
    const t = this.#u;
    const pending = this.#pending.length > 0;
    const counts = { uploaded: 0, invited: 0, accepted: 0 };
    let problems = 0;
    const source = pending ? this.#pending : this.#rows;
    for (const row of source) {
      counts[tabOf(row)]++;
      if ((pending || tabOf(row) === this.tab) && hasProblems(row)) problems++;
    }
    const shown = this.#shown;
    const selectable = this.#selectable;
    const ids = selectable ? shown.map((r) => r.key) : [];
    const selected = this.#selection.size;
    const valid = selectable ? this.#invitable(false).length : 0;
    const validSelected = selectable ? this.#invitable(true).length : 0;
    const busy = this.run !== undefined;
    const contacts = this.mode === 'contacts';
    return html`<div class="toolbar" part="toolbar">
        ${
          pending
            ? nothing
            : html`<div role="tablist" aria-label=${t.tabsLabel} class="tabs">
                ${(contacts ? (['uploaded', 'invited'] as const) : tabs).map(
                  (tab) =>
                    html`<button
                      type="button"
                      role="tab"
                      id="tab-${tab}"
                      data-tab=${tab}
                      aria-selected=${this.tab === tab ? 'true' : 'false'}
                      aria-controls="review"
                      tabindex=${this.tab === tab ? 0 : -1}
                      @click=${() => this.#showTab(tab)}
                      @keydown=${(e: KeyboardEvent) => this.#onTabKey(e, tab)}
                    >
                      ${t.tabs[tab]} <span class="count">${this.t.time.number(counts[tab])}</span>
                    </button>`,
                )}
              </div>`
        }
        <label class="choice"
          ><input
            type="checkbox"
            .checked=${live(this.problemsOnly)}
            @change=${(e: Event) => {
              this.problemsOnly = (e.target as HTMLInputElement).checked;
              this.#focus.index = 0;
            }}
          />
          ${t.problemsOnly(problems)}</label
        >
        <button type="button" ?disabled=${problems === 0} @click=${() => this.#exportProblems()}>
          ${t.exportProblems}
        </button>
      </div>
      <div
        class="grid ${this.#size.narrowerThan(720) ? 'narrow' : ''} ${contacts ? 'contacts' : ''}"
        role="grid"
        part="grid"
        id="review"
        aria-label=${t.gridLabel}
        aria-rowcount=${shown.length + 1}
        aria-multiselectable=${selectable ? 'true' : 'false'}
        aria-labelledby=${pending ? 'file-title' : `tab-${this.tab}`}
      >
        <div role="rowgroup" class="head">
          <div role="row" class="row" aria-rowindex="1">
            <div role="columnheader">
              ${
                selectable
                  ? html`<input
                      type="checkbox"
                      aria-label=${this.t.table.selectAll}
                      .checked=${live(this.#selection.hasAll(ids))}
                      @change=${() => this.#selection.toggleAll(ids)}
                    />`
                  : html`<span class="visually-hidden">${this.t.table.columns.select}</span>`
              }
            </div>
            <div role="columnheader">${t.columns.row}</div>
            <div role="columnheader">${contacts ? this.t.fields.name : t.columns.person}</div>
            ${
              contacts
                ? html`<div role="columnheader">${t.columns.tags}</div>`
                : html`<div role="columnheader">${t.columns.dateOfBirth}</div>
                    <div role="columnheader">${t.columns.mobile}</div>`
            }
            <div role="columnheader">${t.columns.check}</div>
            <div role="columnheader">${t.columns.problems}</div>
            <div role="columnheader">
              <span class="visually-hidden">${this.t.table.columns.actions}</span>
            </div>
          </div>
        </div>
        <div
          role="rowgroup"
          class="body"
          ${cssProps(this.#list.scrollerProps)}
          @scroll=${(e: Event) => {
            this.#menu.dismiss();
            this.#list.onScroll(e);
          }}
          @keydown=${(e: KeyboardEvent) => this.#onGridKey(e)}
        >
          ${this.#list.render(shown, (row, index) => this.#renderRow(row, index, selectable))}
          ${
            shown.length === 0
              ? html`<div role="row">
                  <div role="gridcell" class="empty">
                    ${this.problemsOnly ? t.emptyFiltered : t.empty}
                  </div>
                </div>`
              : nothing
          }
        </div>
      </div>
      ${
        selectable && !pending
          ? html`<div class="invite" part="toolbar">
              ${field({
                id: 'message',
                label: this.t.fields.message,
                optional: true,
                optionalLabel: this.t.common.optional,
                hint: this.t.fields.messageHint,
                control: html`<textarea
                  id="message"
                  rows="2"
                  maxlength="1000"
                  aria-describedby="message-hint"
                  .value=${live(this.message)}
                  @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}
                ></textarea>`,
              })}
              <div class="actions">
                <button
                  class="primary"
                  type="button"
                  aria-disabled=${busy || valid === 0 ? 'true' : 'false'}
                  @click=${() => {
                    if (!busy) void this.#invite(this.#invitable(false));
                  }}
                >
                  ${contacts ? t.importAll(valid) : t.inviteAll(valid)}
                </button>
                <button
                  type="button"
                  aria-disabled=${busy || validSelected === 0 ? 'true' : 'false'}
                  @click=${() => {
                    if (!busy) void this.#invite(this.#invitable(true));
                  }}
                >
                  ${contacts ? t.importSelected(validSelected) : t.inviteSelected(validSelected)}
                </button>
                <button
                  type="button"
                  aria-disabled=${busy || selected === 0 ? 'true' : 'false'}
                  @click=${() => {
                    if (!busy)
                      this.#askRemove(
                        this.#rows.filter(
                          (r) => this.#selection.has(r.key) && tabOf(r) === 'uploaded',
                        ),
                      );
                  }}
                >
                  ${t.removeSelected(selected)}
                </button>
              </div>
            </div>`
          : nothing
      }`;
  }

  #renderRow(row: Row, index: number, selectable: boolean): TemplateResult {
    const t = this.#u;
    const name = who(this.mode, row);
    const tab = this.#focus.tabIndex(index);
    const selected = this.#selection.has(row.key);
    const problems = this.#problems(row);
    const fields = fieldsOf(this.mode);
    const cell = (f: Field) => {
      const i = fields.indexOf(f);
      const raw = row.raw?.[i];
      const bad = problems.some((p) => p.field === i);
      return html`<div role="gridcell" class="value ${bad ? 'bad' : ''}">
        <span>${row.values[i] || '—'}</span
        >${raw ? html`<span class="raw">${t.from(raw)}</span>` : nothing}
      </div>`;
    };
    const contact = this.mode === 'contacts';
    const [label, status] = this.#status(row);
    const actions = this.#actionsOf(row).length > 0;
    return html`<div
      role="row"
      class="row ${problems.length ? 'has-problems' : ''}"
      part="row"
      data-index=${index}
      aria-rowindex=${index + 2}
      aria-selected=${ifDefined(selectable ? (selected ? 'true' : 'false') : undefined)}
      aria-label=${t.rowLabel(row.line, name)}
      tabindex=${tab}
      @focus=${() => (this.#focus.index = index)}
    >
      <div role="gridcell">
        ${
          selectable
            ? html`<input
                type="checkbox"
                tabindex=${tab}
                aria-label=${this.t.table.selectRow(name)}
                .checked=${live(selected)}
                @click=${(e: MouseEvent) => {
                  if (e.shiftKey) {
                    e.preventDefault();
                    this.#selection.extendTo(
                      this.#shown.map((r) => r.key),
                      row.key,
                    );
                  }
                }}
                @change=${() => this.#selection.toggle(row.key)}
              />`
            : nothing
        }
      </div>
      <div role="gridcell" class="num">${row.line ?? ''}</div>
      <div role="gridcell" class="who">
        ${
          contact
            ? html`<strong>${row.values[0] || '—'}</strong><span>${row.values[1]}</span>`
            : html`<strong
                  >${`${row.values[5] || row.values[2] || ''} ${row.values[4] ?? ''}`.trim() || '—'}</strong
                ><span>${row.values[0]}</span>`
        }
      </div>
      ${contact ? cell('tags') : html`${cell('dateOfBirth')}${cell('mobile')}`}
      <div role="gridcell"><span class="badge" data-status=${status}>${label}</span></div>
      <div role="gridcell" class="problems">
        ${
          problems.length
            ? html`<ul>
                ${problems.map(
                  (p) =>
                    html`<li>
                      ${p.field >= 0 ? html`<strong>${fieldLabel(this.#words, fields[p.field] ?? 'email')}:</strong> ` : nothing}${p.text}
                    </li>`,
                )}
              </ul>`
            : html`<span class="hint">${t.noProblems}</span>`
        }
      </div>
      <div role="gridcell" class="acts">${actions ? this.#menu.button(row, tab) : nothing}</div>
    </div>`;
  }

  /** The status word and its shape: the API's check before inviting, the stage after. */
  #status(row: Row): [string, string] {
    const t = this.#u;
    if (row.contact && row.contact.outcome !== 'reviewed')
      return [t.outcomes[row.contact.outcome], row.contact.outcome];
    const entry = row.entry;
    if (entry && entry.stage !== 'uploaded') {
      const warn =
        entry.accountStatus !== null &&
        entry.accountStatus !== 'active' &&
        entry.stage === 'invited';
      return [`${t.stages[entry.stage]}${warn ? ` · ${t.needsActivation}` : ''}`, entry.stage];
    }
    if (!entry && !row.contact) return [t.checks.local, hasProblems(row) ? 'invalid' : 'local'];
    if (!invitable(row)) return [t.checks.invalid, 'invalid'];
    return [entry ? t.checks[entry.check] : t.outcomes.reviewed, entry?.check ?? 'new'];
  }
}
