// The table's view of rows the host already has: filtered, searched and sorted in the browser,
// the way the API does it for paged data. Written as sliced work (see ../shared/slice.ts) so
// 100,000 rows never block the page; what one query works out (sort orders, the lower-cased
// search text, expiry times) is kept per items array for the next keystroke or click.
import type { Invitation, InvitationSortField, InvitationStatus } from '@invitekit/sdk';
import type { Sliced } from '../shared/slice.js';

/** Rows handled between checks of the slice's time budget. */
const STEP = 4096;

export interface LocalQuery {
  statuses: ReadonlySet<string>;
  /** Lower-cased search text; empty for none. */
  needle: string;
  kinds: ReadonlySet<string> | undefined;
  targetId: string;
  field: InvitationSortField;
  order: 'asc' | 'desc';
  now: number;
}

export interface LocalView {
  rows: Invitation[];
  /** Per status, for the same filters with the status filter aside (as the API counts). */
  counts: Record<string, number>;
  /**
   * The next moment a pending invitation of the view (or of its counts) expires, after `now`;
   * Infinity when none will. Until then the view holds.
   */
  nextExpiry: number;
}

interface Index {
  /** Row indexes in order, per field and direction. */
  orders: Map<string, number[]>;
  /** Comparable values per field; the lower-cased emails and names also serve search. */
  keys: Map<string, (string | number)[]>;
  expiries?: Float64Array;
}
const indexes = new WeakMap<readonly Invitation[], Index>();

/** A pending invitation past its expiry shows, filters, counts and sorts as expired. */
export function statusAt(invitation: Invitation, expiresAt: number, now: number): InvitationStatus {
  return invitation.status === 'pending' && expiresAt <= now ? 'expired' : invitation.status;
}

export function* deriveView(items: readonly Invitation[], query: LocalQuery): Sliced<LocalView> {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = { orders: new Map(), keys: new Map() }));
  const expiries = (index.expiries ??= yield* expiryTimes(items));
  // Indexed for search when the rows arrive, so that no keystroke pays for it.
  const emails = yield* keysOf(index, items, 'email');
  const names = yield* keysOf(index, items, 'personName');
  const { field, now } = query;
  // A status order depends on the clock: it holds from one expiry to the next, so it is kept
  // under the next expiry of any row (the moments between two expiries share their statuses).
  const boundary = field === 'status' ? yield* nextExpiryOf(items, expiries, now) : '';
  const orderKey = (order: string) => `${field} ${order} ${boundary}`;
  let order = index.orders.get(orderKey(query.order));
  if (!order) {
    const keys =
      field === 'status'
        ? items.map((item, i) => statusAt(item, expiries[i] ?? Infinity, now))
        : yield* keysOf(index, items, field);
    // The other direction, when known, only needs reading backwards.
    const opposite = index.orders.get(orderKey(query.order === 'asc' ? 'desc' : 'asc'));
    order = opposite ? reverse(opposite, keys) : yield* sortOrder(keys, query.order);
    // Orders by status from earlier stretches of time are stale: drop them.
    if (field === 'status' && !opposite)
      for (const key of index.orders.keys())
        if (key.startsWith('status ')) index.orders.delete(key);
    index.orders.set(orderKey(query.order), order);
  }

  const counts: Record<string, number> = {};
  const rows: Invitation[] = [];
  let nextExpiry = Infinity;
  const { kinds, targetId, statuses, needle } = query;
  yield* inChunks(order.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = order[k] ?? 0;
      const item = items[i];
      if (!item) continue;
      if (kinds && !kinds.has(item.kind)) continue;
      if (targetId && item.targetId !== targetId) continue;
      if (
        needle &&
        !(emails[i] as string).includes(needle) &&
        !(names[i] as string).includes(needle)
      )
        continue;
      const expiresAt = expiries[i] ?? Infinity;
      const status = statusAt(item, expiresAt, now);
      if (status === 'pending' && expiresAt < nextExpiry) nextExpiry = expiresAt;
      counts[status] = (counts[status] ?? 0) + 1;
      if (statuses.size && !statuses.has(status)) continue;
      rows.push(item);
    }
  });
  return { rows, counts, nextExpiry };
}

