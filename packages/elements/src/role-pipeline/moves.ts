// Moves, from asked to settled: the cancelable request event, the card shown in its new place at
// once, the move held while its Undo shows (nothing reaches the API, so no one is emailed, until
// then), then sent; the API's answer settles each person, and whoever it refused goes back where
// they were, with its reason. One move is held at a time: the next one sends it.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {
  isInvitekitError,
  type Candidate,
  type InvitekitError,
  type InvitekitClient,
  type PipelineStage,
} from '@invitekit/sdk';
import type { Messages } from '../shared/messages/index.js';
import type { StageAction, StageChangedDetail, StageRequestDetail } from '../shared/events.js';
import { describeError, retryable } from '../shared/ui.js';
import { refusal, type Board } from './board.js';
import type { PipelineMessages } from './messages/index.js';

export interface MoveOptions {
  /** Where they land: before this person, or at the end (null); absent: the stage's end. */
  before?: string | null | undefined;
  message?: string | undefined;
  reason?: string | undefined;
  notify?: boolean | undefined;
}

interface Move {
  /** The role when it was asked (the element may show another one by the time it is sent). */
  roleId: string;
  action: StageAction;
  stage: PipelineStage;
  people: Candidate[];
  options: MoveOptions;
  who: string;
  /** What the toast says. */
  said: string;
}

export interface MovesOptions {
  api: () => InvitekitClient | undefined;
  roleId: () => string;
  board: Board;
  t: () => Messages;
  p: () => PipelineMessages;
  /** The current time, as an ISO string (a move starts the time in stage). */
  now: () => string;
  holdMs: () => number;
  /** Fires the cancelable request; false when a listener cancelled it. */
  request: (detail: StageRequestDetail) => boolean;
  changed: (detail: StageChangedDetail) => void;
  say: (
    tone: 'success' | 'error' | 'warning',
    text: string,
    lines?: string[],
    retry?: () => void,
  ) => void;
  announce: (text: string, politeness?: 'polite' | 'assertive') => void;
  /** A move failed without an answer (the network): whether it happened is unknown. */
  unsure: () => void;
}

export class Moves implements ReactiveController {
  /** The move its Undo can still take back. */
  held: Move | undefined;
  /** Moves sent and not answered yet. */
  sending = 0;
  /** Bumped whenever the API has answered a move (older reads of the board are stale). */
  writes = 0;
  readonly #host: ReactiveControllerHost;
  readonly #o: MovesOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #deadline = 0;
  #paused: number | undefined;

