// The table's in-browser view of host rows (filter, search, sort in slices) against a plain
// reference: filter, then a stable sort, written the obvious way.
import { expect } from '@open-wc/testing';
import type { Invitation } from '@invitekit/sdk';
import { invitationSortFields } from '@invitekit/sdk/schemas';
import { deriveView, type LocalQuery } from '../src/invitation-table/local.js';
import { runSliced } from '../src/shared/slice.js';

const NOW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const statuses = ['pending', 'accepted', 'declined', 'expired', 'revoked'] as const;

/** Deterministic rows with plenty of ties, mixed case and expiries either side of NOW. */
function rows(n: number): Invitation[] {
  let seed = 7;
  const next = (m: number) => (seed = (seed * 48_271) % 2_147_483_647) % m;
  return Array.from({ length: n }, (_, i): Invitation => {
    const sentAt = new Date(NOW - next(90) * DAY).toISOString();
    return {
      id: `inv_${i}`,
      kind: next(3) ? 'project' : 'pool',
      targetId: next(2) ? 'prj_a' : 'prj_b',
      targetName: ['Harbour', 'riverside', 'Alpine'][next(3)] ?? '',
      role: null,
      email: `${['ann', 'Bob', 'cy'][next(3)]}${next(50)}@example.com`,
      personId: null,
      personName: next(4) ? `${['Zoë', 'adam', 'Émile'][next(3)]} ${next(9)}` : null,
      message: null,
      status: statuses[next(5)] ?? 'pending',
      sentAt,
      expiresAt: new Date(NOW + (next(20) - 10) * DAY).toISOString(),
      sendCount: 1 + next(4),
      lastSentAt: sentAt,
      invitedBy: ['Alex', 'sam', 'Lee'][next(3)] ?? '',
      respondedAt: null,
    };
  });
}

const statusOf = (i: Invitation) =>
  i.status === 'pending' && Date.parse(i.expiresAt) <= NOW ? 'expired' : i.status;

function reference(items: Invitation[], q: LocalQuery): string[] {
  const key = (i: Invitation): string | number => {
    if (q.field === 'status') return statusOf(i);
    const value = i[q.field];
    return typeof value === 'number' ? value : (value ?? '').toLowerCase();
  };
  const sign = q.order === 'asc' ? 1 : -1;
  return items
    .filter(
      (i) =>
        (!q.kinds || q.kinds.has(i.kind)) &&
        (!q.targetId || i.targetId === q.targetId) &&
        (!q.needle ||
          i.email.toLowerCase().includes(q.needle) ||
          (i.personName ?? '').toLowerCase().includes(q.needle)) &&
        (!q.statuses.size || q.statuses.has(statusOf(i))),
    )
    .sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0))
    .map((i) => i.id);
}

function derive(items: Invitation[], q: LocalQuery, budgetMs = 1e9) {
  const run = runSliced(deriveView(items, q), budgetMs);
  if (run.done) return Promise.resolve(run.value);
  return run.result.then((view) => {
    if (!view) throw new Error('cancelled');
    return view;
  });
}

const query = (q: Partial<LocalQuery>): LocalQuery => ({
  statuses: new Set(),
  needle: '',
  kinds: undefined,
  targetId: '',
  field: 'sentAt',
  order: 'desc',
  now: NOW,
  ...q,
});

describe('the table’s view of host rows', () => {
  it('sorts by every field, both ways, like a stable sort (ties in the items’ order)', async () => {
    const items = rows(20_000);
    for (const field of invitationSortFields) {
      for (const order of ['asc', 'desc', 'asc'] as const) {
        const q = query({ field, order });
        const view = await derive(items, q);
        expect(
          view.rows.map((r) => r.id),
          `${field} ${order}`,
        ).to.deep.equal(reference(items, q));
      }
    }
  });

  it('filters, searches and counts like the API: counts leave the status filter aside', async () => {
    const items = rows(5_000);
    const q = query({
      statuses: new Set(['expired']),
      needle: 'ann',
      kinds: new Set(['project']),
      targetId: 'prj_a',
      field: 'email',
      order: 'asc',
    });
    const view = await derive(items, q);
    expect(view.rows.map((r) => r.id)).to.deep.equal(reference(items, q));
    const everyStatus = reference(items, { ...q, statuses: new Set() });
    expect(Object.values(view.counts).reduce((a, b) => a + b, 0)).to.equal(everyStatus.length);
    expect(view.counts.expired).to.equal(view.rows.length);
  });

  it('gives the same answer in slices as in one go, and cancels cleanly', async () => {
    const items = rows(30_000);
    const q = query({ field: 'personName', order: 'asc', needle: 'é' });
    const run = runSliced(deriveView(items, q), 1);
    expect(run.done).to.equal(false);
    if (run.done) return;
    expect((await run.result)?.rows.map((r) => r.id)).to.deep.equal(reference(items, q));
    const cancelled = runSliced(deriveView(rows(30_000), q), 1);
    if (cancelled.done) throw new Error('expected slices');
    cancelled.cancel();
    expect(await cancelled.result).to.equal(undefined);
  });
});
