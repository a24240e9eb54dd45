// The board's model, without any DOM: the candidates as the API last said, the moves not settled
// yet laid over them, and the columns a search, filter and sort make of both. Every person is in
// exactly one place: a pending move replaces their card, it never adds a second one.
import type { Candidate, Pipeline, PipelineStage, Role } from '@invitekit/sdk';

/** The active columns, left to right (R21); `rejected` is the list below them (R26). */
export const columns = ['matches', 'invited', 'applied', 'offered', 'confirmed'] as const;
export const stageOrder: readonly PipelineStage[] = [...columns, 'rejected'];

/** The stages an admin can move someone to, and the action that does it (R22, R25, R26). */
export const actionOf = {
  invited: 'invite',
  offered: 'offer',
  confirmed: 'confirm',
  rejected: 'reject',
} as const;
export type Target = keyof typeof actionOf;
export type StageAction = (typeof actionOf)[Target] | 'reorder';
export const targets = Object.keys(actionOf) as Target[];

export const sorts = ['manual', 'time', 'name'] as const;
export type Sort = (typeof sorts)[number];
export const filters = ['', 'complete', 'partial', 'declined', 'inactive'] as const;
export type Filter = (typeof filters)[number];

/** Why the rules keep `candidate` from going to `to` now, or null when they allow it. */
export function refusal(candidate: Candidate, to: PipelineStage): 'inactive' | 'transition' | null {
  const from = candidate.stage;
  switch (to) {
    case 'invited':
      // R22: from Matches; again after a declined invitation. R23: active accounts only.
      if (from !== 'matches' && !(from === 'invited' && candidate.inviteDeclined))
        return 'transition';
      return candidate.accountStatus === 'active' ? null : 'inactive';
    case 'offered':
      return from === 'applied' ? null : 'transition';
    case 'confirmed':
      return from === 'offered' ? null : 'transition';
    case 'rejected':
      return from === 'rejected' ? 'transition' : null;
    default:
      // Only the invitee applies (R24); no one goes back to Matches.
      return 'transition';
  }
}

export interface View {
  /** Each stage's cards, searched, filtered and sorted. */
  byStage: Record<PipelineStage, Candidate[]>;
  /** Each stage's count before search and filter. */
  totals: Record<PipelineStage, number>;
}

export interface Query {
  needle: string;
  filter: Filter;
  sort: Sort;
}

const emptyStages = <T>(make: () => T): Record<PipelineStage, T> =>
  Object.fromEntries(stageOrder.map((s) => [s, make()])) as Record<PipelineStage, T>;

/** Whether two answers for one person differ in anything the board shows. */
const differs = (a: Candidate, b: Candidate) =>
  a.stage !== b.stage ||
  a.updatedAt !== b.updatedAt ||
  a.stageSince !== b.stageSince ||
  a.accountStatus !== b.accountStatus ||
  a.inviteDeclined !== b.inviteDeclined ||
  a.name !== b.name ||
  a.legalName !== b.legalName ||
  a.email !== b.email ||
  a.rejectionReason !== b.rejectionReason ||
  a.missingCertifications.join('\n') !== b.missingCertifications.join('\n') ||
  a.certifications.join('\n') !== b.certifications.join('\n');

export class Board {
  role: Role | undefined;
  /** Bumped on every change, so views are worked out once per change. */
  version = 0;
  /** The API's candidates by person, in the API's order ("your order"). */
  #server = new Map<string, Candidate>();
  #order = new Map<string, number>();
  /** Moves not settled: the card as shown meanwhile, and its place. */
  #pending = new Map<string, { candidate: Candidate; order: number }>();
  /** Name order, worked out when first asked for after a change (see #nameKey). */
  #nameRank: Map<string, number> | undefined;
  #searchKeys = new WeakMap<Candidate, string>();
  #since = new WeakMap<Candidate, number>();
  /** Views worked out since the last change, by query (the board's, and the manual order's). */
  #memo = new Map<string, View>();

