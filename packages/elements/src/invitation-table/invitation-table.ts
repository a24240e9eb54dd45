import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  InvitekitError,
  invitationSortFields,
  invitationStatuses,
  type Invitation,
  type InvitationKind,
  type InvitationQuery,
  type InvitationSortField,
  type PeopleQuery,
  type Person,
} from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { toCsv } from '../shared/csv.js';
import type { AccountAction, InvitationAction } from '../shared/events.js';
import { controls, tokens } from '../shared/theme.js';
import { BREAK, runSliced, type Sliced } from '../shared/slice.js';
import { describeError, notice } from '../shared/ui.js';
import { formatsReady } from '../shared/messages/format.js';
import { deriveView, statusAt, type LocalView } from './local.js';
import { styles } from './invitation-table.styles.js';

const accountStatuses = ['initial', 'invited', 'active', 'disabled'] as const;
type AccountStatus = (typeof accountStatuses)[number];
type Row = Invitation | Person;
type SortField = InvitationSortField | 'name' | 'accountStatus' | 'createdAt';

/** Below this width rows become cards. */
const NARROW_PX = 720;
/** Row and card heights in ems of the table's font, so that larger text is never clipped. */
const ROW_EMS = 3.5;
const CARD_EMS = 9.25;
const OVERSCAN = 3;
/** Longest stretch of work on host items before the table lets the page breathe. */
const SLICE_MS = 20;
/** Status shapes, so colour is never the only signal. */
const SHAPES: Record<string, string> = {
  pending: '◷',
  accepted: '✓',
  declined: '✕',
  expired: '⌛',
  revoked: '⊘',
  initial: '○',
  invited: '◷',
  active: '✓',
  disabled: '⊘',
};

/** A text attribute that, once removed, reads as its default again (not null). */
const orEmpty = (fallback: string) => ({
  fromAttribute: (value: string | null) => value ?? fallback,
});

interface LocalRun {
  key: unknown[];
  cancel(): void;
  pending?: Promise<unknown>;
}

