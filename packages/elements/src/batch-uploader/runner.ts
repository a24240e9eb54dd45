// Work with the API in chunks, with a progress bar, Stop and retry: the check of the file's rows
// (R16, R31) and the invitations (R18, R19, R31). Each chunk carries an idempotency key kept for
// its retry, so an answer lost on the way is replayed by the API, never done twice. A chunk is
// sized so its answer comes in about a tenth of a second (never more rows than `chunk-size`), so
// the progress bar moves at least every quarter second even as the API slows down with the
// batch's size.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BatchEntry } from '@invitekit/sdk';
import type { ContactRowResult } from '../shared/events.js';
import { runSliced, type Sliced } from '../shared/slice.js';
import { describeError } from '../shared/ui.js';
import type { UploaderHost } from './host.js';
import type { UploadRows } from './model.js';
import { chunk, contactRow, rowBytes, sheetRow, type Row } from './rows.js';

export interface Run {
  kind: 'check' | 'invite';
  done: number;
  total: number;
  stopping: boolean;
}

export interface InviteChunk {
  rows: Row[];
  /** Kept across retries: a retry of the same rows is answered, not done twice. */
  key: string;
}

export interface CheckResult {
  /** Rows checked and added (to the batch, or the contacts reviewed). */
  done: number;
  /** Rows of the file already in the batch, the same in every field: not uploaded again. */
  known: number;
  entries: BatchEntry[];
  contacts: ContactRowResult[];
  /** Why the check stopped before the end (the rest stays pending). */
  failed?: unknown;
}

export interface InviteResult {
  invited: number;
  accepted: number;
  entries: BatchEntry[];
  contacts: ContactRowResult[];
  /** Rows that failed (each with its `failure`), and rows not sent (stopped, or a chunk failed). */
  failed: Row[];
  /** The rows that failed one by one: a retry sends them again (the chunks not sent go with their keys). */
  retry: Row[];
  /** Some rows were invited elsewhere meanwhile: the batch should be read again. */
  stale: boolean;
}

/** How long a request should take, so the progress bar moves often. */
const TARGET_MS = 100;
/** Rows per request at least (each request has its own cost), and ~bytes at most. */
const MIN_ROWS = 20;
const MAX_BYTES = 600_000;

/** The same row in every field, so a file uploaded twice is recognised. */
const sameRow = (row: Row) => row.values.join('\u0000');

export class Runner implements ReactiveController {
  run: Run | undefined;
  readonly #host: UploaderHost;
  readonly #rows: UploadRows;
  readonly #maxChunk: () => number;
  readonly #uploadKeys = new Map<string, string>();
  /** The size of a check chunk that got no answer: its retry sends the same rows, same key. */
  #unanswered: number | undefined;
  /** Invitation chunks not sent or failed as a whole: a retry sends them with their keys. */
  #failedChunks: InviteChunk[] = [];
  /** Rows per request now: shrinks when answers are slow, grows back when they are quick. */
  #size = 0;

  constructor(host: UploaderHost, rows: UploadRows, maxChunk: () => number) {
    this.#host = host;
    this.#rows = rows;
    this.#maxChunk = maxChunk;
    host.element.addController(this);
  }

  hostDisconnected(): void {
    // Like a page unload: what is on its way is dropped; the batch keeps what was done.
    this.run = undefined;
  }

  get busy(): boolean {
    return this.run !== undefined;
  }