  constructor(host: ReactiveControllerHost, options: MovesOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** A move waiting out its Undo is sent when the element leaves: leaving does not undo it. */
  hostDisconnected(): void {
    this.flush();
  }

  /**
   * Asks to move `people` to `stage`: the rules leave some out (said, with why), a listener may
   * cancel, and the rest show in their new place at once.
   */
  request(
    action: StageAction,
    stage: PipelineStage,
    people: Candidate[],
    options: MoveOptions = {},
  ): void {
    const t = this.#o.p();
    const allowed = (c: Candidate) =>
      action === 'reorder' ? c.stage === stage : refusal(c, stage) === null;
    const going = people.filter(allowed);
    const skipped = people
      .filter((c) => !allowed(c))
      .map((candidate) => ({
        candidate,
        reason:
          refusal(candidate, stage) === 'inactive'
            ? t.why.inactive
            : t.why.transition(t.stages[stage]),
      }));
    const lines = skipped.map((s) => `${s.candidate.name}: ${s.reason}`);
    if (!going.length) {
      const text = t.cannotMove(who(t, people), t.stages[stage]);
      this.#o.say('warning', text, lines);
      this.#o.announce(text, 'assertive');
      return;
    }
    const { message, reason, notify } = options;
    const detail: StageRequestDetail = {
      roleId: this.#o.roleId(),
      action,
      stage,
      candidates: going,
      skipped,
      ...(message ? { message } : {}),
      ...(reason ? { reason } : {}),
      ...(notify === undefined ? {} : { notify }),
    };
    if (!this.#o.request(detail)) return;
    this.flush();
    this.#o.board.setPending(going, stage, this.#o.now(), options.before);
    const name = who(t, going);
    const said =
      action === 'reorder'
        ? t.reordered(name, ...this.#placeOf(going[0]))
        : t.moved(name, t.stages[stage]);
    const move: Move = {
      roleId: detail.roleId,
      action,
      stage,
      people: going,
      options,
      who: name,
      said,
    };
    if (skipped.length) this.#o.say('warning', t.skipped(skipped.length), lines);
    const hold = this.#o.holdMs();
    this.#o.announce(
      `${said}${skipped.length ? ` ${t.skipped(skipped.length)} ${lines.join('; ')}.` : ''}${hold > 0 ? ` ${t.undoHint}` : ''}`,
    );
    this.#host.requestUpdate();
    if (hold > 0) {
      this.held = move;
      this.#arm(hold);
    } else {
      void this.#send(move);
    }
  }

  /** Where `candidate` now is in its stage, in the team's order: [place, of]. */
  #placeOf(candidate: Candidate | undefined): [number, number] {
    const stage = candidate ? this.#o.board.get(candidate.personId)?.stage : undefined;
    if (!candidate || !stage) return [0, 0];
    const list = this.#o.board.view({ needle: '', filter: '', sort: 'manual' }).byStage[stage];
    return [list.findIndex((c) => c.personId === candidate.personId) + 1, list.length];
  }

  /** Takes back the held move (nothing was sent); returns whose card to give focus to. */
  undo(): string | undefined {
    const move = this.held;
    if (!move) return undefined;
    this.#disarm();
    this.held = undefined;
    const t = this.#o.p();
    const from = move.people[0]?.stage ?? move.stage;
    this.#o.board.settle(move.people.map((c) => c.personId));
    this.#o.announce(t.undone(move.who, t.stages[from]));
    this.#host.requestUpdate();
    return move.people[0]?.personId;
  }

  /** Sends the held move now (another move starts, the element or the page goes away). */
  flush(): void {
    const move = this.held;
    if (!move) return;
    this.#disarm();
    this.held = undefined;
    this.#host.requestUpdate();
    void this.#send(move);
  }

  #arm(ms: number): void {
    clearTimeout(this.#timer);
    this.#deadline = performance.now() + ms;
    this.#timer = setTimeout(() => this.flush(), ms);
  }

  #disarm(): void {
    clearTimeout(this.#timer);
    this.#paused = undefined;
  }

  /** While the pointer or focus is on the toast, its time stands still. */
  #pause(): void {
    if (!this.held || this.#paused !== undefined) return;
    clearTimeout(this.#timer);
    this.#paused = Math.max(1000, this.#deadline - performance.now());
  }

  #resume(): void {
    const left = this.#paused;
    if (!this.held || left === undefined) return;
    this.#paused = undefined;
    this.#arm(left);
  }

  async #send(move: Move): Promise<void> {
    const api = this.#o.api();
    const { roleId } = move;
    const ids = move.people.map((c) => c.personId);
    const { board } = this.#o;
    if (!api) {
      board.settle(ids);
      return;
    }
    const t = this.#o.t();
    this.sending += 1;
    const saved: Candidate[] = [];
    const failed: StageChangedDetail['failed'] = [];
    let unsure = false;
    try {
      const { before, message, reason, notify } = move.options;
      if (before !== undefined || move.action === 'reorder') {
        // A place was asked for: one call per person, each just before the same card.
        for (const c of move.people) {
          try {
            saved.push(
              await api.roles.move(roleId, c.personId, {
                stage: move.stage,
                ...(before === undefined ? {} : { before }),
                ...(message ? { message } : {}),
                ...(reason ? { reason } : {}),
                ...(notify === undefined ? {} : { notify }),
              }),
            );
          } catch (error) {
            if (!isRefusal(error)) throw error;
            failed.push({ candidate: c, error: { code: error.code, message: error.message } });
          }
        }
      } else {
        const personIds = ids;
        const result =
          move.action === 'invite'
            ? await api.roles.invite(roleId, { personIds, ...(message ? { message } : {}) })
            : move.action === 'offer'
              ? await api.roles.offer(roleId, { personIds, ...(message ? { message } : {}) })
              : move.action === 'confirm'
                ? await api.roles.confirm(roleId, { personIds })
                : await api.roles.reject(roleId, {
                    personIds,
                    ...(reason ? { reason } : {}),
                    ...(notify === undefined ? {} : { notify }),
                  });
        if (roleId === this.#o.roleId()) board.load(result.pipeline);
        for (const r of result.results) {
          const candidate = move.people.find((c) => c.personId === r.personId);
          if (r.ok && r.candidate) saved.push(r.candidate);
          else if (candidate)
            failed.push({
              candidate,
              error: r.error ?? { code: 'bad_response', message: t.errors.unexpected },
            });
        }
      }
      board.settle(ids, saved);
      this.writes += 1;
      if (failed.length) {
        const text = this.#o.p().notMoved(failed.length);
        const lines = failed.map((f) => `${f.candidate.name}: ${f.error.message}`);
        this.#o.say('error', text, lines);
        this.#o.announce(`${text}. ${lines.join('; ')}`, 'assertive');
      }
      if (saved.length)
        this.#o.changed({
          roleId,
          action: move.action,
          stage: move.stage,
          candidates: saved,
          failed,
        });
    } catch (error) {
      // Nothing is known to have happened: everyone goes back, and a read says for sure.
      unsure = true;
      board.settle(
        ids.filter((id) => !saved.some((c) => c.personId === id)),
        saved,
      );
      const text = this.#o.p().rolledBack(move.who);
      this.#o.say(
        'error',
        text,
        [describeError(error, t)],
        retryable(error)
          ? () => {
              // As they are now: a live update may have moved someone meanwhile.
              const now = move.people.map((c) => board.get(c.personId) ?? c);
              this.request(move.action, move.stage, now, move.options);
            }
          : undefined,
      );
      this.#o.announce(`${text} ${describeError(error, t)}`, 'assertive');
    } finally {
      this.sending -= 1;
      this.#host.requestUpdate();
      if (unsure) this.#o.unsure();
    }
  }

  /** The toast of the held move, with Undo; its time stands still under the pointer or focus. */
  renderToast(undo: () => void): TemplateResult | typeof nothing {
    const move = this.held;
    if (!move) return nothing;
    const t = this.#o.p();
    return html`<div
      class="toast"
      part="toast"
      @pointerenter=${() => this.#pause()}
      @pointerleave=${() => this.#resume()}
      @focusin=${() => this.#pause()}
      @focusout=${() => this.#resume()}
    >
      <span>${move.said}</span>
      <button type="button" class="primary" @click=${undo}>${t.undo}</button>
      <button type="button" @click=${() => this.flush()}>${t.dismiss}</button>
    </div>`;
  }
}

const who = (t: PipelineMessages, people: Candidate[]) =>
  people.length === 1 ? (people[0]?.name ?? '') : t.people(people.length);

/** The API said no to this person (as opposed to the network failing the whole move). */
const isRefusal = (error: unknown): error is InvitekitError =>
  isInvitekitError(error) &&
  ['invalid_transition', 'inactive_user', 'not_found', 'validation', 'conflict'].includes(
    error.code,
  );