const isInvitation = (row: Row): row is Invitation => 'kind' in row;
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
  static override styles = [tokens, controls, styles];

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
  /** Rows per request in API mode. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 200;
  /** Rows the host already has: the table then filters, searches and sorts them itself. */
  @property({ attribute: false }) items: Invitation[] | undefined;
  /** The current time (the mock API's clock in demos); `Date.now` by default. */
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private rows: Row[] = [];
  @state() private total = 0;
  @state() private counts: Partial<Record<string, number>> = {};
  @state() private loading = false;
  @state() private failure: unknown;
  @state() private selected = new Set<string>();
  @state() private focusIndex = 0;
  @state() private scrolled = 0;
  @state() private viewportHeight = 448;
  @state() private narrow = false;
  /** The table's font size in px (row heights follow it). */
  @state() private em = 16;
  @state() private confirming: Invitation | undefined;
  @state() private outcome:
    { tone: 'success' | 'error' | 'warning'; text: string; lines: string[] } | undefined;
  @state() private busy = new Set<string>();
  @state() private searchText = '';
  /** The row whose actions menu is open. */
  @state() private menuRow: Row | undefined;

  #menuOpener: HTMLElement | undefined;
  /** The menu just light-dismissed by a press on its own button, which must not reopen it. */
  #menuClosed = { row: undefined as Row | undefined, at: 0 };
  #closedOnPurpose = false;
  #cursor: string | null = null;
  #key = '';
  #abort: AbortController | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #resize = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? 0) < NARROW_PX;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    // Switching layout inside the observer's callback would resize again in the same frame.
    if (entry && (narrow !== this.narrow || em !== this.em))
      requestAnimationFrame(() => {
        this.narrow = narrow;
        this.em = em;
      });
  });
  #onInviteSent = () => {
    if (!this.items) void this.refresh();
  };
  /** The view of host items: the inputs it is for, and its sliced work while that runs. */
  #local: LocalRun | undefined;

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
    document.addEventListener('invitekit-invite-sent', this.#onInviteSent);
    // Relative times ("expires in 3 days") and expiries move with the clock.
    this.#tick = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    document.removeEventListener('invitekit-invite-sent', this.#onInviteSent);
    clearInterval(this.#tick);
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

  get #rowHeight(): number {
    return Math.round((this.narrow ? CARD_EMS : ROW_EMS) * this.em);
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
      this.rows = reset ? page.items : [...this.rows, ...page.items];
      this.total = page.total;
      this.counts = page.counts;
      this.#cursor = page.nextCursor;
      if (reset) {
        this.selected = new Set();
        this.focusIndex = 0;
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
    const key = [
      items,
      this.status,
      this.search,
      this.sort,
      this.order,
      this.kind,
      this.#targetId,
      Math.floor(now / 60_000),
    ];
    if (this.#local?.key.every((k, i) => k === key[i])) return;
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
      this.#local = { key, cancel: () => undefined };
      this.loading = false;
      this.#show(run.value);
      return;
    }
    this.loading = true;
    const local: LocalRun = { key, cancel: run.cancel, pending: run.result };
    this.#local = local;
    void run.result.then((view) => {
      if (!view || this.#local !== local) return;
      delete local.pending;
      this.loading = false;
      this.#show(view);
    });
  }

  #show(view: LocalView): void {
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

  #toggle(id: string): void {
    const next = new Set(this.selected);
    if (!next.delete(id)) next.add(id);
    this.selected = next;
  }

  #toggleAll(): void {
    this.selected =
      this.selected.size === this.rows.length ? new Set() : new Set(this.rows.map((r) => r.id));
  }

  #onScroll(event: Event): void {
    const body = event.target as HTMLElement;
    if (this.menuRow) this.#menu()?.hidePopover();
    this.scrolled = body.scrollTop;
    this.viewportHeight = body.clientHeight || this.viewportHeight;
    const rowHeight = this.#rowHeight;
    if (body.scrollTop + body.clientHeight > this.rows.length * rowHeight - 10 * rowHeight)
      void this.#fetch(false);
  }

  async #onKeyDown(event: KeyboardEvent): Promise<void> {
    const last = this.rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: this.focusIndex + 1,
      ArrowUp: this.focusIndex - 1,
      Home: 0,
      End: last,
      PageDown: this.focusIndex + 10,
      PageUp: this.focusIndex - 10,
    };
    const target = event.target as HTMLElement;
    if (event.key in moves && target.getAttribute('role') === 'row') {
      event.preventDefault();
      await this.#focusRow(Math.max(0, Math.min(last, moves[event.key] ?? 0)));
    } else if (event.key === ' ' && target.getAttribute('role') === 'row') {
      event.preventDefault();
      const row = this.rows[this.focusIndex];
      if (row) this.#toggle(row.id);
    }
  }

  async #focusRow(index: number): Promise<void> {
    this.focusIndex = index;
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    const rowHeight = this.#rowHeight;
    if (body) {
      const top = index * rowHeight;
      if (top < body.scrollTop) body.scrollTop = top;
      else if (top + rowHeight > body.scrollTop + body.clientHeight)
        body.scrollTop = top + rowHeight - body.clientHeight;
      this.scrolled = body.scrollTop;
    }
    if (index > this.rows.length - 20) void this.#fetch(false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`)?.focus();
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
    const result =
      action === 'resend'
        ? await api.invitations.resend(invitation.id)
        : action === 'expire'
          ? await api.invitations.expire(invitation.id)
          : await api.invitations.reinvite(invitation.id);
    if (action === 'reinvite') this.#replace(invitation, result);
    else this.#replace(result);
    this.emit('invitekit-invitation-changed', { action, invitation: result });
    return result;
  }

  async #one(action: InvitationAction, invitation: Invitation): Promise<void> {
    this.confirming = undefined;
    if (
      !this.emit('invitekit-action-request', { action, ids: [invitation.id] }, { cancelable: true })
    )
      return;
    const index = this.rows.indexOf(invitation);
    this.busy = new Set([...this.busy, invitation.id]);
    const t = this.t.table;
    const label = { resend: t.resend, expire: t.expire, reinvite: t.reinvite }[action];
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

  async #bulk(action: 'resend' | 'expire'): Promise<void> {
    const rows = this.rows.filter(
      (r): r is Invitation => this.selected.has(r.id) && isInvitation(r),
    );
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
        const known =
          error instanceof InvitekitError
            ? error
            : new InvitekitError({ code: 'bad_response', status: 0, message: String(error) });
        results.push({ id: row.id, ok: false, invitation: null, error: known });
      }
    }
    this.busy = new Set();
    const failed = results.filter((r) => !r.ok);
    this.selected = new Set(failed.map((r) => r.id));
    const t = this.t.table;
    this.#say(
      failed.length ? 'warning' : 'success',
      t.bulkDone(results.length - failed.length, failed.length),
      failed.map(
        (f) =>
          `${who(rows.find((r) => r.id === f.id) ?? rows[0] ?? ({} as Invitation))}: ${f.error?.message ?? ''}`,
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

  /** The CSV of the current view: every matching row, not only the loaded ones. */
  async exportCsv(): Promise<string> {
    const t = this.t.table;
    const c = t.columns;
    if (this.view === 'accounts') {
      const people = this.items ? [] : await this.#all<Person>();
      return toCsv([
        [c.person, c.email, c.account, c.pools],
        ...people.map((p) => [
          personName(p),
          p.email,
          t.account[p.accountStatus],
          p.poolIds.length,
        ]),
      ]);
    }
    const rows = this.items ? (this.rows as Invitation[]) : await this.#all<Invitation>();
    return toCsv([
      [c.person, c.email, c.what, c.role, c.status, c.sent, c.expiresAt, c.times, c.invitedBy],
      ...rows.map((i) => [
        i.personName ?? '',
        i.email,
        `${t.kind[i.kind]}: ${i.targetName}`,
        i.role ?? '',
        t.status[i.status],
        i.sentAt,
        i.expiresAt,
        i.sendCount,
        i.invitedBy,
      ]),
    ]);
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
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      URL.revokeObjectURL(url);
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
        this.selected.size && !accounts
          ? html`<div
              class="bulk"
              part="toolbar"
              role="group"
              aria-label=${t.selected(this.selected.size)}
            >
              <span>${t.selected(this.selected.size)}</span>
              <button type="button" @click=${() => void this.#bulk('resend')}>
                ${t.bulkResend}
              </button>
              <button type="button" @click=${() => void this.#bulk('expire')}>
                ${t.bulkExpire}
              </button>
            </div>`
          : nothing
      }
      ${this.confirming ? this.#renderConfirm(this.confirming) : nothing}
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
      ${this.#renderMenu()} ${this.renderLiveRegion()}`;
  }

  #renderChips(accounts: boolean): TemplateResult {
    const t = this.t.table;
    const active = new Set(this.#statuses);
    const values: readonly string[] = accounts ? accountStatuses : invitationStatuses;
    const labels: Record<string, string> = accounts ? t.account : t.status;
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
                : html`<span class="count">${this.t.time.number(this.counts[s] ?? 0)}</span>`
            }
          </button>`,
      )}`;
  }

  #renderConfirm(invitation: Invitation): TemplateResult {
    const t = this.t.table;
    return html`<div
      class="notice"
      data-tone="warning"
      role="alertdialog"
      aria-labelledby="confirm-text"
      part="notice"
    >
      <p id="confirm-text">${t.confirmExpire(who(invitation))}</p>
      <div class="actions">
        <button
          class="primary"
          type="button"
          id="confirm-expire"
          @click=${() => void this.#one('expire', invitation)}
        >
          ${t.expire}
        </button>
        <button
          type="button"
          @click=${() => {
            const index = this.rows.indexOf(invitation);
            this.confirming = undefined;
            void this.#focusRow(Math.max(0, index));
          }}
        >
          ${this.t.common.cancel}
        </button>
      </div>
    </div>`;
  }

  #header(label: string, field: SortField | 'hidden' | undefined): TemplateResult {
    if (field === 'hidden')
      return html`<div role="columnheader"><span class="visually-hidden">${label}</span></div>`;
    if (!field) return html`<div role="columnheader">${label}</div>`;
    const sorted = this.sort === field;
    return html`<div
      role="columnheader"
      aria-sort=${sorted ? (this.order === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" class="sort" @click=${() => this.#sortBy(field)}>
        ${label}<span aria-hidden="true"
          >${sorted ? (this.order === 'asc' ? ' ▲' : ' ▼') : ''}</span
        >
      </button>
    </div>`;
  }

  #renderGrid(accounts: boolean): TemplateResult {
    const t = this.t.table;
    const c = t.columns;
    const rowHeight = this.#rowHeight;
    const start = Math.max(0, Math.floor(this.scrolled / rowHeight) - OVERSCAN);
    const end = Math.min(
      this.rows.length,
      Math.ceil((this.scrolled + this.viewportHeight) / rowHeight) + OVERSCAN,
    );
    const allSelected = this.rows.length > 0 && this.selected.size === this.rows.length;
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
          this.#header(c.expires, 'expiresAt'),
          this.#header(c.times, 'sendCount'),
          this.#header(c.invitedBy, 'invitedBy'),
          this.#header(c.actions, 'hidden'),
        ];
    const empty = !this.loading && this.rows.length === 0;
    return html`<div
        class="grid ${this.narrow ? 'narrow' : ''} ${accounts ? 'accounts' : ''}"
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
                      @change=${() => this.#toggleAll()}
                    />`
              }
            </div>
            ${columns}
          </div>
        </div>
        <div
          role="rowgroup"
          class="body"
          @scroll=${(e: Event) => this.#onScroll(e)}
          @keydown=${(e: KeyboardEvent) => void this.#onKeyDown(e)}
        >
          <div aria-hidden="true" style="height:${start * rowHeight}px"></div>
          ${this.rows.slice(start, end).map((row, i) => this.#renderRow(row, start + i, rowHeight))}
          <div aria-hidden="true" style="height:${(this.rows.length - end) * rowHeight}px"></div>
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

  #renderRow(row: Row, index: number, height: number): TemplateResult {
    const t = this.t.table;
    const name = who(row);
    const selected = this.selected.has(row.id);
    const common = (cells: TemplateResult) =>
      html`<div
        role="row"
        class="row"
        part="row"
        data-index=${index}
        aria-rowindex=${index + 2}
        aria-selected=${ifDefined(isInvitation(row) ? (selected ? 'true' : 'false') : undefined)}
        tabindex=${index === this.focusIndex ? 0 : -1}
        style="height:${height}px"
        @focus=${() => (this.focusIndex = index)}
      >
        <div role="gridcell">
          ${
            isInvitation(row)
              ? html`<input
                  type="checkbox"
                  tabindex=${this.#tab(row)}
                  aria-label=${t.selectRow(name)}
                  .checked=${selected}
                  @change=${() => this.#toggle(row.id)}
                />`
              : nothing
          }
        </div>
        ${cells}
      </div>`;
    if (!isInvitation(row)) {
      const status: AccountStatus = row.accountStatus;
      return common(
        html`<div role="gridcell" class="who">
            <strong>${name}</strong><span>${row.email}</span>
          </div>
          <div role="gridcell">${this.#badge(status, t.account[status])}</div>
          <div role="gridcell">${row.poolIds.length}</div>
          <div role="gridcell" class="acts">${this.#menuButton(row, name)}</div>`,
      );
    }
    const now = this.now();
    const status = statusAt(row, Date.parse(row.expiresAt), now);
    const expires =
      status === 'pending'
        ? t.expiresIn(this.t.time.relative(Date.parse(row.expiresAt) - now))
        : status === 'expired'
          ? t.expiredAgo(this.t.time.relative(Date.parse(row.expiresAt) - now))
          : t.closed;
    return common(
      html`<div role="gridcell" class="who">
          <strong>${name}</strong>${row.personName ? html`<span>${row.email}</span>` : nothing}
        </div>
        <div role="gridcell" class="what">
          <span>${t.kind[row.kind]} · ${row.targetName}</span
          >${row.role ? html`<span>${row.role}</span>` : nothing}
        </div>
        <div role="gridcell">${this.#badge(status, t.status[status])}</div>
        <div role="gridcell" class="sent">
          <span>${this.t.time.date(row.sentAt)}</span
          ><span class="by">${t.timesBy(row.sendCount, row.invitedBy)}</span>
        </div>
        <div role="gridcell">${expires}</div>
        <div role="gridcell" class="num">${row.sendCount}</div>
        <div role="gridcell">${row.invitedBy}</div>
        <div role="gridcell" class="acts">${this.#menuButton(row, name)}</div>`,
    );
  }

  #badge(status: string, label: string): TemplateResult {
    return html`<span class="badge" part="status" data-status=${status}
      ><span aria-hidden="true">${SHAPES[status]}</span> ${label}</span
    >`;
  }

  /** Controls inside a row are in the tab order only while their row is the focused one. */
  #tab(row: Row): number {
    return this.rows[this.focusIndex]?.id === row.id ? 0 : -1;
  }

  /** Each row's one control besides its checkbox: the button that opens its actions menu. */
  #menuButton(row: Row, name: string): TemplateResult {
    const open = this.menuRow?.id === row.id;
    return html`<button
      type="button"
      class="menu-button"
      tabindex=${this.#tab(row)}
      aria-label=${this.t.table.actionsFor(name)}
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      @click=${(e: Event) => void this.#openMenu(row, e.currentTarget as HTMLElement)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          e.stopPropagation();
          void this.#openMenu(row, e.currentTarget as HTMLElement, e.key === 'ArrowUp');
        }
      }}
    >
      <span aria-hidden="true">⋯</span>
    </button>`;
  }

  #menu(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="menu"]');
  }

  async #openMenu(row: Row, opener: HTMLElement, last = false): Promise<void> {
    const closed = this.#menuClosed;
    if (closed.row?.id === row.id && performance.now() - closed.at < 300) return;
    this.menuRow = row;
    this.#menuOpener = opener;
    await this.updateComplete;
    const menu = this.#menu();
    if (!menu) return;
    menu.showPopover();
    // Below the button, right edges aligned; above it when there is no room below.
    const box = opener.getBoundingClientRect();
    const below = box.bottom + menu.offsetHeight + 4 <= innerHeight;
    menu.style.top = `${below ? box.bottom + 4 : Math.max(4, box.top - menu.offsetHeight - 4)}px`;
    menu.style.left = `${Math.max(4, box.right - menu.offsetWidth)}px`;
    const items = this.#menuItems();
    (last ? items.at(-1) : items[0])?.focus();
  }

  #menuItems(): HTMLElement[] {
    return [...(this.#menu()?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  #onMenuToggle(event: Event): void {
    if ((event as ToggleEvent).newState !== 'closed') return;
    // Light dismiss (a press outside, maybe on this row's button): that press must not reopen it.
    this.#menuClosed = this.#closedOnPurpose
      ? { row: undefined, at: 0 }
      : { row: this.menuRow, at: performance.now() };
    this.#closedOnPurpose = false;
    this.menuRow = undefined;
  }

  /** Arrow keys, Home and End move through the items; Escape and Tab close, back to the button. */
  #onMenuKey(event: KeyboardEvent): void {
    const items = this.#menuItems();
    const at = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      items[move]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      this.#closeMenu();
    }
  }

  /** Closes the menu, focus back on its button (an action may then move it on). */
  #closeMenu(): void {
    this.#closedOnPurpose = true;
    this.#menuOpener?.focus();
    this.#menu()?.hidePopover();
  }

  #renderMenu(): TemplateResult {
    const row = this.menuRow;
    return html`<div
      role="menu"
      class="menu"
      .popover=${'auto'}
      aria-label=${row ? this.t.table.actionsFor(who(row)) : this.t.table.columns.actions}
      @toggle=${(e: Event) => this.#onMenuToggle(e)}
      @keydown=${(e: KeyboardEvent) => this.#onMenuKey(e)}
    >
      ${
        row
          ? this.#actionsOf(row).map(
              ([label, run, disabled]) =>
                html`<button
                  type="button"
                  role="menuitem"
                  tabindex="-1"
                  ?disabled=${disabled}
                  @click=${() => {
                    this.#closeMenu();
                    run();
                  }}
                >
                  ${label}
                </button>`,
            )
          : nothing
      }
    </div>`;
  }

  /** What can be done to a row now: [label, action, disabled]. */
  #actionsOf(row: Row): [string, () => void, boolean][] {
    const t = this.t.table;
    if (!isInvitation(row)) {
      const act = (action: AccountAction) => () => void this.#account(action, row);
      switch (row.accountStatus) {
        case 'initial':
          return [[t.sendInvite, act('invite'), false]];
        case 'invited':
          return [
            [t.resendInvite, act('invite'), false],
            [t.disable, act('disable'), false],
          ];
        case 'active':
          return [[t.disable, act('disable'), false]];
        case 'disabled':
          return [[t.enable, act('enable'), false]];
      }
    }
    const busy = this.busy.has(row.id);
    const status = statusAt(row, Date.parse(row.expiresAt), this.now());
    const details: [string, () => void, boolean] = [
      t.details,
      () => this.emit('invitekit-view-invitation', { invitation: row }),
      false,
    ];
    if (status === 'pending')
      return [
        [t.resend, () => void this.#one('resend', row), busy],
        [t.expire, () => void this.#askExpire(row), busy],
        [t.copyLink, () => void this.#copyLink(row), busy],
        details,
      ];
    if (status === 'expired' || status === 'revoked')
      return [[t.reinvite, () => void this.#one('reinvite', row), busy], details];
    return [details];
  }

  async #askExpire(row: Invitation): Promise<void> {
    this.confirming = row;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-expire')?.focus();
  }
}

const peopleKeys = ['name', 'email', 'accountStatus', 'createdAt'] as const;
