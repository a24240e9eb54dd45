import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { invitationSortFields, invitationStatuses } from '@invitekit/sdk/schemas';
import {
  InvitekitError,
  isInvitekitError,
  type Invitation,
  type InvitationKind,
  type InvitationQuery,
  type InvitationSortField,
  type PeopleQuery,
  type Person,
} from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { BOM, toCsv } from '../shared/csv.js';
import type { AccountAction, InvitationAction } from '../shared/events.js';
import { controls, tokens } from '../shared/theme.js';
import { ActionMenu, type MenuItem } from '../shared/controllers/action-menu.js';
import { actionMenuStyles } from '../shared/controllers/action-menu.styles.js';
import { Confirm } from '../shared/controllers/confirm.js';
import { cssProps } from '../shared/controllers/css-props.js';
import { RowFocus } from '../shared/controllers/row-focus.js';
import { Selection } from '../shared/controllers/selection.js';
import { SizeController } from '../shared/controllers/size.js';
import { VirtualList } from '../shared/controllers/virtual-list.js';
import { download } from '../shared/download.js';
import { BREAK, runSliced, type Sliced } from '../shared/slice.js';
import { describeError, notice } from '../shared/ui.js';
import { formatsReady } from '../shared/messages/format.js';
import { deriveView, statusAt, type LocalView } from './local.js';
import { styles } from './invitation-table.styles.js';

const accountStatuses = ['initial', 'invited', 'active', 'disabled'] as const;
type AccountStatus = (typeof accountStatuses)[number];
type Row = Invitation | Person;
type SortField = InvitationSortField | 'name' | 'accountStatus' | 'createdAt';

/**
 * Below this width (in ems of the table's font: 720 and 1,024 px at 16 px) rows become cards;
 * below the next, some columns fold into others.
 */
const NARROW_EMS = 45;
const MEDIUM_EMS = 64;
/** Row and card heights in ems of the table's font, so that larger text is never clipped. */
const ROW_EMS = 3.5;
const CARD_EMS = 10.5;
/** Longest stretch of work on host items before the table lets the page breathe. */
const SLICE_MS = 20;
type Layout = 'wide' | 'medium' | 'narrow';

/** A text attribute that, once removed, reads as its default again (not null). */
const orEmpty = (fallback: string) => ({
  fromAttribute: (value: string | null) => value ?? fallback,
});

interface LocalRun {
  key: unknown[];
  cancel(): void;
  pending?: Promise<unknown>;
  /** When an expiry changes the view (Infinity: never); it is worked out again then. */
  validUntil: number;
}

const isInvitation = (row: Row): row is Invitation => 'kind' in row;
/** Rows by id, per rows array (a selection of a few among 100,000 is read without a walk). */
const rowIndexes = new WeakMap<readonly Row[], Map<string, Row>>();
const personName = (p: Person) => `${p.preferredName || p.firstName} ${p.lastName}`.trim();
const who = (row: Row) => (isInvitation(row) ? (row.personName ?? row.email) : personName(row));

/**
 * Every invitation of a scope with its status and next action; or, with `view="accounts"`,
 * every person with their account status. Fast at 10,000 rows: only visible rows render.
 *
 * Without an API (`items` set), filters, search and sort run on those items in the browser.
 *
 * @summary Track and act on invitations, or on people's accounts.
 *
 * @fires invitekit-action-request - Cancelable. Before acting on one row or a selection.
 * @fires invitekit-invitation-changed - After a resend, expire or re-invite, with the invitation.
 * @fires invitekit-bulk-done - After a bulk action, with each row's result.
 * @fires invitekit-account-changed - After an account action, with the person.
 * @fires invitekit-view-invitation - The user asked to see an invitation's details.
 * @fires invitekit-export - Cancelable. The CSV of the current view, before it downloads.
 *
 * @csspart toolbar - Search, status filters, export and bulk actions.
 * @csspart grid - The table.
 * @csspart row - Each row (a card in narrow layouts).
 * @csspart status - Each status badge.
 * @csspart notice - Results and errors.
 *
 * @cssprop --ik-table-height - Height of the scrolling body (28rem).
 * @cssprop --ik-accent - Buttons, focus, selection.
 * @cssprop --ik-border - Row separators.
 * @cssprop --ik-radius - Corner radius.
 * @cssprop --ik-spacing - Base spacing unit.
 */
export class InvitationTable extends InvitekitElement {
  static override styles = [tokens, controls, actionMenuStyles, styles];