  /** Whether the run was stopped (or the element left the page) while a request was out. */
  get #stopping(): boolean {
    return !this.run || this.run.stopping;
  }

  stop(): void {
    if (this.run) this.run = { ...this.run, stopping: true };
    this.#host.announce(this.#host.u.stopping);
    this.#host.element.requestUpdate();
  }

  #progress(rows: number): void {
    if (this.run) this.run = { ...this.run, done: this.run.done + rows };
    this.#rows.changed();
    this.#host.element.requestUpdate();
  }

  /** The next chunk's size, from how long the last one took. */
  #resize(rows: number, ms: number): void {
    const max = this.#maxChunk();
    const scaled = Math.round((rows * TARGET_MS) / Math.max(ms, 1));
    this.#size = Math.max(Math.min(MIN_ROWS, max), Math.min(max, scaled, rows * 2));
  }

  /**
   * Checks the file's pending rows with the API, chunk by chunk, until done, stopped or failed;
   * `checked` hears how many rows are done after each chunk.
   */
  async check(checked: (done: number, total: number) => void): Promise<CheckResult | undefined> {
    const api = this.#host.api;
    const rows = this.#rows;
    const total = rows.pendingCount;
    const batch = this.#host.batch;
    const pool = this.#host.mode === 'pool';
    if (!api || this.run || !total || (pool && !batch)) return undefined;
    this.run = { kind: 'check', done: 0, total, stopping: false };
    this.#host.element.requestUpdate();
    const result: CheckResult = { done: 0, known: 0, entries: [], contacts: [] };
    // Rows already in the batch (this file uploaded before): found in slices, not sent again.
    const known = pool && rows.batch.length ? await this.#known() : undefined;
    this.#size = this.#unanswered ?? Math.min(this.#maxChunk(), 500);
    let done = 0;
    while (rows.pendingCount && !this.#stopping) {
      const taken = chunk(rows.next(this.#size), this.#size, MAX_BYTES, rowBytes)[0] ?? [];
      const fresh = known ? taken.filter((r) => !known.has(sameRow(r))) : taken;
      result.known += taken.length - fresh.length;
      const first = taken[0]?.line ?? 0;
      const id = `${batch?.id ?? 'contacts'}:${first}:${taken.length}`;
      const idempotencyKey = this.#uploadKeys.get(id) ?? crypto.randomUUID();
      this.#uploadKeys.set(id, idempotencyKey);
      const options = { idempotencyKey, signal: this.#host.signal };
      const started = performance.now();
      try {
        if (fresh.length && batch) {
          const answer = await api.batches.upload(batch.id, fresh.map(sheetRow), options);
          answer.entries.forEach((entry, i) => {
            const row = fresh[i];
            if (!row) return;
            row.entry = entry;
            row.key = entry.id;
            result.entries.push(entry);
          });
          this.#host.batch = answer.batch;
        } else if (fresh.length) {
          const answer = await api.contacts.import({ rows: fresh.map(contactRow) }, options);
          answer.rows.forEach((reviewed, i) => {
            const row = fresh[i];
            if (!row) return;
            row.contact = { ...reviewed, line: row.line ?? reviewed.line };
            result.contacts.push(row.contact);
          });
        }
      } catch (error) {
        if (this.#host.signal.aborted) return undefined;
        this.#unanswered = taken.length;
        result.failed = error;
        break;
      }
      this.#unanswered = undefined;
      this.#resize(taken.length, performance.now() - started);
      rows.checked(taken.length, fresh);
      result.done += fresh.length;
      done += taken.length;
      this.#progress(taken.length);
      checked(done, total);
    }
    this.run = undefined;
    return result;
  }

  /** The rows of the batch by their fields, built a slice at a time (a batch can be 100,000). */
  async #known(): Promise<Set<string>> {
    const batch = this.#rows.batch;
    function* build(): Sliced<Set<string>> {
      const known = new Set<string>();
      for (let i = 0; i < batch.length; i++) {
        const row = batch[i];
        if (row) known.add(sameRow(row));
        if (i % 1000 === 999) yield undefined;
      }
      return known;
    }
    const run = runSliced(build(), 10);
    return run.done ? run.value : ((await run.result) ?? new Set());
  }

  /**
   * Invites `rows` chunk by chunk; with `retry`, first the chunks that failed or were not sent
   * before, with their keys. `ask` sees every row first and may say no (a vetoed request).
   */
  async invite(
    rows: Row[],
    message: string,
    retry: boolean,
    ask: (all: Row[]) => boolean,
  ): Promise<InviteResult | undefined> {
    const api = this.#host.api;
    if (!api || this.run) return undefined;
    const chunks: InviteChunk[] = [
      ...(retry ? this.#failedChunks : []),
      ...chunk(rows, this.#maxChunk()).map((c) => ({ rows: c, key: crypto.randomUUID() })),
    ];
    const all = chunks.flatMap((c) => c.rows);
    if (!ask(all)) return undefined;
    this.#failedChunks = [];
    for (const row of all) row.failure = null;
    this.run = { kind: 'invite', done: 0, total: all.length, stopping: false };
    this.#host.element.requestUpdate();
    const result: InviteResult = {
      invited: 0,
      accepted: 0,
      entries: [],
      contacts: [],
      failed: [],
      retry: [],
      stale: false,
    };
    const failed: Row[] = [];
    for (const part of chunks) {
      if (this.#stopping) {
        this.#failedChunks.push(part); // not sent: the retry sends it
        continue;
      }
      const options = { idempotencyKey: part.key, signal: this.#host.signal };
      try {
        const batch = this.#host.batch;
        if (this.#host.mode === 'pool' && batch) {
          const answer = await api.batches.invite(
            batch.id,
            {
              entryIds: part.rows.flatMap((r) => (r.entry ? [r.entry.id] : [])),
              ...(message ? { message } : {}),
            },
            options,
          );
          const byId = new Map(part.rows.map((r) => [r.entry?.id, r]));
          for (const entry of answer.entries) {
            const row = byId.get(entry.id);
            if (row) row.entry = entry;
            result.entries.push(entry);
          }
          for (const r of answer.results) {
            if (r.outcome === 'invited') result.invited++;
            else if (r.outcome === 'accepted') result.accepted++;
            else if (r.error?.code === 'invalid_transition') result.stale = true;
            else {
              const row = byId.get(r.entryId);
              if (row) {
                row.failure = r.error?.message ?? '';
                failed.push(row);
              }
            }
          }
          this.#host.batch = answer.batch;
        } else {
          const answer = await api.contacts.import(
            {
              rows: part.rows.map(contactRow),
              select: part.rows.map((_, i) => i + 2),
              ...(message ? { message } : {}),
            },
            options,
          );
          answer.rows.forEach((imported, i) => {
            const row = part.rows[i];
            if (!row) return;
            row.contact = { ...imported, line: row.line ?? imported.line };
            result.contacts.push(row.contact);
            if (imported.outcome === 'invited') result.invited++;
            else if (imported.outcome === 'connection-requested') result.accepted++;
            else {
              row.failure = imported.error?.message ?? '';
              failed.push(row);
            }
          });
        }
      } catch (error) {
        if (this.#host.signal.aborted) return undefined;
        const why = describeError(error, this.#host.t);
        for (const row of part.rows) row.failure = why;
        this.#failedChunks.push(part);
      }
      this.#progress(part.rows.length);
    }
    this.run = undefined;
    result.failed = [...this.#failedChunks.flatMap((c) => c.rows), ...failed];
    result.retry = failed;
    this.#rows.changed();
    return result;
  }

  /** The progress bar of the run under way, with Stop. */
  render(): TemplateResult | typeof nothing {
    const run = this.run;
    if (!run) return nothing;
    const u = this.#host.u;
    const label = run.kind === 'check' ? u.checking : u.inviting;
    return html`<div class="run" part="progress">
      <label for="progress">${label}</label>
      <progress id="progress" max=${run.total} .value=${run.done}></progress>
      <span class="hint"
        >${run.kind === 'check' ? u.checked(run.done, run.total) : u.invitedSoFar(run.done, run.total)}</span
      >
      <button type="button" ?disabled=${run.stopping} @click=${() => this.stop()}>
        ${run.stopping ? u.stopping : u.stop}
      </button>
    </div>`;
  }
}
