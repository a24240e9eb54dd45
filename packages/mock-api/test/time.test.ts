// The server's clock reaches clients: a list says when it was worked out, so a client showing
// expiries can follow the API's clock (the mock's, moved by tests and demos) instead of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY, START, useMockApi } from './helpers.js';

const { clock, admin } = useMockApi();

describe('time', () => {
  it('R32: an invitation page carries the server time its statuses and counts are as of', async () => {
    const first = await admin.invitations.list({ limit: 1 });
    assert.equal(first.asOf, new Date(START).toISOString());
    const pending = (await admin.invitations.list({ status: ['pending'], limit: 500 })).items;
    const soonest = Math.min(...pending.map((i) => Date.parse(i.expiresAt)));
    clock.set(soonest);
    const later = await admin.invitations.list({ status: ['expired'], limit: 500 });
    assert.equal(later.asOf, new Date(soonest).toISOString());
    // At its expiry an invitation is expired, as of the page's own time (R7).
    const expiredAt = later.items.filter((i) => Date.parse(i.expiresAt) === soonest);
    assert.ok(expiredAt.length > 0);
    assert.equal(later.counts.expired, first.counts.expired + expiredAt.length);
    clock.advance(DAY);
    assert.equal(
      (await admin.invitations.list({ limit: 1 })).asOf,
      new Date(soonest + DAY).toISOString(),
    );
  });
});