  /** Only invitations to this project. */
  @property({ type: String, attribute: 'project-id' }) projectId = '';
  /** Only invitations to this pool. */
  @property({ type: String, attribute: 'pool-id' }) poolId = '';
  /** Only invitations to this role. */
  @property({ type: String, attribute: 'role-id' }) roleId = '';
  /** Only these kinds (comma-separated: workspace, pool, project, role, contact). */
  @property({ converter: orEmpty('') }) kind = '';
  // The view's state is reflected to attributes too: a host can read (or observe) what the user
  // chose, and set it back later, with no URL involved.
  /** `invitations` (default) or `accounts`. */
  @property({ reflect: true, converter: orEmpty('invitations') }) view: 'invitations' | 'accounts' =
    'invitations';
  /** Status filter, comma-separated; empty for all. */
  @property({ reflect: true, converter: orEmpty('') }) status = '';
  /** Search text (name or email). */
  @property({ reflect: true, converter: orEmpty('') }) search = '';
  /** Sort field. */
  @property({ reflect: true, converter: orEmpty('sentAt') }) sort: SortField = 'sentAt';
  /** Sort order. */
  @property({ reflect: true, converter: orEmpty('desc') }) order: 'asc' | 'desc' = 'desc';
  /** Leave the UTF-8 byte-order mark out of CSV exports (Excel on Windows needs it for accents). */
  @property({ type: Boolean, attribute: 'no-bom' }) noBom = false;
  /** Rows per request in API mode. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 200;
  /** Rows the host already has: the table then filters, searches and sorts them itself. */
  @property({ attribute: false }) items: Invitation[] | undefined;
  /**
   * The clock expiries are shown against. By default the API's: every page of invitations says
   * the server time it is as of (`asOf`), and the table keeps the difference from this computer's
   * clock, so it follows the mock API's clock too (after the next load, or `refresh()`). With
   * host `items` there is no API to follow: the computer's clock, unless the host sets this.
   */
  @property({ attribute: false }) now: () => number = () => Date.now() + this.#skew;

  @state() private rows: Row[] = [];
  @state() private total = 0;
  @state() private counts: Partial<Record<string, number>> = {};
  @state() private loading = false;
  @state() private failure: unknown;
  @state() private outcome:
    { tone: 'success' | 'error' | 'warning'; text: string; lines: string[] } | undefined;
  @state() private busy = new Set<string>();
  @state() private searchText = '';

