import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Candidate, Pipeline, PipelineStage } from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { LightAnnouncer } from '../shared/announcer.js';
import { ActionMenu, type MenuItem } from '../shared/controllers/action-menu.js';
import { Confirm } from '../shared/controllers/confirm.js';
import { RowFocus } from '../shared/controllers/row-focus.js';
import { Selection } from '../shared/controllers/selection.js';
import { SizeController } from '../shared/controllers/size.js';
import { VirtualList } from '../shared/controllers/virtual-list.js';
import { Loader } from '../shared/loader.js';
import { formatsReady } from '../shared/messages/format.js';
import { nextTask } from '../shared/slice.js';
import { actionMenuStyles } from '../shared/controllers/action-menu.styles.js';
import { controls, tokens } from '../shared/theme.js';
import { describeError, notice } from '../shared/ui.js';
import {
  Board,
  actionOf,
  columns,
  refusal,
  stageOrder,
  targets,
  type Filter,
  type Sort,
  type Target,
  type View,
} from './board.js';
import { renderDetails, type CardContext } from './card.js';
import { renderColumn, renderRejected, type ColumnContext } from './column.js';
import { renderHeader, renderPicker, renderToolbar } from './toolbar.js';
import { inviteQuestion, rejectQuestion } from './dialogs.js';
import { PointerDrag } from './drag.js';
import { BoardKeys } from './keys.js';
import { Moves, type MoveOptions } from './moves.js';
import { pipelineMessagesFor, type PipelineMessages } from './messages/index.js';
import { styles } from './role-pipeline.styles.js';

/** Below this width the columns become a stage picker and one list. */
const NARROW_PX = 720;
/** Card heights in ems of the board's font. */
const CARD_EMS = 7.25;
const COMPACT_EMS = 3.25;
/** A column's height in the styles (`--ik-pipeline-height` unset), and Rejected's. */
const COLUMN_EMS = 32;
const REJECTED_EMS = 20;

/** A text attribute that, once removed, reads as its default again. */
const orEmpty = (fallback: string) => ({
  fromAttribute: (value: string | null) => value ?? fallback,
});

/** Where a dragged card would land. */
interface Zone {
  stage: PipelineStage;
  index: number;
}

/**
 * A role's candidates, stage by stage (R21–R26): matches with the certifications they hold and
 * miss, invitations, applications, offers and confirmations, and the rejected below. Move people
 * one at a time or a selection at once: by pointer drag (touch too), by keyboard (Enter, arrows,
 * Enter), or from a card's or the selection's "Move to…" menu. Only the moves the rules allow are
 * offered; every move shows at once, is held for the few seconds its Undo shows (nothing reaches
 * the API, so nothing is emailed, until then), and rolls back with the API's reason if refused.
 *
 * @summary Fill a role: move candidates from matches to confirmed, one or a hundred at a time.
 *
 * @fires invitekit-stage-request - Cancelable. Before people move, with them and their stages.
 * @fires invitekit-stage-changed - After the API agreed to a move, with the people as they are now.
 *
 * @csspart header - The role's title, headcount and required certifications.
 * @csspart toolbar - Search, filter, order, compact, and the selection's actions.
 * @csspart board - The columns.
 * @csspart column - Each stage's column.
 * @csspart card - Each person's card.
 * @csspart tag - Tags on a card ("Invite declined", "Account not active").
 * @csspart rejected - The rejected list.
 * @csspart toast - The last move, with Undo.
 * @csspart field - A field of the questions before a move (message, rejection reason).
 * @csspart notice - Results and errors.
 *
 * @cssprop --ik-pipeline-height - Height of each column's list of cards (32rem).
 * @cssprop --ik-pipeline-column - Smallest column width (13rem).
 * @cssprop --ik-accent - Buttons, focus, selection, drop targets.
 * @cssprop --ik-warning - The inactive-account marker.
 * @cssprop --ik-border - Columns and cards.
 * @cssprop --ik-radius - Corner radius.
 * @cssprop --ik-spacing - Base spacing unit.
 */
export class RolePipeline extends InvitekitElement {
  static override styles = [tokens, controls, actionMenuStyles, styles];

