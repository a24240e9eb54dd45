import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Candidate, Pipeline, PipelineStage } from '@invitekit/sdk';
import { InvitekitElement } from '../shared/base.js';
import { LightAnnouncer } from '../shared/announcer.js';
import { ActionMenu, type MenuItem } from '../shared/controllers/action-menu.js';
import { Confirm } from '../shared/controllers/confirm.js';
import { cssProps } from '../shared/controllers/css-props.js';
import { RowFocus } from '../shared/controllers/row-focus.js';
import { Selection } from '../shared/controllers/selection.js';
import { SizeController } from '../shared/controllers/size.js';
import { VirtualList } from '../shared/controllers/virtual-list.js';
import { Loader } from '../shared/loader.js';
import { formatsReady } from '../shared/messages/format.js';
import { nextTask } from '../shared/slice.js';
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
import { renderCard, renderDetails, type CardContext } from './card.js';
import { PointerDrag } from './drag.js';
import { Moves, type MoveOptions } from './moves.js';
import { pipelineMessages, type PipelineMessages } from './role-pipeline.messages.js';
import { styles } from './role-pipeline.styles.js';

/** Below this width the columns become a stage picker and one list. */
const NARROW_PX = 720;
/** Card heights in ems of the board's font. */
const CARD_EMS = 7.25;
const COMPACT_EMS = 3.25;

/** A text attribute that, once removed, reads as its default again. */
const orEmpty = (fallback: string) => ({
  fromAttribute: (value: string | null) => value ?? fallback,
});