  readonly #size = new SizeController(this);
  readonly #list = new VirtualList(this, {
    rowHeight: () => Math.round((this.#narrow ? CARD_EMS : ROW_EMS) * this.#size.em),
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.body'),
    // Two rows each way cover a wheel notch; each more costs every scroll frame its layout and paint.
    overscan: 2,
  });
  readonly #focus = new RowFocus(this, this.#list, () => this.rows.length);
  readonly #selection = new Selection(this);
  readonly #menu = new ActionMenu<Row>(this, {
    key: (row) => row.id,
    items: (row) => this.#actionsOf(row),
    label: (row) => this.t.table.actionsFor(who(row)),
  });
  readonly #confirm = new Confirm(this);
  #cursor: string | null = null;
  #key = '';
  #abort: AbortController | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The next update for the clock: an expiry, or the next minute's relative times. */
  #tick: ReturnType<typeof setTimeout> | undefined;
  /** How far the API's clock is ahead of this computer's (from the last page's `asOf`). */
  #skew = 0;
  /** Loaded rows (API mode) past their expiry since they were loaded, and the next expiry. */
  #lapsed: { rows: Row[]; count: number; until: number } | undefined;
  #onInviteSent = () => {
    if (!this.items) void this.refresh();
  };
  /** The view of host items: the inputs it is for, and its sliced work while that runs. */
  #local: LocalRun | undefined;

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('invitekit-invite-sent', this.#onInviteSent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('invitekit-invite-sent', this.#onInviteSent);
    clearTimeout(this.#tick);
    clearTimeout(this.#searchTimer);
    this.#abort?.abort();
    this.#key = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) this.searchText = this.search;
    if (changed.has('items')) {
      // Switching between host rows and the API: drop the other mode's work in flight.
      this.#abort?.abort();
      this.#local?.cancel();
      this.#local = undefined;
      this.#key = '';
    }
    if (this.items) {
      this.#applyLocal();
      return;
    }
    const key = JSON.stringify([
      this.view,
      this.#targetId,
      this.kind,
      this.status,
      this.search,
      this.sort,
      this.order,
      this.pageSize,
    ]);
    if (
      this.api &&
      (key !== this.#key ||
        changed.has('client') ||
        (changed as Map<PropertyKey, unknown>).has('providedClient'))
    ) {
      this.#key = key;
      void this.#fetch(true);
    }
  }

  protected override updated(): void {
    this.#scheduleTick();
  }

  /**
   * Relative times ("expires in 3 days") move with the clock, and a pending invitation turns
   * expired at its expiry: update then, or at the next minute, whichever comes first.
   */
  #scheduleTick(): void {
    clearTimeout(this.#tick);
    if (!this.isConnected) return;
    const now = this.now();
    const next = Math.min(
      this.items ? (this.#local?.validUntil ?? Infinity) : this.#lapsedAt(now).until,
      now + 60_000,
    );
    this.#tick = setTimeout(() => this.requestUpdate(), Math.max(0, next - now) + 1);
  }

  /** API mode: loaded rows that expired since they were loaded, and the next loaded expiry. */
  #lapsedAt(now: number): { count: number; until: number } {
    const known = this.#lapsed;
    if (known && known.rows === this.rows && now < known.until) return known;
    let count = 0;
    let until = Infinity;
    for (const row of this.rows) {
      if (!isInvitation(row) || row.status !== 'pending') continue;
      const expiresAt = Date.parse(row.expiresAt);
      if (expiresAt <= now) count += 1;
      else if (expiresAt < until) until = expiresAt;
    }
    this.#lapsed = { rows: this.rows, count, until };
    return this.#lapsed;
  }

  /** The counts on the chips: the API's, with the loaded rows that expired since moved over. */
  get #counts(): Partial<Record<string, number>> {
    if (this.items || this.view === 'accounts') return this.counts;
    const { count } = this.#lapsedAt(this.now());
    if (!count) return this.counts;
    return {
      ...this.counts,
      pending: Math.max(0, (this.counts.pending ?? 0) - count),
      expired: (this.counts.expired ?? 0) + count,
    };
  }

  protected override get needsClient(): boolean {
    return !this.items;
  }

  /**
   * Nothing loaded yet: no counts to show (and the first number formatted would load the
   * browser's locale data inside this render, not in the slice kept for it).
   */
  get #firstLoad(): boolean {
    return this.loading && this.rows.length === 0;
  }

  get #narrow(): boolean {
    return this.#size.narrowerThan(NARROW_EMS * this.#size.em);
  }

  /**
   * Wide: a column for everything. Medium: the expiry goes under the status, times sent and
   * invited by under the sent date. Narrow: the medium row laid out as a card.
   */
  get #layout(): Layout {
    return this.#narrow
      ? 'narrow'
      : this.#size.narrowerThan(MEDIUM_EMS * this.#size.em)
        ? 'medium'
        : 'wide';
  }

  get #targetId(): string {
    return this.projectId || this.poolId || this.roleId;
  }

  /** The sort field, if the current view can sort by it. */
  get #sortField(): SortField | undefined {
    const fields: readonly string[] = this.view === 'accounts' ? peopleKeys : invitationSortFields;
    return fields.includes(this.sort) ? this.sort : undefined;
  }

  get #statuses(): string[] {
    return this.status
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  // ── data ─────────────────────────────────────────────────────────────────────────────────

  /** Loads again from the first page (keeps filters; clears the selection). */
  async refresh(): Promise<void> {
    await this.#fetch(true);
  }

  #query(cursor: string | null): InvitationQuery & PeopleQuery {
    const statuses = this.#statuses;
    return {
      ...(statuses.length ? { status: statuses } : {}),
      ...(this.search.trim() ? { q: this.search.trim() } : {}),
      ...(this.#sortField ? { sort: this.#sortField as never } : {}),
      order: this.order,
      limit: this.pageSize,
      ...(cursor ? { cursor } : {}),
    };
  }

  async #fetch(reset: boolean): Promise<void> {
    const api = this.api;
    if (!api || this.items) return;
    if (!reset && (!this.#cursor || this.loading)) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    this.failure = undefined;
    // While the first page is on its way, not in the task that renders it.
    if (!formatsReady()) setTimeout(() => this.#prepareFormats());
    try {
      const base = this.#query(reset ? null : this.#cursor);
      const page =
        this.view === 'accounts'
          ? await api.people.list(base, { signal: abort.signal })
          : await api.invitations.list(
              {
                ...base,
                ...(this.kind ? { kind: this.kind.split(',') as InvitationKind[] } : {}),
                ...(this.#targetId ? { targetId: this.#targetId } : {}),
              },
              { signal: abort.signal },
            );
      if (abort.signal.aborted) return;
      if ('asOf' in page && page.asOf) this.#skew = Date.parse(page.asOf) - Date.now();
      this.rows = reset ? page.items : [...this.rows, ...page.items];
      this.total = page.total;
      this.counts = page.counts;
      this.#cursor = page.nextCursor;
      if (reset) {
        this.#selection.clear();
        this.#focus.index = 0;
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      this.failure = error;
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  /**
   * Works out the view of the host's items: within this update when it fits one frame's budget,
   * else in slices over the next tasks (the previous rows, or the skeleton, stay until then).
   */
  #applyLocal(): void {
    const items = this.items ?? [];
    const now = this.now();
    const key = [items, this.status, this.search, this.sort, this.order, this.kind, this.#targetId];
    const known = this.#local;
    // A view holds until one of its pending invitations expires (work in flight is kept).
    if (
      known?.key.every((k, i) => k === key[i]) &&
      (known.pending !== undefined || now < known.validUntil)
    )
      return;
    this.#local?.cancel();
    const field = (this.#sortField as InvitationSortField | undefined) ?? 'sentAt';
    const work = this.#withFormats(
      deriveView(items, {
        statuses: new Set(this.#statuses),
        needle: this.search.trim().toLowerCase(),
        kinds: this.kind ? new Set(this.kind.split(',')) : undefined,
        targetId: this.#targetId,
        field,
        order: this.order,
        now,
      }),
    );
    const run = runSliced(work, SLICE_MS);
    if (run.done) {
      this.#local = { key, cancel: () => undefined, validUntil: run.value.nextExpiry };
      this.loading = false;
      this.#show(run.value);
      return;
    }
    this.loading = true;
    // Until the work is done its own end updates the table, not the clock.
    const local: LocalRun = { key, cancel: run.cancel, pending: run.result, validUntil: Infinity };
    this.#local = local;
    void run.result.then((view) => {
      if (!view || this.#local !== local) return;
      delete local.pending;
      local.validUntil = view.nextExpiry;
      this.loading = false;
      this.#show(view);
    });
  }

  #show(view: LocalView): void {
    if (this.#selection.size) this.#selection.retain(view.rows.map((r) => r.id));
    this.rows = view.rows;
    this.total = view.rows.length;
    this.counts = view.counts;
  }

  /**
   * The first date an element formats loads the browser's locale data (tens of milliseconds):
   * that happens in a slice of its own, never inside the task that renders the rows.
   */
  *#withFormats<T>(work: Sliced<T>): Sliced<T> {
    if (!formatsReady()) {
      yield BREAK;
      this.#prepareFormats();
      yield BREAK;
    }
    return yield* work;
  }

  #prepareFormats(): void {
    this.t.time.date(new Date(0).toISOString());
    this.t.time.relative(0);
    this.t.time.number(0);
  }

  /** Resolves once the rows shown match the current properties (after any sliced work). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#local?.pending) {
      await this.#local.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ── handlers ─────────────────────────────────────────────────────────────────────────────

  #onSearch(value: string): void {
    this.searchText = value;
    clearTimeout(this.#searchTimer);
    const apply = () => {
      this.search = value;
    };
    // Host items filter at once; the API is asked once typing pauses.
    if (this.items) apply();
    else this.#searchTimer = setTimeout(apply, 250);
  }

  #toggleStatus(status: string): void {
    const current = new Set(this.#statuses);
    if (!status) current.clear();
    else if (current.has(status)) current.delete(status);
    else current.add(status);
    this.status = [...current].join(',');
  }

  #sortBy(field: SortField): void {
    if (this.sort === field) this.order = this.order === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = field;
      this.order =
        field === 'sentAt' || field === 'sendCount' || field === 'createdAt' ? 'desc' : 'asc';
    }
  }

  #onScroll(event: Event): void {
    this.#menu.dismiss();
    this.#list.onScroll(event);
    if (this.#list.nearEnd(this.rows.length)) void this.#fetch(false);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (this.#focus.onKeyDown(event)) {
      if (this.#focus.index > this.rows.length - 20) void this.#fetch(false);
    } else if (event.key === ' ' && (event.target as HTMLElement).getAttribute('role') === 'row') {
      event.preventDefault();
      const row = this.rows[this.#focus.index];
      if (row && isInvitation(row)) this.#selection.toggle(row.id);
    }
  }

  #focusRow(index: number): Promise<void> {
    return this.#focus.focus(index);
  }

  /** Replaces a row by id (or inserts `added` on top) and keeps the counts true. */
  #replace(updated: Row, added?: Row): void {
    const old = this.rows.find((r) => r.id === updated.id);
    const statusOf = (r: Row | undefined) =>
      r ? (isInvitation(r) ? r.status : r.accountStatus) : undefined;
    const counts = { ...this.counts };
    const before = statusOf(old);
    const after = statusOf(updated);
    if (before) counts[before] = Math.max(0, (counts[before] ?? 1) - 1);
    if (after) counts[after] = (counts[after] ?? 0) + 1;
    if (added) {
      const status = statusOf(added);
      if (status) counts[status] = (counts[status] ?? 0) + 1;
    }
    this.counts = counts;
    this.rows = [
      ...(added ? [added] : []),
      ...this.rows.map((r) => (r.id === updated.id ? updated : r)),
    ];
    if (added) this.total += 1;
  }

  async #act(action: InvitationAction, invitation: Invitation): Promise<Invitation> {
    const api = this.api;
    if (!api) throw new Error('no client');
    const { id } = invitation;
    let result: Invitation;
    switch (action) {
      case 'resend':
        result = await api.invitations.resend(id);
        break;
      case 'expire':
        result = await api.invitations.expire(id);
        break;
      case 'reinvite':
        result = await api.invitations.reinvite(id);
        break;
      case 'approve':
      case 'reject': {
        // A sign-up through a shared link (R30): decided through its sign-up, then read again.
        const signupId = invitation.signupId;
        if (!signupId)
          throw new InvitekitError({
            code: 'invalid_transition',
            status: 409,
            message: 'Only sign-ups through a shared link can be approved or rejected.',
            details: { status: invitation.status },
          });
        await (action === 'approve'
          ? api.links.approveSignup(signupId)
          : api.links.rejectSignup(signupId));
        const { link: _link, ...read } = await api.invitations.get(id);
        result = read;
        break;
      }
    }
    if (action === 'reinvite') this.#replace(invitation, result);
    else this.#replace(result);
    this.emit('invitekit-invitation-changed', { action, invitation: result });
    return result;
  }

  async #one(action: InvitationAction, invitation: Invitation): Promise<void> {
    if (
      !this.emit('invitekit-action-request', { action, ids: [invitation.id] }, { cancelable: true })
    )
      return;
    const index = this.rows.indexOf(invitation);
    this.busy = new Set([...this.busy, invitation.id]);
    const t = this.t.table;
    const label = this.#actionLabel(action);
    try {
      await this.#act(action, invitation);
      this.#say('success', t.done(label, who(invitation)));
    } catch (error) {
      this.#say('error', `${label}: ${who(invitation)}. ${describeError(error, this.t)}`);
    } finally {
      this.busy = new Set([...this.busy].filter((id) => id !== invitation.id));
    }
    await this.#focusRow(Math.max(0, action === 'reinvite' ? index + 1 : index));
  }

  #actionLabel(action: InvitationAction): string {
    const t = this.t.table;
    return {
      resend: t.resend,
      expire: t.expire,
      reinvite: t.reinvite,
      approve: t.approve,
      reject: t.reject,
    }[action];
  }

  /** Selected rows awaiting approval (R30): read through the selection, not every row. */
  get #selectedSignups(): Invitation[] {
    if (!this.#selection.size) return [];
    let byId = rowIndexes.get(this.rows);
    if (!byId) rowIndexes.set(this.rows, (byId = new Map(this.rows.map((r) => [r.id, r]))));
    const rows: Invitation[] = [];
    for (const id of this.#selection.ids) {
      const row = byId.get(id);
      if (row && isInvitation(row) && row.status === 'applied') rows.push(row);
    }
    return rows;
  }

  /** Approving is a security step: it says so, and asks first (one row or many). */
  #askDecision(
    action: 'approve' | 'reject',
    rows: Invitation[],
    focusRow?: Invitation,
  ): Promise<void> {
    const t = this.t.table;
    const [only] = rows;
    if (!only) return Promise.resolve();
    const text =
      rows.length === 1
        ? action === 'approve'
          ? t.confirmApprove(who(only), only.targetName)
          : t.confirmReject(who(only))
        : action === 'approve'
          ? t.confirmApproveMany(rows.length)
          : t.confirmRejectMany(rows.length);
    return this.#confirm.ask({
      text,
      confirm: this.#actionLabel(action),
      run: () => void (focusRow ? this.#one(action, focusRow) : this.#bulk(action, rows)),
      onCancel: () => {
        if (focusRow) void this.#focusRow(Math.max(0, this.rows.indexOf(focusRow)));
      },
    });
  }

  async #bulk(action: InvitationAction, only?: Invitation[]): Promise<void> {
    const rows =
      only ??
      this.rows.filter((r): r is Invitation => this.#selection.has(r.id) && isInvitation(r));
    if (!rows.length) return;
    if (
      !this.emit(
        'invitekit-action-request',
        { action, ids: rows.map((r) => r.id) },
        { cancelable: true },
      )
    )
      return;
    this.busy = new Set(rows.map((r) => r.id));
    const results: {
      id: string;
      ok: boolean;
      invitation: Invitation | null;
      error: InvitekitError | null;
    }[] = [];
    for (const row of rows) {
      try {
        results.push({
          id: row.id,
          ok: true,
          invitation: await this.#act(action, row),
          error: null,
        });
      } catch (error) {
        const known = isInvitekitError(error)
          ? error
          : new InvitekitError({ code: 'bad_response', status: 0, message: String(error) });
        results.push({ id: row.id, ok: false, invitation: null, error: known });
      }
    }
    this.busy = new Set();
    const failed = results.filter((r) => !r.ok);
    this.#selection.set(failed.map((r) => r.id));
    const t = this.t.table;
    this.#say(
      failed.length ? 'warning' : 'success',
      t.bulkDone(results.length - failed.length, failed.length),
      failed.map(
        (f) =>
          `${who(rows.find((r) => r.id === f.id) ?? rows[0] ?? ({} as Invitation))}: ${describeError(f.error, this.t)}`,
      ),
    );
    this.emit('invitekit-bulk-done', { action, results });
  }

  async #account(action: AccountAction, person: Person): Promise<void> {
    const api = this.api;
    if (
      !api ||
      !this.emit('invitekit-action-request', { action, ids: [person.id] }, { cancelable: true })
    )
      return;
    const index = this.rows.indexOf(person);
    const t = this.t.table;
    const label = { invite: t.sendInvite, disable: t.disable, enable: t.enable }[action];
    try {
      const updated =
        action === 'invite'
          ? (await api.people.sendInvite(person.id)).person
          : action === 'disable'
            ? await api.people.disable(person.id)
            : await api.people.enable(person.id);
      this.#replace(updated);
      this.emit('invitekit-account-changed', { action, person: updated });
      this.#say('success', t.done(label, personName(updated)));
    } catch (error) {
      this.#say('error', `${label}: ${personName(person)}. ${describeError(error, this.t)}`);
    }
    await this.#focusRow(index);
  }

  async #copyLink(invitation: Invitation): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      const { link } = await api.invitations.get(invitation.id);
      if (link) await navigator.clipboard.writeText(new URL(link, location.href).href);
      this.#say('success', this.t.table.copied);
    } catch (error) {
      this.#say('error', describeError(error, this.t));
    }
  }

  #say(tone: 'success' | 'error' | 'warning', text: string, lines: string[] = []): void {
    this.outcome = { tone, text, lines };
    this.announce(text);
  }

  /**
   * The CSV of the current view: every matching row, not only the loaded ones. It starts with a
   * UTF-8 byte-order mark unless `bom` is false (by default: unless the `no-bom` attribute is set).
   */
  async exportCsv(options: { bom?: boolean } = {}): Promise<string> {
    const bom = (options.bom ?? !this.noBom) ? BOM : '';
    const t = this.t.table;
    const c = t.columns;
    if (this.view === 'accounts') {
      const people = this.items ? [] : await this.#all<Person>();
      return (
        bom +
        toCsv([
          [c.person, c.email, c.account, c.pools],
          ...people.map((p) => [
            personName(p),
            p.email,
            t.account[p.accountStatus],
            p.poolIds.length,
          ]),
        ])
      );
    }
    const rows = this.items ? (this.rows as Invitation[]) : await this.#all<Invitation>();
    const now = this.now();
    return (
      bom +
      toCsv([
        [c.person, c.email, c.what, c.role, c.status, c.sent, c.expiresAt, c.times, c.invitedBy],
        ...rows.map((i) => [
          i.personName ?? '',
          i.email,
          `${t.kind[i.kind]}: ${i.targetName}`,
          i.role ?? '',
          t.status[statusAt(i, Date.parse(i.expiresAt), now)],
          i.sentAt,
          i.expiresAt,
          i.sendCount,
          i.invitedBy,
        ]),
      ])
    );
  }

  async #all<T extends Row>(): Promise<T[]> {
    const api = this.api;
    if (!api) return [];
    const out: T[] = [];
    const query = { ...this.#query(null), limit: 500 };
    const list =
      this.view === 'accounts'
        ? api.people.list(query)
        : api.invitations.list({
            ...query,
            ...(this.kind ? { kind: this.kind.split(',') as InvitationKind[] } : {}),
            ...(this.#targetId ? { targetId: this.#targetId } : {}),
          });
    for await (const row of list) out.push(row as T);
    return out;
  }

  async #onExport(): Promise<void> {
    try {
      const csv = await this.exportCsv();
      const filename = `${this.view === 'accounts' ? 'accounts' : 'invitations'}.csv`;
      if (!this.emit('invitekit-export', { csv, filename }, { cancelable: true })) return;
      download(csv, filename);
    } catch (error) {
      this.#say('error', describeError(error, this.t));
    }
  }

  // ── render ───────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const missing = this.renderMissingClient();
    if (missing !== nothing && this.needsClient) return html`${missing}${this.renderLiveRegion()}`;
    const t = this.t.table;
    const accounts = this.view === 'accounts';
    const signups = accounts ? [] : this.#selectedSignups;
    const waiting = accounts || this.#firstLoad ? 0 : (this.#counts.applied ?? 0);
    return html`<div class="toolbar" part="toolbar">
        <input
          type="search"
          aria-label=${t.search}
          placeholder=${t.search}
          .value=${this.searchText}
          @input=${(e: Event) => this.#onSearch((e.target as HTMLInputElement).value)}
        />
        <div class="chips" role="group" aria-label=${t.statusFilter}>
          ${this.#renderChips(accounts)}
        </div>
        <button type="button" @click=${() => void this.#onExport()}>${t.exportCsv}</button>
      </div>
      ${
        this.#selection.size && !accounts
          ? html`<div
              class="bulk"
              part="toolbar"
              role="group"
              aria-label=${t.selected(this.#selection.size)}
            >
              <span>${t.selected(this.#selection.size)}</span>
              <button type="button" @click=${() => void this.#bulk('resend')}>
                ${t.bulkResend}
              </button>
              <button type="button" @click=${() => void this.#bulk('expire')}>
                ${t.bulkExpire}
              </button>
              ${
                signups.length
                  ? html`<button
                        type="button"
                        @click=${() => void this.#askDecision('approve', signups)}
                      >
                        ${t.bulkApprove(signups.length)}
                      </button>
                      <button
                        type="button"
                        @click=${() => void this.#askDecision('reject', signups)}
                      >
                        ${t.bulkReject(signups.length)}
                      </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        waiting
          ? html`<div class="notice signups" data-tone="warning" part="notice">
              <p>${t.signupsWaiting(waiting)}</p>
              ${
                this.status === 'applied'
                  ? nothing
                  : html`<div class="actions">
                      <button type="button" @click=${() => (this.status = 'applied')}>
                        ${t.showSignups}
                      </button>
                    </div>`
              }
            </div>`
          : nothing
      }
      ${this.#confirm.render(this.t.common.cancel)}
      ${this.outcome ? notice(this.outcome.tone, this.outcome.text, this.outcome.lines) : nothing}
      ${
        this.failure !== undefined
          ? notice(
              'error',
              describeError(this.failure, this.t),
              [],
              html`<button type="button" @click=${() => void this.refresh()}>
                ${this.t.common.retry}
              </button>`,
            )
          : this.#renderGrid(accounts)
      }
      ${this.#menu.render(t.columns.actions)} ${this.renderLiveRegion()}`;
  }

  #renderChips(accounts: boolean): TemplateResult {
    const t = this.t.table;
    const active = new Set(this.#statuses);
    const values: readonly string[] = accounts ? accountStatuses : invitationStatuses;
    const labels: Record<string, string> = accounts ? t.account : t.status;
    const counts = this.#counts;
    return html`<button
        type="button"
        aria-pressed=${active.size ? 'false' : 'true'}
        @click=${() => this.#toggleStatus('')}
      >
        ${t.all}
      </button>
      ${values.map(
        (s) =>
          html`<button
            type="button"
            aria-pressed=${active.has(s) ? 'true' : 'false'}
            @click=${() => this.#toggleStatus(s)}
          >
            ${labels[s]}
            ${
              this.#firstLoad
                ? nothing
                : html`<span class="count">${this.t.time.number(counts[s] ?? 0)}</span>`
            }
          </button>`,
      )}`;
  }

  #header(label: string, field: SortField | 'hidden' | undefined): TemplateResult {
    if (field === 'hidden')
      return html`<div role="columnheader"><span class="visually-hidden">${label}</span></div>`;
    if (!field) return html`<div role="columnheader">${label}</div>`;
    const sorted = this.sort === field;
    // The sort direction is drawn by the stylesheet from aria-sort (no glyph from a font).
    return html`<div
      role="columnheader"
      aria-sort=${sorted ? (this.order === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" class="sort" @click=${() => this.#sortBy(field)}>${label}</button>
    </div>`;
  }

  #renderGrid(accounts: boolean): TemplateResult {
    const t = this.t.table;
    const c = t.columns;
    // Every row can only be selected when as many ids are: most renders skip the walk over rows.
    const allSelected =
      this.#selection.size >= this.rows.length &&
      this.#selection.hasAll(this.rows.map((r) => r.id));
    const layout = this.#layout;
    const columns = accounts
      ? [
          this.#header(c.person, 'name'),
          this.#header(c.account, 'accountStatus'),
          this.#header(c.pools, undefined),
          this.#header(c.actions, 'hidden'),
        ]
      : [
          this.#header(c.person, 'personName'),
          this.#header(c.what, 'targetName'),
          this.#header(c.status, 'status'),
          this.#header(c.sent, 'sentAt'),
          ...(layout === 'wide'
            ? [
                this.#header(c.expires, 'expiresAt'),
                this.#header(c.times, 'sendCount'),
                this.#header(c.invitedBy, 'invitedBy'),
              ]
            : []),
          this.#header(c.actions, 'hidden'),
        ];
    const empty = !this.loading && this.rows.length === 0;
    return html`<div
        class="grid ${layout} ${accounts ? 'accounts' : ''}"
        role="grid"
        part="grid"
        aria-label=${accounts ? t.accountsLabel : t.label}
        aria-rowcount=${this.total + 1}
        aria-multiselectable=${accounts ? 'false' : 'true'}
        aria-busy=${this.loading ? 'true' : 'false'}
      >
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="row">
            <div role="columnheader">
              ${
                accounts
                  ? html`<span class="visually-hidden">${c.select}</span>`
                  : html`<input
                      type="checkbox"
                      aria-label=${t.selectAll}
                      .checked=${allSelected}
                      @change=${() => this.#selection.toggleAll(this.rows.map((r) => r.id))}
                    />`
              }
            </div>
            ${columns}
          </div>
        </div>
        <div
          role="rowgroup"
          class="body"
          ${cssProps(this.#list.scrollerProps)}
          @scroll=${(e: Event) => this.#onScroll(e)}
          @pointerover=${(e: PointerEvent) => this.#onPointerOver(e)}
          @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e)}
        >
          ${this.#list.render(this.rows, (row, index) => this.#renderRow(row, index, layout))}
          ${
            this.loading && this.rows.length === 0
              ? html`<div role="row"><div role="gridcell" class="hint">${t.loading}</div></div>
                  ${[0, 1, 2, 3, 4, 5].map(() => html`<div class="skeleton" aria-hidden="true"></div>`)}`
              : nothing
          }
          ${
            empty
              ? html`<div role="row">
                  <div role="gridcell" class="empty">
                    ${this.search || this.status ? t.emptyFiltered : t.empty}
                  </div>
                </div>`
              : nothing
          }
        </div>
      </div>
      <p class="hint footer">
        ${this.#firstLoad ? nothing : t.showing(this.rows.length, this.total)}
        ${
          this.#cursor && !this.items
            ? html`<button type="button" @click=${() => void this.#fetch(false)}>
                ${t.loadMore}
              </button>`
            : nothing
        }
      </p>`;
  }

  // Rows are the bulk of the DOM (and of a scroll's work): their templates hold no whitespace
  // between tags and set text through `textContent`, so each value is one text node, no markers.
  #renderRow(row: Row, index: number, layout: Layout): TemplateResult {
    const t = this.t.table;
    const name = who(row);
    const tab = this.#focus.tabIndex(index);
    const focus = () => (this.#focus.index = index);
    const menu = this.#menu.button(row, tab);
    if (!isInvitation(row)) {
      const status: AccountStatus = row.accountStatus;
      // prettier-ignore
      return html`<div role="row" class="row" part="row" data-index=${index} aria-rowindex=${index + 2} tabindex=${tab} @focus=${focus}><div role="gridcell"></div><div role="gridcell" class="who"><strong .textContent=${name}></strong><span .textContent=${row.email}></span></div><div role="gridcell"><span class="badge" part="status" data-status=${status} .textContent=${t.account[status]}></span></div><div role="gridcell" class="num" .textContent=${String(row.poolIds.length)}></div><div role="gridcell" class="acts">${menu}</div></div>`;
    }
    const selected = this.#selection.has(row.id);
    const now = this.now();
    const expiresAt = Date.parse(row.expiresAt);
    const status = statusAt(row, expiresAt, now);
    const expires = this.#expiryText(status, expiresAt, now);
    const what = [t.kind[row.kind], row.role ? this.#role(row.role) : '']
      .filter(Boolean)
      .join(' · ');
    const sent = this.t.time.date(row.sentAt);
    const toggle = () => this.#selection.toggle(row.id);
    if (layout === 'wide') {
      // prettier-ignore
      return html`<div role="row" class="row" part="row" data-index=${index} aria-rowindex=${index + 2} aria-selected=${selected ? 'true' : 'false'} tabindex=${tab} @focus=${focus}><div role="gridcell"><input type="checkbox" tabindex=${tab} aria-label=${t.selectRow(name)} .checked=${selected} @change=${toggle}></div><div role="gridcell" class="who"><strong .textContent=${name}></strong><span .textContent=${row.personName ? row.email : ''}></span></div><div role="gridcell" class="what"><span .textContent=${row.targetName}></span><span .textContent=${what}></span></div><div role="gridcell"><span class="badge" part="status" data-status=${status} .textContent=${t.status[status]}></span></div><div role="gridcell" class="sent" .textContent=${sent}></div><div role="gridcell" .textContent=${expires}></div><div role="gridcell" class="num" .textContent=${String(row.sendCount)}></div><div role="gridcell" class="by" .textContent=${row.invitedBy}></div><div role="gridcell" class="acts">${menu}</div></div>`;
    }
    const by = t.timesBy(row.sendCount, row.invitedBy);
    // Folded layouts say nothing about the expiry of a closed invitation (no lone dash).
    const expiry = status === 'pending' || status === 'expired' ? expires : '';
    // prettier-ignore
    return html`<div role="row" class="row" part="row" data-index=${index} aria-rowindex=${index + 2} aria-selected=${selected ? 'true' : 'false'} tabindex=${tab} @focus=${focus}><div role="gridcell"><input type="checkbox" tabindex=${tab} aria-label=${t.selectRow(name)} .checked=${selected} @change=${toggle}></div><div role="gridcell" class="who"><strong .textContent=${name}></strong><span .textContent=${row.personName ? row.email : ''}></span></div><div role="gridcell" class="what"><span .textContent=${row.targetName}></span><span .textContent=${what}></span></div><div role="gridcell" class="status"><span class="badge" part="status" data-status=${status} .textContent=${t.status[status]}></span><span class="expires" .textContent=${expiry}></span></div><div role="gridcell" class="sent"><span .textContent=${sent}></span><span class="by" .textContent=${by}></span></div><div role="gridcell" class="acts">${menu}</div></div>`;
  }

  /** "expires in 3 days", "expired 2 days ago", or a dash once the invitation is closed. */
  #expiryText(status: string, expiresAt: number, now: number): string {
    const t = this.t.table;
    if (status === 'pending') return t.expiresIn(this.t.time.relative(expiresAt - now));
    // An invitation expired early by an admin may carry an expiry still ahead: never "expired in".
    if (status === 'expired')
      return expiresAt <= now ? t.expiredAgo(this.t.time.relative(expiresAt - now)) : t.expired;
    return t.closed;
  }

  /** A project role in the page's language; other roles (a job's title) as they are. */
  #role(role: string): string {
    return (this.t.roles as Partial<Record<string, string>>)[role] ?? role;
  }

  /** Full text on hover for a value the layout cuts short (rows are reused: checked each time). */
  #onPointerOver(event: PointerEvent): void {
    const el = event.target as HTMLElement;
    const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    if (cut && el.textContent) el.title = el.textContent;
    else el.removeAttribute('title');
  }

  /** What can be done to a row now. */
  #actionsOf(row: Row): MenuItem[] {
    const t = this.t.table;
    if (!isInvitation(row)) {
      const act = (label: string, action: AccountAction): MenuItem => ({
        label,
        run: () => void this.#account(action, row),
      });
      switch (row.accountStatus) {
        case 'initial':
          return [act(t.sendInvite, 'invite')];
        case 'invited':
          return [act(t.resendInvite, 'invite'), act(t.disable, 'disable')];
        case 'active':
          return [act(t.disable, 'disable')];
        case 'disabled':
          return [act(t.enable, 'enable')];
      }
    }
    const disabled = this.busy.has(row.id);
    const status = statusAt(row, Date.parse(row.expiresAt), this.now());
    const details: MenuItem = {
      label: t.details,
      run: () => this.emit('invitekit-view-invitation', { invitation: row }),
    };
    if (status === 'pending')
      return [
        { label: t.resend, run: () => void this.#one('resend', row), disabled },
        { label: t.expire, run: () => void this.#askExpire(row), disabled },
        { label: t.copyLink, run: () => void this.#copyLink(row), disabled },
        details,
      ];
    if (status === 'expired' || status === 'revoked')
      return [{ label: t.reinvite, run: () => void this.#one('reinvite', row), disabled }, details];
    if (status === 'applied')
      return [
        { label: t.approve, run: () => void this.#askDecision('approve', [row], row), disabled },
        { label: t.reject, run: () => void this.#askDecision('reject', [row], row), disabled },
        details,
      ];
    return [details];
  }

  #askExpire(row: Invitation): Promise<void> {
    return this.#confirm.ask({
      text: this.t.table.confirmExpire(who(row)),
      confirm: this.t.table.expire,
      run: () => void this.#one('expire', row),
      onCancel: () => void this.#focusRow(Math.max(0, this.rows.indexOf(row))),
    });
  }
}

const peopleKeys = ['name', 'email', 'accountStatus', 'createdAt'] as const;