/** The first expiry after `now` among invitations stored as pending. */
function* nextExpiryOf(
  items: readonly Invitation[],
  expiries: Float64Array,
  now: number,
): Sliced<number> {
  let next = Infinity;
  yield* inChunks(items.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const at = expiries[i] ?? Infinity;
      if (at > now && at < next && items[i]?.status === 'pending') next = at;
    }
  });
  return next;
}

/**
 * Calls `step` over [0, length) a chunk at a time, a possible slice boundary after each. (Loops
 * live in plain functions: the engine optimises those mid-loop, but not a generator's own loop.)
 */
function* inChunks(length: number, step: (from: number, to: number) => void): Sliced<void> {
  for (let from = 0; from < length; from += STEP) {
    step(from, Math.min(length, from + STEP));
    yield;
  }
}

function* expiryTimes(items: readonly Invitation[]): Sliced<Float64Array> {
  const out = new Float64Array(items.length);
  yield* inChunks(items.length, (from, to) => {
    for (let i = from; i < to; i++) out[i] = Date.parse(items[i]?.expiresAt ?? '');
  });
  return out;
}

/**
 * Comparable values of one field, kept per items array: numbers as they are; dates as ISO text
 * (ordered like the instants when written as `toISOString()` does, and rewritten so otherwise);
 * other text lower-cased.
 */
function* keysOf(
  index: Index,
  items: readonly Invitation[],
  field: Exclude<InvitationSortField, 'status'>,
): Sliced<(string | number)[]> {
  const known = index.keys.get(field);
  if (known) return known;
  const out = new Array<string | number>(items.length);
  const date = field === 'sentAt' || field === 'expiresAt';
  yield* inChunks(items.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const value = items[i]?.[field];
      out[i] =
        typeof value === 'number'
          ? value
          : date
            ? isoKey(value ?? '')
            : (value ?? '').toLowerCase();
    }
  });
  index.keys.set(field, out);
  return out;
}

function isoKey(value: string): string {
  if (value.length === 24) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/**
 * Row indexes in key order (ties keep the items' order). Sorted in runs the engine sorts in one
 * go, then merged pairwise, with a slice boundary possible between any two runs or merges.
 */
function* sortOrder(keys: readonly (string | number)[], order: 'asc' | 'desc'): Sliced<number[]> {
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: number, b: number) => {
    const x = keys[a] ?? '';
    const y = keys[b] ?? '';
    return x < y ? -sign : x > y ? sign : a - b;
  };
  let runs: number[][] = [];
  for (let start = 0; start < keys.length; start += STEP * 2) {
    runs.push(range(start, Math.min(keys.length, start + STEP * 2)).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: number[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const [a = [], b = []] = [runs[r], runs[r + 1]];
      merged.push(b.length ? merge(a, b, compare) : a);
      yield;
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

/** The opposite direction of `order`: read backwards, equal keys kept in the items' order. */
function reverse(order: readonly number[], keys: readonly (string | number)[]): number[] {
  const out: number[] = [];
  let end = order.length;
  while (end > 0) {
    let start = end - 1;
    const key = keys[order[start] ?? 0];
    while (start > 0 && keys[order[start - 1] ?? 0] === key) start--;
    for (let k = start; k < end; k++) out.push(order[k] ?? 0);
    end = start;
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out = new Array<number>(to - from);
  for (let i = from; i < to; i++) out[i - from] = i;
  return out;
}

function merge(a: number[], b: number[], compare: (x: number, y: number) => number): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (compare(x, y) <= 0) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  while (i < a.length) out[k++] = a[i++] ?? 0;
  while (j < b.length) out[k++] = b[j++] ?? 0;
  return out;
}