  /** The role whose pipeline to show. */
  @property({ type: String, attribute: 'role-id' }) roleId = '';
  /** Search text (name or email). */
  @property({ reflect: true, converter: orEmpty('') }) search = '';
  /** Who to show: `complete`, `partial`, `declined`, `inactive`, or everyone (empty). */
  @property({ reflect: true, converter: orEmpty('') }) filter: Filter = '';
  /** Order within each column: `manual` (the team's), `time` (in stage), `name`. */
  @property({ reflect: true, converter: orEmpty('manual') }) sort: Sort = 'manual';
  /** Smaller cards: name, markers and time only. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The stage listed in the narrow layout (below 720 px). */
  @property({ reflect: true, converter: orEmpty('matches') }) stage: PipelineStage = 'matches';
  /** How often to look for changes (an invitee applied or declined); 0 never. */
  @property({ type: Number, attribute: 'poll-seconds' }) pollSeconds = 30;
  /** How long a move can be undone before it is sent; 0 sends at once, with no Undo. */
  @property({ type: Number, attribute: 'undo-seconds' }) undoSeconds = 8;
  /** The level of the role's heading (its columns' are one lower). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The current time (the mock API's clock in demos); `Date.now` by default. */
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private rejectedOpen = false;
  @state() private searchText = '';
  @state() private details: string | undefined;
  @state() private over: Zone | undefined;
  @state() private outcome:
    | { tone: 'success' | 'error' | 'warning'; text: string; lines: string[]; retry?: () => void }
    | undefined;

