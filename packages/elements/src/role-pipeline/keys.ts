// The board by keyboard, on GitHub Projects' model. On a card: ↑/↓ (Home, End, Page Up/Down) move
// in its column, ←/→ to the next column with cards, Space or Shift+Space selects, Shift+↑/↓
// selects on, Escape clears the selection, Enter starts a move. In a move: ←/→ pick the column
// (only those the rules allow, and the one it came from), ↑/↓ the place (in your order), Enter
// drops, Escape or Tab cancel. Focus stays on the card it started from; every step is said.
import type { ReactiveControllerHost } from 'lit';
import type { Candidate, PipelineStage } from '@invitekit/sdk';
import type { RowFocus } from '../shared/controllers/row-focus.js';
import type { Selection } from '../shared/controllers/selection.js';
import type { VirtualList } from '../shared/controllers/virtual-list.js';
import { columns, type View } from './board.js';
import type { PipelineMessages } from './messages/index.js';

/** A keyboard move in progress. */
export interface KeyMove {
  ids: string[];
  origin: PipelineStage;
  target: PipelineStage;
  /** The place in the target column (your order only). */
  index: number;
  /** The card the move started from (it keeps focus). */
  from: string;
}

/** What the keys act on: the board's view and lists, and what it does with a move. */
export interface KeysOptions {
  view(): View;
  readonly selection: Selection;
  narrow(): boolean;
  /** Cards keep the team's order (↑/↓ pick a place), rather than a sort. */
  sortable(): boolean;
  sortName(): string;
  words(): PipelineMessages;
  list(stage: PipelineStage): { list: VirtualList; focus: RowFocus };
  /** Shows `stage`'s cards (the narrow layout's list, the rejected list) and gives it the tab stop. */
  show(stage: PipelineStage): Promise<void>;
  say(text: string, politeness?: 'polite' | 'assertive'): void;
  /** Who a move from `card` takes (the selection, when the card is in it). */
  moving(card: Candidate): string[];
  allowed(ids: string[], origin: PipelineStage): PipelineStage[];
  who(ids: string[]): string;
  drop(move: KeyMove): void;
}

export class BoardKeys {
  /** The move in progress, if any. */
  move: KeyMove | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #o: KeysOptions;

  constructor(host: ReactiveControllerHost, options: KeysOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** Ends a move without dropping it, saying so. */
  cancel(): void {
    if (!this.move) return;
    this.#set(undefined);
    this.#o.say(this.#o.words().moveCancelled);
  }

  #set(move: KeyMove | undefined): void {
    this.move = move;
    this.#host.requestUpdate();
  }

  /** Bind to each column's `keydown`; handles keys pressed on a card. */
  onKeyDown(event: KeyboardEvent, stage: PipelineStage): void {
    if ((event.target as HTMLElement).getAttribute('role') !== 'row') return;
    if (this.move) {
      this.#onMoveKey(event, this.move);
      return;
    }
    const o = this.#o;
    const cards = o.view().byStage[stage];
    const { focus } = o.list(stage);
    const card = cards[focus.index];
    if (!card) return;
    const { key, shiftKey } = event;
    const active = stage !== 'rejected';
    if (key === ' ' && active) {
      event.preventDefault();
      o.selection.toggle(card.personId);
    } else if (shiftKey && (key === 'ArrowDown' || key === 'ArrowUp') && active) {
      event.preventDefault();
      const step = key === 'ArrowDown' ? 1 : -1;
      const next = cards[focus.index + step];
      if (!next) return;
      if (!o.selection.has(card.personId)) o.selection.toggle(card.personId);
      o.selection.extendTo(
        cards.map((c) => c.personId),
        next.personId,
      );
      void focus.focus(focus.index + step);
    } else if ((key === 'ArrowLeft' || key === 'ArrowRight') && active) {
      event.preventDefault();
      void this.#toColumn(stage, key === 'ArrowRight' ? 1 : -1, focus.index);
    } else if (key === 'Enter' && active) {
      event.preventDefault();
      this.#start(card);
    } else if (key === 'Escape' && o.selection.size) {
      o.selection.clear();
    } else {
      focus.onKeyDown(event);
    }
  }

  /** ←/→ between columns: the next one with cards, at about the same height. */
  async #toColumn(from: PipelineStage, step: 1 | -1, index: number): Promise<void> {
    const o = this.#o;
    for (
      let i = columns.indexOf(from as (typeof columns)[number]) + step;
      i >= 0 && i < columns.length;
      i += step
    ) {
      const stage = columns[i];
      const count = stage ? o.view().byStage[stage].length : 0;
      if (!stage || !count) continue;
      await o.show(stage);
      await o.list(stage).focus.focus(Math.min(index, count - 1));
      return;
    }
  }

  #start(card: Candidate): void {
    const o = this.#o;
    const ids = o.moving(card);
    const index = o.view().byStage[card.stage].findIndex((c) => c.personId === card.personId);
    this.#set({ ids, origin: card.stage, target: card.stage, index, from: card.personId });
    o.say(o.words().moveStart(o.who(ids), o.words().stages[card.stage]));
  }

  #onMoveKey(event: KeyboardEvent, move: KeyMove): void {
    const o = this.#o;
    const rest = (stage: PipelineStage) =>
      o.view().byStage[stage].filter((c) => !move.ids.includes(c.personId)).length;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        event.preventDefault();
        const allowed = o.allowed(move.ids, move.origin);
        const next = allowed[allowed.indexOf(move.target) + (event.key === 'ArrowRight' ? 1 : -1)];
        if (!next) return;
        // Back where it came from: its own place; elsewhere, the end.
        const index = next === move.origin ? move.index : rest(next);
        this.#set({ ...move, target: next, index });
        this.#sayPlace(next, index, rest(next), next === move.origin);
        if (next === 'rejected' || !o.narrow()) void this.#reveal(next, index);
        return;
      }
      case 'ArrowUp':
      case 'ArrowDown': {
        event.preventDefault();
        const count = rest(move.target);
        if (!o.sortable() || move.target === 'matches') {
          this.#sayPlace(move.target, move.index, count, move.target === move.origin);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const index = Math.max(0, Math.min(count, move.index + step));
        this.#set({ ...move, index });
        o.list(move.target).list.reveal(index);
        this.#sayPlace(move.target, index, count, false);
        return;
      }
      case 'Enter':
        event.preventDefault();
        this.#set(undefined);
        o.drop(move);
        return;
      case 'Escape':
        event.preventDefault();
        this.cancel();
        return;
      case 'Tab':
        this.cancel();
    }
  }

  /** The rejected list opens when a move points at it; any column scrolls to the place. */
  async #reveal(stage: PipelineStage, index: number): Promise<void> {
    if (stage === 'rejected') await this.#host.updateComplete;
    this.#o.list(stage).list.reveal(index);
  }

  /** Says where a drop would land now; `back` where the move started (Enter changes nothing). */
  #sayPlace(stage: PipelineStage, index: number, count: number, back: boolean): void {
    const t = this.#o.words();
    this.#o.say(
      back
        ? t.moveBack(t.stages[stage])
        : this.#o.sortable() && stage !== 'matches'
          ? t.moveOver(t.stages[stage], index + 1, count + 1)
          : t.moveOverSorted(t.stages[stage], this.#o.sortName()),
    );
  }
}