  /**
   * Takes the API's answer. Candidates that did not change keep their object, so their cards
   * do not re-render; returns whether anything changed.
   */
  load(pipeline: Pipeline): boolean {
    const server = new Map<string, Candidate>();
    const order = new Map<string, number>();
    let changed =
      pipeline.candidates.length !== this.#server.size ||
      JSON.stringify(pipeline.role) !== JSON.stringify(this.role);
    pipeline.candidates.forEach((candidate, i) => {
      const old = this.#server.get(candidate.personId);
      const kept = old && !differs(old, candidate) ? old : candidate;
      if (kept !== old || this.#order.get(candidate.personId) !== i) changed = true;
      server.set(candidate.personId, kept);
      order.set(candidate.personId, i);
    });
    this.role = pipeline.role;
    if (!changed) return false;
    this.#server = server;
    this.#order = order;
    this.#nameRank = undefined;
    this.#touch();
    return true;
  }

  get loaded(): boolean {
    return this.role !== undefined;
  }

  /** The card as shown: a pending move's, else the API's. */
  get(personId: string): Candidate | undefined {
    return this.#pending.get(personId)?.candidate ?? this.#server.get(personId);
  }

  /** The card as the API has it. */
  saved(personId: string): Candidate | undefined {
    return this.#server.get(personId);
  }

  isPending(personId: string): boolean {
    return this.#pending.has(personId);
  }

  ids(): string[] {
    return [...this.#server.keys()];
  }

  /**
   * Shows `people` in stage `to` at once, before the API has answered: just before `before`
   * (when it is in that stage), else at its end.
   */
  setPending(people: Candidate[], to: PipelineStage, now: string, before?: string | null): void {
    const stage = before ? this.view({ needle: '', filter: '', sort: 'manual' }).byStage[to] : [];
    const at = stage.findIndex((c) => c.personId === before);
    let next: number;
    let prev: number;
    if (at >= 0) {
      next = this.#orderOf(before as string);
      prev = at > 0 ? this.#orderOf(stage[at - 1]?.personId ?? '') : next - 1;
    } else {
      let last = -1;
      for (const order of this.#order.values()) if (order > last) last = order;
      for (const { order } of this.#pending.values()) if (order > last) last = order;
      prev = last;
      next = last + people.length + 1;
    }
    const step = (next - prev) / (people.length + 1);
    people.forEach((candidate, i) => this.#setOne(candidate, to, now, prev + step * (i + 1)));
    this.#touch();
  }

  #setOne(candidate: Candidate, to: PipelineStage, now: string, order: number): void {
    const stageChanged = candidate.stage !== to || (to === 'invited' && candidate.inviteDeclined);
    this.#pending.set(candidate.personId, {
      candidate: stageChanged
        ? { ...candidate, stage: to, stageSince: now, inviteDeclined: false }
        : candidate,
      order,
    });
  }

  /**
   * Ends pending moves: with the API's word for each person when there is one (`saved`),
   * else back to what the API had (a rollback).
   */
  settle(personIds: Iterable<string>, saved: Candidate[] = []): void {
    for (const id of personIds) {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      const fresh = saved.find((c) => c.personId === id);
      if (fresh && pending) {
        this.#server.set(id, fresh);
        this.#order.set(id, pending.order);
      }
    }
    this.#touch();
  }

  #orderOf(personId: string): number {
    return this.#pending.get(personId)?.order ?? this.#order.get(personId) ?? 0;
  }

  #touch(): void {
    this.version += 1;
    this.#memo.clear();
  }

  #matches(candidate: Candidate, needle: string, filter: Filter): boolean {
    switch (filter) {
      case 'complete':
        if (candidate.missingCertifications.length) return false;
        break;
      case 'partial':
        if (!candidate.missingCertifications.length) return false;
        break;
      case 'declined':
        if (!candidate.inviteDeclined) return false;
        break;
      case 'inactive':
        if (candidate.accountStatus === 'active') return false;
        break;
    }
    if (!needle) return true;
    let key = this.#searchKeys.get(candidate);
    if (key === undefined) {
      key = `${candidate.name}\n${candidate.legalName}\n${candidate.email}`.toLowerCase();
      this.#searchKeys.set(candidate, key);
    }
    return key.includes(needle);
  }

  /** Each stage's cards for a search (lower-cased), filter and sort; worked out once per change. */
  view(query: Query): View {
    const key = `${query.sort}\n${query.filter}\n${query.needle}`;
    const known = this.#memo.get(key);
    if (known) return known;
    const byStage = emptyStages<Candidate[]>(() => []);
    const totals = emptyStages(() => 0);
    for (const id of this.#server.keys()) {
      const candidate = this.get(id) as Candidate;
      totals[candidate.stage] += 1;
      if (this.#matches(candidate, query.needle, query.filter))
        byStage[candidate.stage].push(candidate);
    }
    const compare = this.#comparator(query.sort);
    for (const stage of stageOrder) byStage[stage].sort(compare);
    const view = { byStage, totals };
    this.#memo.set(key, view);
    return view;
  }

  /**
   * Each person's place in name order. Names are compared as lower case without accents ("García"
   * beside "Garcia"): an Intl.Collator compares correctly too, but 2,000 names took it over
   * 100 ms, a whole frame budget several times over.
   */
  #names(): Map<string, number> {
    if (this.#nameRank) return this.#nameRank;
    const keyed = [...this.#server.values()].map((c) => ({
      id: c.personId,
      key: c.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
    }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return (this.#nameRank = new Map(keyed.map((k, i) => [k.id, i])));
  }

  #comparator(sort: Sort): (a: Candidate, b: Candidate) => number {
    const order = (c: Candidate) => this.#orderOf(c.personId);
    const ranks = sort === 'manual' ? undefined : this.#names();
    const name = (c: Candidate) => ranks?.get(c.personId) ?? 0;
    if (sort === 'name') return (a, b) => name(a) - name(b);
    if (sort === 'manual') return (a, b) => order(a) - order(b);
    // Longest in their stage first; Matches (never moved) by name.
    const since = (c: Candidate) => {
      let time = this.#since.get(c);
      if (time === undefined) {
        time = c.stageSince ? Date.parse(c.stageSince) : Infinity;
        this.#since.set(c, time);
      }
      return time;
    };
    return (a, b) => since(a) - since(b) || name(a) - name(b);
  }
}