  readonly #board = new Board();
  readonly #size = new SizeController(this);
  readonly #selection = new Selection(this);
  readonly #confirm = new Confirm(this);
  readonly #announcer = new LightAnnouncer(this);
  readonly #lists = Object.fromEntries(
    stageOrder.map((stage) => {
      const scroller = () =>
        this.renderRoot.querySelector<HTMLElement>(`.cards[data-stage="${stage}"]`);
      const list = new VirtualList(this, {
        rowHeight: () => Math.round((this.compact ? COMPACT_EMS : CARD_EMS) * this.#size.em),
        scroller,
        expectedHeight: () => (stage === 'rejected' ? REJECTED_EMS : COLUMN_EMS) * this.#size.em,
        key: (card: Candidate) => card.personId,
        // Cards are tall: two beyond each edge keep scrolling smooth, and a first render small.
        overscan: 2,
      });
      const focus = new RowFocus(this, list, () => this.#view.byStage[stage].length, scroller);
      return [stage, { list, focus }];
    }),
  ) as Record<PipelineStage, { list: VirtualList; focus: RowFocus }>;
  readonly #menu = new ActionMenu<string>(this, {
    key: (id) => id,
    items: (id) => this.#cardItems(id),
    label: (id) => this.#p.actionsFor(this.#board.get(id)?.name ?? ''),
  });
  readonly #bulkMenu = new ActionMenu<'selection'>(this, {
    key: () => 'selection',
    items: () => this.#bulkItems(),
    label: () => this.#p.moveSelectionLabel(this.#selection.size),
  });
  readonly #drag = new PointerDrag<string[], Zone>(this, {
    zoneAt: (x, y) => this.#zoneAt(x, y),
    scrollers: () => [
      ...this.renderRoot.querySelectorAll<HTMLElement>('.board, .cards'),
      document.scrollingElement as HTMLElement,
    ],
    ghost: () => this.#ghost.value,
    onStart: () => this.#menu.dismiss(),
    onOver: (zone) => {
      if (zone?.stage !== this.over?.stage || zone?.index !== this.over?.index) this.over = zone;
    },
    onDrop: (ids, zone) => {
      this.over = undefined;
      const first = this.#board.get(ids[0] ?? '');
      if (zone && first) void this.#drop(ids, first.stage, zone.stage, zone.index, ids[0] ?? '');
    },
    onCancel: () => (this.over = undefined),
  });
  readonly #moves = new Moves(this, {
    api: () => this.api,
    roleId: () => this.roleId,
    board: this.#board,
    t: () => this.t,
    p: () => this.#p,
    now: () => new Date(this.now()).toISOString(),
    holdMs: () => this.undoSeconds * 1000,
    request: (detail) => this.emit('invitekit-stage-request', detail, { cancelable: true }),
    changed: (detail) => this.emit('invitekit-stage-changed', detail),
    say: (tone, text, lines = [], retry) => this.#say(tone, text, lines, retry),
    announce: (text, politeness) => this.#announcer.say(text, politeness),
    unsure: () => void this.refresh(),
  });
  readonly #keys = new BoardKeys(this, {
    view: () => this.#view,
    selection: this.#selection,
    narrow: () => this.#narrow,
    sortable: () => this.#sortable,
    sortName: () => this.#p.sorts[this.sort],
    words: () => this.#p,
    list: (stage) => this.#lists[stage],
    show: (stage) => this.#show(stage),
    say: (text, politeness) => this.#announcer.say(text, politeness),
    moving: (card) => this.#moving(card),
    allowed: (ids, origin) => this.#allowed(ids, origin),
    who: (ids) => this.#who(ids),
    drop: (move) => void this.#drop(move.ids, move.origin, move.target, move.index, move.from),
  });
  readonly #loader = new Loader<Pipeline>(
    this,
    () => (this.api && this.roleId ? [this.api, this.roleId] : undefined),
    (signal) => this.#load(signal),
  );
  readonly #ghost = createRef<HTMLElement>();
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  /** The column with the tab stop, and the card last focused in the board. */
  #active: PipelineStage = 'matches';
  #focused = '';
  /** Whether a card (or a control in one) had focus when this update began. */
  #cardHadFocus = false;
  #view: View = this.#board.view({ needle: '', filter: '', sort: 'manual' });
  #onOutside = (event: Event) => {
    // The kit's own events elsewhere on the page may have changed this role's people.
    if (!event.composedPath().includes(this)) void this.refresh();
  };
  #onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };
  #onPageHide = () => this.#moves.flush();

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of outsideEvents) document.addEventListener(name, this.#onOutside);
    document.addEventListener('visibilitychange', this.#onVisible);
    addEventListener('pagehide', this.#onPageHide);
    // Time in stage moves with the clock.
    this.#tick = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of outsideEvents) document.removeEventListener(name, this.#onOutside);
    document.removeEventListener('visibilitychange', this.#onVisible);
    removeEventListener('pagehide', this.#onPageHide);
    clearInterval(this.#tick);
    clearTimeout(this.#pollTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#cardHadFocus = !!this.shadowRoot?.activeElement?.closest('[role="row"][data-id]');
    if (changed.has('search')) this.searchText = this.search;
    if (changed.has('roleId') && changed.get('roleId') !== undefined) {
      this.#moves.flush();
      this.#board.role = undefined;
      this.#selection.clear();
      this.#keys.move = undefined;
    }
    if (changed.has('pollSeconds')) this.#schedulePoll();
    const view = this.#board.view({
      needle: this.search.trim().toLowerCase(),
      filter: this.filter,
      sort: this.sort,
    });
    if (view !== this.#view) {
      this.#view = view;
      // Cards that left the view leave the selection too (a search, a filter, a live update).
      if (this.#selection.size)
        this.#selection.retain(stageOrder.flatMap((s) => view.byStage[s].map((c) => c.personId)));
    }
  }

  protected override updated(): void {
    // A card that moved to another column (or went back) took focus with it: follow it there.
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (this.#cardHadFocus && lost && !this.shadowRoot?.activeElement && this.#focused) {
      const id = this.#focused;
      void this.updateComplete.then(() => this.#focusCard(id));
    }
  }

  /** Fetches the pipeline again now (the poll, and the kit's events, call this). */
  async refresh(): Promise<void> {
    const api = this.api;
    clearTimeout(this.#pollTimer);
    if (!api || !this.roleId || !this.#board.loaded || document.hidden) {
      this.#schedulePoll();
      return;
    }
    const writes = this.#moves.writes;
    try {
      const pipeline = await api.roles.pipeline(this.roleId);
      // An answer that started before a move was saved may not know it: wait for the next.
      if (writes === this.#moves.writes && !this.#moves.sending && this.#apply(pipeline))
        this.#announcer.say(this.#p.refreshed);
    } catch {
      // Kept quiet: the board stays as it was, and the next poll tries again.
    }
    this.#schedulePoll();
  }

  async #load(signal: AbortSignal): Promise<Pipeline> {
    const api = this.api;
    if (!api) throw new Error('no client');
    // While the answer is on its way, not in the task that renders it.
    if (!formatsReady()) setTimeout(() => this.#prepareFormats());
    const pipeline = await api.roles.pipeline(this.roleId, { signal });
    // Reading and checking a 2,000-candidate answer is a task's worth of work: the board gets one
    // of its own.
    await nextTask();
    if (!signal.aborted) this.#apply(pipeline);
    this.#schedulePoll();
    return pipeline;
  }

  /** Takes an answer of the API; a keyboard move whose people changed underneath ends. */
  #apply(pipeline: Pipeline): boolean {
    if (!this.#board.load(pipeline)) return false;
    // A keyboard move goes on unless someone in it left the board, or its card left its stage.
    const move = this.#keys.move;
    if (
      move &&
      (move.ids.some((id) => !this.#board.get(id)) ||
        this.#board.get(move.from)?.stage !== move.origin)
    )
      this.#keys.cancel();
    this.requestUpdate();
    return true;
  }

  /**
   * The first number or duration an element formats loads the browser's locale data (tens of
   * milliseconds): build the formatters a board uses before there is a board to render.
   */
  #prepareFormats(): void {
    this.t.time.number(0);
    for (const ms of [60_000, 3_600_000, 86_400_000, 5_184_000_000]) {
      this.#p.inStage(ms);
      this.#p.inStage(ms, true);
    }
  }

  #schedulePoll(): void {
    clearTimeout(this.#pollTimer);
    if (this.pollSeconds > 0 && this.isConnected)
      this.#pollTimer = setTimeout(() => void this.refresh(), this.pollSeconds * 1000);
  }

  /** This element's own words, in the language of the shared catalogue. */
  get #p(): PipelineMessages {
    return pipelineMessagesFor(this.t.locale, () => this.requestUpdate());
  }

  get #narrow(): boolean {
    return this.#size.narrowerThan(NARROW_PX);
  }

  get #sortable(): boolean {
    return this.sort === 'manual';
  }

  // ── moving ───────────────────────────────────────────────────────────────────────────────

  /** The people a move from `card` takes: the selection when the card is in it. */
  #moving(card: Candidate): string[] {
    if (!this.#selection.has(card.personId)) return [card.personId];
    return stageOrder.flatMap((s) =>
      this.#view.byStage[s].filter((c) => this.#selection.has(c.personId)).map((c) => c.personId),
    );
  }

  /** The stages some of `ids` may go to, plus where they are (R22–R26). */
  #allowed(ids: string[], origin: PipelineStage): PipelineStage[] {
    const people = ids.map((id) => this.#board.get(id)).filter((c) => c !== undefined);
    return stageOrder.filter(
      (stage) => stage === origin || people.some((c) => refusal(c, stage) === null),
    );
  }

  /** Ends a keyboard or pointer move: the people go to `target`, before what is at `index`. */
  async #drop(
    ids: string[],
    origin: PipelineStage,
    target: PipelineStage,
    index: number,
    focus: string,
  ): Promise<void> {
    const t = this.#p;
    const people = ids.map((id) => this.#board.get(id)).filter((c) => c !== undefined);
    const rest = this.#view.byStage[target].filter((c) => !ids.includes(c.personId));
    const before = this.#sortable ? (rest[index]?.personId ?? null) : undefined;
    if (!this.#allowed(ids, origin).includes(target)) {
      this.#announcer.say(t.cannotMove(this.#who(ids), t.stages[target]), 'assertive');
      return;
    }
    if (target !== origin) {
      this.#moveTo(target as Target, people, focus, before);
      return;
    }
    const place = this.#view.byStage[origin].findIndex((c) => c.personId === ids[0]);
    if (before === undefined || rest[place]?.personId === before || origin === 'matches') {
      this.#announcer.say(t.moveCancelled);
      return;
    }
    this.#moves.request('reorder', origin, people, { before });
    await this.#focusCard(focus);
  }

  #who(ids: string[]): string {
    return ids.length === 1
      ? (this.#board.get(ids[0] ?? '')?.name ?? '')
      : this.#p.people(ids.length);
  }

  /** Runs the move to `stage` for `people`, asking first when it needs words. */
  #moveTo(stage: Target, people: Candidate[], focus: string, before?: string | null): void {
    const send = (options: MoveOptions) => {
      this.#moves.request(actionOf[stage], stage, people, { ...options, before });
      void this.#focusCard(focus);
    };
    const cancel = () => void this.#focusCard(focus);
    const who = this.#who(people.map((c) => c.personId));
    if (stage === 'invited') void this.#confirm.ask(inviteQuestion(this.#p, who, send, cancel));
    else if (stage === 'rejected')
      void this.#confirm.ask(rejectQuestion(this.#p, who, people, send, cancel));
    else send({});
  }

  #cardItems(id: string): MenuItem[] {
    const t = this.#p;
    const card = this.#board.get(id);
    if (!card) return [];
    const items: MenuItem[] = [];
    for (const stage of targets) {
      const why = refusal(card, stage);
      if (why === 'transition') continue;
      const dialog = stage === 'invited' || stage === 'rejected';
      items.push({
        label: `${t.moveTo(t.stages[stage], dialog)}${why === 'inactive' ? ` (${t.inactiveTag})` : ''}`,
        disabled: why !== null || this.#board.isPending(id),
        run: () => this.#moveTo(stage, [card], id),
      });
    }
    items.push({ label: t.details, run: () => void this.#showDetails(id) });
    return items;
  }

  #bulkItems(): MenuItem[] {
    const t = this.#p;
    const people = [...this.#selection.ids]
      .map((id) => this.#board.get(id))
      .filter((c) => c !== undefined);
    return targets.flatMap((stage) => {
      const eligible = people.filter((c) => refusal(c, stage) === null).length;
      if (!eligible) return [];
      const dialog = stage === 'invited' || stage === 'rejected';
      return [
        {
          label: t.bulkTo(t.stages[stage], eligible, people.length, dialog),
          run: () => this.#moveTo(stage, people, people[0]?.personId ?? ''),
        },
      ];
    });
  }

  async #showDetails(id: string): Promise<void> {
    this.details = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.details [data-close]')?.focus();
  }

  #say(
    tone: 'success' | 'error' | 'warning',
    text: string,
    lines: string[] = [],
    retry?: () => void,
  ): void {
    this.outcome = retry ? { tone, text, lines, retry } : { tone, text, lines };
  }

  // ── focus and keys ───────────────────────────────────────────────────────────────────────

  /** Shows `stage`'s cards (its tab below 720 px; the rejected list) and gives it the tab stop. */
  async #show(stage: PipelineStage): Promise<void> {
    if (stage === 'rejected') this.rejectedOpen = true;
    else if (this.#narrow) this.stage = stage;
    await this.updateComplete;
    this.#active = stage;
  }

  /** Gives focus to `personId`'s card wherever it is now (opening what hides it). */
  async #focusCard(personId: string): Promise<void> {
    const card = this.#board.get(personId);
    if (!card) return;
    await this.#show(card.stage);
    const index = this.#view.byStage[card.stage].findIndex((c) => c.personId === personId);
    if (index >= 0) await this.#lists[card.stage].focus.focus(index);
  }

  #onPress(event: PointerEvent, card: Candidate): void {
    const target = event.composedPath()[0] as Element;
    if (target.closest('input, button, a, textarea') || card.stage === 'rejected') return;
    // Touch drags from the grip only, so a finger can still scroll a column.
    if (event.pointerType === 'touch' && !target.closest('.grip')) return;
    this.#drag.press(event, this.#moving(card));
  }

  #zoneAt(x: number, y: number): Zone | undefined {
    const root = this.renderRoot;
    const hit = (el: Element | null) => {
      const box = el?.getBoundingClientRect();
      return box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    };
    // A stage's tab (the narrow layout): at the end of that stage.
    for (const tab of root.querySelectorAll<HTMLElement>('[role="tab"][data-stage]'))
      if (hit(tab))
        return { stage: tab.dataset.stage as PipelineStage, index: Number.MAX_SAFE_INTEGER };
    for (const column of root.querySelectorAll<HTMLElement>('.column[data-stage], .rejected')) {
      if (!hit(column)) continue;
      const stage = (column.dataset.stage ?? 'rejected') as PipelineStage;
      const scroller = column.querySelector<HTMLElement>('.cards');
      const { list } = this.#lists[stage];
      const top = scroller?.getBoundingClientRect().top ?? y;
      const index = Math.round((y - top + (scroller?.scrollTop ?? 0)) / list.rowHeight);
      const ids = this.#drag.item ?? [];
      const count = this.#view.byStage[stage].filter((c) => !ids.includes(c.personId)).length;
      return { stage, index: Math.max(0, Math.min(count, index)) };
    }
    return undefined;
  }

  #onRootKey(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && this.#moves.held) {
      event.preventDefault();
      void this.#undo();
    }
  }

  async #undo(): Promise<void> {
    const focus = this.#moves.undo();
    if (focus) await this.#focusCard(focus);
  }

  // ── render ───────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const missing = this.renderMissingClient();
    if (missing !== nothing) return html`${missing}`;
    const t = this.#p;
    const load = this.#loader.state;
    if (!this.#board.loaded) {
      return load.status === 'error'
        ? notice(
            'error',
            describeError(load.error, this.t),
            [],
            html`<button type="button" @click=${() => void this.#loader.reload()}>
              ${this.t.common.retry}
            </button>`,
          )
        : html`<p class="hint" role="status">${t.loading}</p>`;
    }
    return html`<div
      class="root ${this.compact ? 'compact' : ''} ${this.#narrow ? 'narrow' : ''}"
      @keydown=${(e: KeyboardEvent) => this.#onRootKey(e)}
    >
      ${this.#renderHeader()} ${this.#renderToolbar()} ${this.#confirm.render(this.t.common.cancel)}
      ${this.#renderDetails()}
      ${
        this.outcome
          ? notice(
              this.outcome.tone,
              this.outcome.text,
              this.outcome.lines,
              html`${
                  this.outcome.retry
                    ? html`<button type="button" @click=${this.outcome.retry}>
                        ${this.t.common.retry}
                      </button>`
                    : nothing
                }
                <button type="button" @click=${() => (this.outcome = undefined)}>
                  ${t.dismiss}
                </button>`,
            )
          : nothing
      }
      ${this.#narrow ? this.#renderPicker() : nothing}
      <div
        class="board"
        part="board"
        role="group"
        aria-label=${t.label(this.#board.role?.title ?? '')}
      >
        ${(this.#narrow ? [this.#pickedStage] : columns).map((stage) =>
          renderColumn(this.#columns, stage, this.#view.byStage[stage]),
        )}
      </div>
      ${renderRejected(
        this.#columns,
        this.#view.byStage.rejected,
        this.rejectedOpen || this.#keys.move?.target === 'rejected',
        () => (this.rejectedOpen = !this.rejectedOpen),
      )}
      ${this.#moves.renderToast(() => void this.#undo())} ${this.#renderGhost()}
      ${this.#menu.render(t.details)} ${this.#bulkMenu.render(t.moveSelected)}
      <p id="card-help" hidden>${t.cardHelp}</p>
    </div>`;
  }

  get #pickedStage(): PipelineStage {
    return (columns as readonly string[]).includes(this.stage) ? this.stage : 'matches';
  }

  #renderHeader(): TemplateResult | typeof nothing {
    const role = this.#board.role;
    return role
      ? renderHeader(this.#p, role, this.#view.totals.confirmed, this.headingLevel)
      : nothing;
  }

  #renderToolbar(): TemplateResult {
    return renderToolbar({
      p: this.#p,
      search: this.searchText,
      filter: this.filter,
      sort: this.sort,
      compact: this.compact,
      selected: this.#selection.size,
      onSearch: (text) => {
        this.searchText = text;
        this.search = text;
      },
      onFilter: (filter) => (this.filter = filter),
      onSort: (sort) => (this.sort = sort),
      onCompact: () => (this.compact = !this.compact),
      onClear: () => this.#selection.clear(),
      moveButton: () => this.#bulkMenu.button('selection', 0, this.#p.moveSelected),
    });
  }

  #renderPicker(): TemplateResult {
    return renderPicker({
      p: this.#p,
      t: this.t,
      picked: this.#pickedStage,
      count: (stage) => this.#view.byStage[stage].length,
      dropClass: (stage) => this.#dropClass(stage),
      pick: async (stage, focus) => {
        this.stage = stage;
        if (!focus) return;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-stage="${stage}"]`)?.focus();
      },
    });
  }

  #dropClass(stage: PipelineStage): string {
    const target = this.#keys.move?.target ?? (this.#drag.active ? this.over?.stage : undefined);
    if (target !== stage) return '';
    const ids = this.#keys.move?.ids ?? this.#drag.item ?? [];
    const origin = this.#board.get(ids[0] ?? '')?.stage ?? stage;
    return this.#allowed(ids, origin).includes(stage) ? 'drop-target' : 'drop-refused';
  }

  /** What columns and cards need: the board's state and its handlers. */
  get #columns(): ColumnContext {
    return {
      p: this.#p,
      selection: this.#selection,
      narrow: this.#narrow,
      headingLevel: this.headingLevel,
      total: (stage) => this.#view.totals[stage],
      list: (stage) => this.#lists[stage].list,
      cards: (stage, shown) => this.#cardContext(stage, shown),
      dropClass: (stage) => this.#dropClass(stage),
      dropLine: (stage) =>
        this.#sortable && this.#dropClass(stage) === 'drop-target' && stage !== 'matches'
          ? (this.#keys.move?.index ?? this.over?.index)
          : undefined,
      onKeyDown: (event, stage) => this.#keys.onKeyDown(event, stage),
      onScroll: (event, stage) => {
        this.#menu.dismiss();
        this.#lists[stage].list.onScroll(event);
      },
    };
  }

  #cardContext(stage: PipelineStage, shown: Candidate[]): CardContext {
    return {
      t: this.t,
      p: this.#p,
      required: this.#board.role?.requiredCertifications ?? [],
      now: this.now(),
      compact: this.compact,
      tabIndex: (i) => (stage === this.#active ? this.#lists[stage].focus.tabIndex(i) : -1),
      selected: (id) => this.#selection.has(id),
      moving: (id) =>
        (this.#keys.move?.ids.includes(id) ?? false) || (this.#drag.item?.includes(id) ?? false),
      pending: (id) => this.#board.isPending(id),
      toggle: (id, range) =>
        range
          ? this.#selection.extendTo(
              shown.map((c) => c.personId),
              id,
            )
          : this.#selection.toggle(id),
      onFocus: (i, id) => {
        this.#active = stage;
        this.#focused = id;
        this.#lists[stage].focus.index = i;
      },
      onPress: (e, c) => this.#onPress(e, c),
      menu: (id, tab) => this.#menu.button(id, tab),
    };
  }

  #renderDetails(): TemplateResult | typeof nothing {
    const card = this.details ? this.#board.get(this.details) : undefined;
    if (!card) return nothing;
    return renderDetails(this.t, this.#p, card, this.#board.role, this.now(), () => {
      this.details = undefined;
      void this.#focusCard(card.personId);
    });
  }

  #renderGhost(): TemplateResult | typeof nothing {
    const ids = this.#drag.item;
    if (!ids) return nothing;
    return html`<div class="ghost" part="card" aria-hidden="true" ${ref(this.#ghost)}>
      ${this.#who(ids)}
    </div>`;
  }
}

/** The kit's events that may change a role's people, from other elements on the page. */
const outsideEvents = [
  'invitekit-stage-changed',
  'invitekit-invite-sent',
  'invitekit-invitation-changed',
  'invitekit-bulk-done',
  'invitekit-account-changed',
] as const;