/** A keyboard move in progress (GitHub Projects' model). */
interface KeyMove {
  ids: string[];
  origin: PipelineStage;
  target: PipelineStage;
  /** The place in the target column (manual order only). */
  index: number;
  /** The card the move started from (it keeps focus). */
  from: string;
}

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
  static override styles = [tokens, controls, styles];

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
  @state() private keyMove: KeyMove | undefined;
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
    // A move waiting out its Undo is sent now: leaving the page does not undo it.
    this.#moves.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#cardHadFocus = !!this.shadowRoot?.activeElement?.closest('[role="row"][data-id]');
    if (changed.has('search')) this.searchText = this.search;
    if (changed.has('roleId') && changed.get('roleId') !== undefined) {
      this.#moves.flush();
      this.#board.role = undefined;
      this.#selection.clear();
      this.keyMove = undefined;
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
    const move = this.keyMove;
    if (
      move &&
      move.ids.some((id) => this.#board.get(id)?.stage !== this.#board.get(move.from)?.stage)
    ) {
      this.keyMove = undefined;
      this.#announcer.say(this.#p.moveCancelled);
    }
    this.requestUpdate();
    return true;
  }

  /**
   * The first number or duration an element formats loads the browser's locale data (tens of
   * milliseconds): build the formatters a board uses before there is a board to render.
   */
  #prepareFormats(): void {
    const time = this.t.time;
    time.number(0);
    for (const ms of [60_000, 3_600_000, 86_400_000, 5_184_000_000]) {
      time.duration(ms);
      time.duration(ms, true);
    }
  }

  #schedulePoll(): void {
    clearTimeout(this.#pollTimer);
    if (this.pollSeconds > 0 && this.isConnected)
      this.#pollTimer = setTimeout(() => void this.refresh(), this.pollSeconds * 1000);
  }

  /** This element's own words, in the language of the shared catalogue. */
  get #p(): PipelineMessages {
    return pipelineMessages.for(this.t.locale, () => this.requestUpdate());
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
    const who = this.#who(people);
    if (!this.#allowed(ids, origin).includes(target)) {
      this.#announcer.say(t.cannotMove(who, t.stages[target]), 'assertive');
      return;
    }
    if (target === origin) {
      const place = this.#view.byStage[origin].findIndex((c) => c.personId === ids[0]);
      const same = before === undefined || rest[place]?.personId === before;
      if (same || origin === 'matches' || origin === 'rejected') {
        this.#announcer.say(t.moveCancelled);
        return;
      }
      this.#moves.request('reorder', origin, people, { before });
    } else if (target === 'rejected') {
      this.#askReject(people, focus);
      return;
    } else {
      this.#moves.request(actionOf[target as Target], target, people, { before });
    }
    await this.#focusCard(focus);
  }

  #who(people: Candidate[]): string {
    return people.length === 1 ? (people[0]?.name ?? '') : this.#p.people(people.length);
  }

  #askInvite(people: Candidate[], focus: string): void {
    const t = this.#p;
    let message = '';
    void this.#confirm.ask({
      text: t.inviteQuestion(this.#who(people)),
      confirm: t.sendInvite,
      extra: html`<label class="field" part="field"
        >${t.inviteMessage}
        <textarea
          rows="3"
          maxlength="1000"
          @input=${(e: Event) => (message = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>`,
      run: () => {
        this.#moves.request('invite', 'invited', people, { message: message.trim() || undefined });
        void this.#focusCard(focus);
      },
      onCancel: () => void this.#focusCard(focus),
    });
  }

  #askReject(people: Candidate[], focus: string): void {
    const t = this.#p;
    const options: MoveOptions = { notify: true };
    void this.#confirm.ask({
      text: t.rejectQuestion(this.#who(people)),
      confirm: t.reject,
      extra: html`<label class="field" part="field"
          >${t.rejectReason}
          <input
            type="text"
            maxlength="500"
            @input=${(e: Event) => (options.reason = (e.target as HTMLInputElement).value.trim())}
          />
        </label>
        <label class="check"
          ><input
            type="checkbox"
            checked
            @change=${(e: Event) => (options.notify = (e.target as HTMLInputElement).checked)}
          />
          ${t.rejectNotify}</label
        >
        ${
          people.some((c) => c.stage === 'matches')
            ? html`<p class="hint">${t.rejectMatchesNote}</p>`
            : nothing
        }`,
      run: () => {
        this.#moves.request('reject', 'rejected', people, options);
        void this.#focusCard(focus);
      },
      onCancel: () => void this.#focusCard(focus),
    });
  }

  /** Runs the move to `stage` for `people`, asking first when it needs words. */
  #moveTo(stage: Target, people: Candidate[], focus: string): void {
    if (stage === 'invited') this.#askInvite(people, focus);
    else if (stage === 'rejected') this.#askReject(people, focus);
    else {
      this.#moves.request(actionOf[stage], stage, people);
      void this.#focusCard(focus);
    }
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

  /** Gives focus to `personId`'s card wherever it is now (opening what hides it). */
  async #focusCard(personId: string): Promise<void> {
    const card = this.#board.get(personId);
    if (!card) return;
    if (card.stage === 'rejected') this.rejectedOpen = true;
    else if (this.#narrow) this.stage = card.stage;
    await this.updateComplete;
    const index = this.#view.byStage[card.stage].findIndex((c) => c.personId === personId);
    if (index < 0) return;
    this.#active = card.stage;
    await this.#lists[card.stage].focus.focus(index);
  }

  #onKeyDown(event: KeyboardEvent, stage: PipelineStage): void {
    const row = event.target as HTMLElement;
    if (row.getAttribute('role') !== 'row') return;
    if (this.keyMove) {
      this.#onMoveKey(event);
      return;
    }
    const cards = this.#view.byStage[stage];
    const { focus } = this.#lists[stage];
    const card = cards[focus.index];
    if (!card) return;
    const { key, shiftKey } = event;
    if (key === ' ' && stage !== 'rejected') {
      event.preventDefault();
      this.#selection.toggle(card.personId);
    } else if (shiftKey && (key === 'ArrowDown' || key === 'ArrowUp') && stage !== 'rejected') {
      event.preventDefault();
      const next = cards[focus.index + (key === 'ArrowDown' ? 1 : -1)];
      if (!next) return;
      if (!this.#selection.has(card.personId)) this.#selection.toggle(card.personId);
      this.#selection.extendTo(
        cards.map((c) => c.personId),
        next.personId,
      );
      void focus.focus(focus.index + (key === 'ArrowDown' ? 1 : -1));
    } else if ((key === 'ArrowLeft' || key === 'ArrowRight') && stage !== 'rejected') {
      event.preventDefault();
      void this.#focusColumn(stage, key === 'ArrowRight' ? 1 : -1, focus.index);
    } else if (key === 'Enter' && stage !== 'rejected') {
      event.preventDefault();
      this.#startMove(card);
    } else if (key === 'Escape' && this.#selection.size) {
      this.#selection.clear();
    } else {
      focus.onKeyDown(event);
    }
  }

  /** ←/→ between columns: the next one with cards, at about the same height. */
  async #focusColumn(from: PipelineStage, step: 1 | -1, index: number): Promise<void> {
    let i = columns.indexOf(from as (typeof columns)[number]) + step;
    for (; i >= 0 && i < columns.length; i += step) {
      const stage = columns[i];
      const cards = stage ? this.#view.byStage[stage] : [];
      if (!stage || !cards.length) continue;
      if (this.#narrow) this.stage = stage;
      await this.updateComplete;
      this.#active = stage;
      await this.#lists[stage].focus.focus(Math.min(index, cards.length - 1));
      return;
    }
  }

  #startMove(card: Candidate): void {
    const t = this.#p;
    const ids = this.#moving(card);
    const index = this.#view.byStage[card.stage].findIndex((c) => c.personId === card.personId);
    this.keyMove = { ids, origin: card.stage, target: card.stage, index, from: card.personId };
    const people = ids.map((id) => this.#board.get(id)).filter((c) => c !== undefined);
    this.#announcer.say(t.moveStart(this.#who(people), t.stages[card.stage]));
  }

  #onMoveKey(event: KeyboardEvent): void {
    const move = this.keyMove;
    if (!move) return;
    const t = this.#p;
    const rest = (stage: PipelineStage) =>
      this.#view.byStage[stage].filter((c) => !move.ids.includes(c.personId));
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        event.preventDefault();
        const allowed = this.#allowed(move.ids, move.origin);
        const next = allowed[allowed.indexOf(move.target) + (event.key === 'ArrowRight' ? 1 : -1)];
        if (!next) return;
        const index = next === move.origin ? move.index : rest(next).length;
        this.keyMove = { ...move, target: next, index };
        this.#sayPlace(next, index, rest(next).length);
        if (next === 'rejected') this.rejectedOpen = true;
        else if (this.#narrow) return;
        this.#lists[next].list.reveal(index);
        return;
      }
      case 'ArrowUp':
      case 'ArrowDown': {
        event.preventDefault();
        const count = rest(move.target).length;
        if (!this.#sortable || move.target === 'matches') {
          this.#sayPlace(move.target, move.index, count);
          return;
        }
        const index = Math.max(
          0,
          Math.min(count, move.index + (event.key === 'ArrowDown' ? 1 : -1)),
        );
        this.keyMove = { ...move, index };
        this.#lists[move.target].list.reveal(index);
        this.#announcer.say(t.moveOver(t.stages[move.target], index + 1, count + 1));
        return;
      }
      case 'Enter':
        event.preventDefault();
        this.keyMove = undefined;
        void this.#drop(move.ids, move.origin, move.target, move.index, move.from);
        return;
      case 'Escape':
        event.preventDefault();
        this.keyMove = undefined;
        this.#announcer.say(t.moveCancelled);
        return;
      case 'Tab':
        this.keyMove = undefined;
        this.#announcer.say(t.moveCancelled);
    }
  }

  #sayPlace(stage: PipelineStage, index: number, count: number): void {
    const t = this.#p;
    const move = this.keyMove;
    this.#announcer.say(
      move && stage === move.origin
        ? t.moveBack(t.stages[stage])
        : this.#sortable && stage !== 'matches'
          ? t.moveOver(t.stages[stage], index + 1, count + 1)
          : t.moveOverSorted(t.stages[stage], t.sorts[this.sort]),
    );
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
        ${(this.#narrow ? [this.#pickedStage] : columns).map((s) => this.#renderColumn(s))}
      </div>
      ${this.#renderRejected()} ${this.#moves.renderToast(() => void this.#undo())}
      ${this.#renderGhost()} ${this.#menu.render(t.details)}
      ${this.#bulkMenu.render(t.moveSelected)}
      <p id="card-help" hidden>${t.cardHelp}</p>
    </div>`;
  }

  get #pickedStage(): PipelineStage {
    return (columns as readonly string[]).includes(this.stage) ? this.stage : 'matches';
  }

  #heading(level: number, text: string, id?: string): TemplateResult {
    return html`<div
      role="heading"
      aria-level=${level}
      class="h${level - this.headingLevel}"
      id=${ifDefined(id)}
    >
      ${text}
    </div>`;
  }

  #renderHeader(): TemplateResult {
    const t = this.#p;
    const role = this.#board.role;
    if (!role) return html``;
    const confirmed = this.#view.totals.confirmed;
    return html`<header class="header" part="header">
      ${this.#heading(this.headingLevel, role.title)}
      <p>
        <span class="headcount">${t.headcount(confirmed, role.headcount)}</span>
        <span class="hint">
          ${role.requiredCertifications.length ? t.requires(role.requiredCertifications) : t.nothingRequired}
        </span>
      </p>
    </header>`;
  }

  #renderToolbar(): TemplateResult {
    const t = this.#p;
    return html`<div class="toolbar" part="toolbar">
        <input
          type="search"
          aria-label=${t.search}
          placeholder=${t.search}
          .value=${this.searchText}
          @input=${(e: Event) => {
            this.searchText = (e.target as HTMLInputElement).value;
            this.search = this.searchText;
          }}
        />
        <label
          >${t.show}
          <select
            @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as Filter)}
          >
            ${Object.entries(t.filters).map(
              ([value, label]) =>
                html`<option value=${value} ?selected=${value === this.filter}>${label}</option>`,
            )}
          </select>
        </label>
        <label
          >${t.order}
          <select
            @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as Sort)}
          >
            ${Object.entries(t.sorts).map(
              ([value, label]) =>
                html`<option value=${value} ?selected=${value === this.sort}>${label}</option>`,
            )}
          </select>
        </label>
        <button
          type="button"
          aria-pressed=${this.compact ? 'true' : 'false'}
          @click=${() => (this.compact = !this.compact)}
        >
          ${t.compact}
        </button>
      </div>
      ${
        this.#selection.size
          ? html`<div
              class="bulk"
              part="toolbar"
              role="group"
              aria-label=${t.selected(this.#selection.size)}
            >
              <span>${t.selected(this.#selection.size)}</span>
              ${this.#bulkMenu.button('selection', 0, t.moveSelected)}
              <button type="button" @click=${() => this.#selection.clear()}>
                ${t.clearSelection}
              </button>
            </div>`
          : nothing
      }`;
  }

  #renderPicker(): TemplateResult {
    const t = this.#p;
    const picked = this.#pickedStage;
    const move = (step: number) => {
      const next =
        columns[
          (columns.indexOf(picked as (typeof columns)[number]) + step + columns.length) %
            columns.length
        ];
      if (!next) return;
      this.stage = next;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-stage="${next}"]`)?.focus(),
      );
    };
    return html`<div
      class="picker"
      role="tablist"
      aria-label=${t.picker}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          e.preventDefault();
          move(e.key === 'ArrowRight' ? 1 : -1);
        }
      }}
    >
      ${columns.map(
        (stage) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${stage}"
            data-stage=${stage}
            class=${this.#dropClass(stage)}
            aria-selected=${stage === picked ? 'true' : 'false'}
            aria-controls="column-${stage}"
            tabindex=${stage === picked ? 0 : -1}
            @click=${() => (this.stage = stage)}
          >
            ${t.stages[stage]}
            <span class="count">${this.t.time.number(this.#view.byStage[stage].length)}</span>
          </button>`,
      )}
    </div>`;
  }

  #dropClass(stage: PipelineStage): string {
    const target = this.keyMove?.target ?? (this.#drag.active ? this.over?.stage : undefined);
    if (target !== stage) return '';
    const ids = this.keyMove?.ids ?? this.#drag.item ?? [];
    const origin = this.#board.get(ids[0] ?? '')?.stage ?? stage;
    return this.#allowed(ids, origin).includes(stage) ? 'drop-target' : 'drop-refused';
  }

  #renderColumn(stage: PipelineStage): TemplateResult {
    const t = this.#p;
    const cards = this.#view.byStage[stage];
    const ids = cards.map((c) => c.personId);
    const all = this.#selection.hasAll(ids);
    const some = !all && ids.some((id) => this.#selection.has(id));
    const level = this.headingLevel + 1;
    return html`<section
      class="column ${this.#dropClass(stage)}"
      part="column"
      data-stage=${stage}
      id="column-${stage}"
      role=${this.#narrow ? 'tabpanel' : 'region'}
      aria-labelledby=${this.#narrow ? `tab-${stage}` : `title-${stage}`}
    >
      <div class="column-head">
        <input
          type="checkbox"
          aria-label=${t.selectColumn(t.stages[stage])}
          .checked=${all}
          .indeterminate=${some}
          ?disabled=${!ids.length}
          @change=${() => this.#selection.toggleAll(ids)}
        />
        ${this.#heading(level, t.stages[stage], `title-${stage}`)}
        <span class="count">${t.count(cards.length, this.#view.totals[stage])}</span>
      </div>
      ${this.#renderList(stage, cards)}
    </section>`;
  }

  #renderList(stage: PipelineStage, cards: Candidate[]): TemplateResult {
    const t = this.#p;
    const { list } = this.#lists[stage];
    const ctx: CardContext = {
      t: this.t,
      p: this.#p,
      required: this.#board.role?.requiredCertifications ?? [],
      now: this.now(),
      compact: this.compact,
      tabIndex: (i) => (stage === this.#active ? this.#lists[stage].focus.tabIndex(i) : -1),
      selected: (id) => this.#selection.has(id),
      moving: (id) =>
        (this.keyMove?.ids.includes(id) ?? false) || (this.#drag.item?.includes(id) ?? false),
      pending: (id) => this.#board.isPending(id),
      toggle: (id, range) =>
        range
          ? this.#selection.extendTo(
              cards.map((c) => c.personId),
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
    const line =
      this.#sortable && this.#dropClass(stage) === 'drop-target' && stage !== 'matches'
        ? (this.keyMove?.index ?? this.over?.index)
        : undefined;
    return html`<div
      role="grid"
      class="grid"
      aria-labelledby="title-${stage}"
      aria-rowcount=${cards.length}
      aria-multiselectable=${stage === 'rejected' ? 'false' : 'true'}
    >
      <div
        role="rowgroup"
        class="cards"
        data-stage=${stage}
        ${cssProps(list.scrollerProps)}
        @scroll=${(e: Event) => {
          this.#menu.dismiss();
          list.onScroll(e);
        }}
        @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, stage)}
      >
        ${
          cards.length
            ? list.render(cards, (card, i) => renderCard(ctx, card, i))
            : html`<div role="row">
                <div role="gridcell" class="empty">
                  ${this.#view.totals[stage] ? t.emptyFiltered : t.empty(t.stages[stage])}
                </div>
              </div>`
        }
        ${
          line === undefined
            ? nothing
            : html`<div
                class="drop-line"
                aria-hidden="true"
                ${cssProps({ top: `${line * list.rowHeight}px` })}
              ></div>`
        }
      </div>
    </div>`;
  }

  #renderRejected(): TemplateResult {
    const t = this.#p;
    const cards = this.#view.byStage.rejected;
    return html`<section
      class="rejected ${this.#dropClass('rejected')}"
      part="rejected"
      data-stage="rejected"
    >
      <button
        type="button"
        class="disclosure"
        aria-expanded=${this.rejectedOpen ? 'true' : 'false'}
        aria-controls="rejected-list"
        @click=${() => (this.rejectedOpen = !this.rejectedOpen)}
      >
        <span aria-hidden="true">${this.rejectedOpen ? '▾' : '▸'}</span>
        <span id="title-rejected"
          >${t.rejected(t.count(cards.length, this.#view.totals.rejected))}</span
        >
      </button>
      <div id="rejected-list" ?hidden=${!this.rejectedOpen}>
        ${this.rejectedOpen ? this.#renderList('rejected', cards) : nothing}
      </div>
    </section>`;
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
    const people = ids.map((id) => this.#board.get(id)).filter((c) => c !== undefined);
    return html`<div class="ghost" part="card" aria-hidden="true" ${ref(this.#ghost)}>
      ${this.#who(people)}
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
