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
  type InvitationStatus,
  type PeopleQuery,
  type Person,
} from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { toCsv } from '../shared/csv.js';
import type { AccountAction, InvitationAction } from '../shared/events.js';
import { controls, tokens } from '../shared/theme.js';
import { describeError, notice } from '../shared/ui.js';
import { styles } from './invitation-table.styles.js';

const accountStatuses = ['initial', 'invited', 'active', 'disabled'] as const;
type AccountStatus = (typeof accountStatuses)[number];
type Row = Invitation | Person;
type SortField = InvitationSortField | 'name' | 'accountStatus' | 'createdAt';

const ROW_HEIGHT = 56;
const CARD_HEIGHT = 148;
const OVERSCAN = 8;
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
  @property({ type: String }) kind = '';
  /** `invitations` (default) or `accounts`. */
  @property({ type: String }) view: 'invitations' | 'accounts' = 'invitations';
  /** Status filter, comma-separated; empty for all. */
  @property({ type: String }) status = '';
  /** Search text (name or email). */
  @property({ type: String }) search = '';
  /** Sort field. */
  @property({ type: String }) sort: SortField = 'sentAt';
  /** Sort order. */
  @property({ type: String }) order: 'asc' | 'desc' = 'desc';
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
  @state() private confirming: Invitation | undefined;
  @state() private outcome:
    { tone: 'success' | 'error' | 'warning'; text: string; lines: string[] } | undefined;
  @state() private busy = new Set<string>();
  @state() private searchText = '';

  #cursor: string | null = null;
  #key = '';
  #abort: AbortController | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #resize = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? 0) < 640;
    // Switching layout inside the observer's callback would resize again in the same frame.
    if (entry && narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });
  #onInviteSent = () => {
    if (!this.items) void this.refresh();
  };
  /** Host items after filters, search and sort, memoised on their inputs. */
  #local: { key: unknown[]; rows: Invitation[]; counts: Record<string, number> } | undefined;

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

  #applyLocal(): void {
    const items = this.items ?? [];
    const key = [items, this.status, this.search, this.sort, this.order, this.kind, this.#targetId];
    if (this.#local?.key.every((k, i) => k === key[i])) return;
    const needle = this.search.trim().toLowerCase();
    const kinds = this.kind ? new Set(this.kind.split(',')) : undefined;
    const statuses = new Set(this.#statuses);
    const counts: Record<string, number> = {};
    const matching: Invitation[] = [];
    // Filtering keeps the order of the sorted list, so a keystroke never sorts again.
    for (const item of this.#sorted(items)) {
      if (kinds && !kinds.has(item.kind)) continue;
      if (this.#targetId && item.targetId !== this.#targetId) continue;
      if (
        needle &&
        !item.email.includes(needle) &&
        !(item.personName ?? '').toLowerCase().includes(needle)
      )
        continue;
      counts[item.status] = (counts[item.status] ?? 0) + 1;
      if (statuses.size && !statuses.has(item.status)) continue;
      matching.push(item);
    }
    this.#local = { key, rows: matching, counts };
    this.rows = matching;
    this.total = matching.length;
    this.counts = counts;
  }

  #sortCache:
    { items: Invitation[]; field: string; order: string; sorted: Invitation[] } | undefined;

  /** The host's items in the current order; sorted once per items, field and order. */
  #sorted(items: Invitation[]): Invitation[] {
    const field = (invitationSortFields as readonly string[]).includes(this.sort)
      ? (this.sort as InvitationSortField)
      : 'sentAt';
    const cache = this.#sortCache;
    if (cache?.items === items && cache.field === field && cache.order === this.order)
      return cache.sorted;
    // Decorate, sort the decorations, undecorate: dates and counts compare as numbers.
    const numeric = field === 'sentAt' || field === 'expiresAt' || field === 'sendCount';
    const decorated = items.map((item, index) => ({
      item,
      index,
      key: sortKey(item, field, numeric),
    }));
    const sign = this.order === 'asc' ? 1 : -1;
    decorated.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.index - b.index));
    const sorted = decorated.map((d) => d.item);
    this.#sortCache = { items, field, order: this.order, sorted };
    return sorted;
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
    this.scrolled = body.scrollTop;
    this.viewportHeight = body.clientHeight || this.viewportHeight;
    const rowHeight = this.narrow ? CARD_HEIGHT : ROW_HEIGHT;
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
    const rowHeight = this.narrow ? CARD_HEIGHT : ROW_HEIGHT;
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
        [c.person, 'Email', c.account, c.pools],
        ...people.map((p) => [
          personName(p),
          p.email,
          t.account[p.accountStatus],
          p.poolIds.length,
        ]),
      ]);
    }
    const rows = this.items ? (this.#local?.rows ?? []) : await this.#all<Invitation>();
    return toCsv([
      [c.person, 'Email', c.what, 'Role', c.status, c.sent, 'Expires at', c.times, c.invitedBy],
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
      ${this.renderLiveRegion()}`;
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
            ${labels[s]} <span class="count">${this.counts[s] ?? 0}</span>
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

  #header(label: string, field: SortField | undefined): TemplateResult {
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
    const rowHeight = this.narrow ? CARD_HEIGHT : ROW_HEIGHT;
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
          this.#header(c.actions, undefined),
        ]
      : [
          this.#header(c.person, 'personName'),
          this.#header(c.what, 'targetName'),
          this.#header(c.status, 'status'),
          this.#header(c.sent, 'sentAt'),
          this.#header(c.expires, 'expiresAt'),
          this.#header(c.times, 'sendCount'),
          this.#header(c.invitedBy, 'invitedBy'),
          this.#header(c.actions, undefined),
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
        ${t.showing(this.rows.length, this.total)}
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
          <div role="gridcell" class="acts">${this.#accountActions(row)}</div>`,
      );
    }
    const now = this.now();
    const expired = row.status === 'pending' && Date.parse(row.expiresAt) <= now;
    const status: InvitationStatus = expired ? 'expired' : row.status;
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
        <div role="gridcell">${this.t.time.date(row.sentAt)}</div>
        <div role="gridcell">${expires}</div>
        <div role="gridcell" class="num">${row.sendCount}</div>
        <div role="gridcell">${row.invitedBy}</div>
        <div role="gridcell" class="acts">${this.#invitationActions(row, status)}</div>`,
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

  #button(row: Row, label: string, onClick: () => void, disabled = false): TemplateResult {
    return html`<button
      type="button"
      tabindex=${this.#tab(row)}
      aria-label="${label}: ${who(row)}"
      ?disabled=${disabled}
      @click=${onClick}
    >
      ${label}
    </button>`;
  }

  #invitationActions(row: Invitation, status: InvitationStatus): TemplateResult {
    const t = this.t.table;
    const busy = this.busy.has(row.id);
    return html`${
      status === 'pending'
        ? html`${this.#button(row, t.resend, () => void this.#one('resend', row), busy)}
          ${this.#button(row, t.expire, () => void this.#askExpire(row), busy)}
          ${this.#button(row, t.copyLink, () => void this.#copyLink(row), busy)}`
        : nothing
    }
    ${status === 'expired' || status === 'revoked' ? this.#button(row, t.reinvite, () => void this.#one('reinvite', row), busy) : nothing}
    ${this.#button(row, t.details, () => this.emit('invitekit-view-invitation', { invitation: row }))}`;
  }

  async #askExpire(row: Invitation): Promise<void> {
    this.confirming = row;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-expire')?.focus();
  }

  #accountActions(person: Person): TemplateResult {
    const t = this.t.table;
    switch (person.accountStatus) {
      case 'initial':
        return this.#button(person, t.sendInvite, () => void this.#account('invite', person));
      case 'invited':
        return html`${this.#button(person, t.resendInvite, () => void this.#account('invite', person))}
        ${this.#button(person, t.disable, () => void this.#account('disable', person))}`;
      case 'active':
        return this.#button(person, t.disable, () => void this.#account('disable', person));
      case 'disabled':
        return this.#button(person, t.enable, () => void this.#account('enable', person));
    }
  }
}

const peopleKeys = ['name', 'email', 'accountStatus', 'createdAt'] as const;
function sortKey(
  invitation: Invitation,
  field: InvitationSortField,
  numeric: boolean,
): string | number {
  const value = invitation[field];
  if (typeof value === 'number') return value;
  return numeric ? Date.parse(value ?? '') : (value ?? '').toLowerCase();
}
