// Rate limits and idempotency keyed on who the store can vouch for, in memory that stays bounded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdempotencyStore, RateLimiter } from '../src/limits.js';
import { BASE, failure, tokenFor, useMockApi } from './helpers.js';

const { mock, admin, client } = useMockApi({ rateLimit: { limit: 3, windowMs: 60_000 } });

const get = (path: string, token?: string) =>
  fetch(`${BASE}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('rate limits by verified identity', () => {
  it('made-up bearer tokens share one bucket instead of each getting their own', async () => {
    for (let i = 0; i < 3; i++)
      assert.equal((await get('/pools', `made-up-${String(i)}`)).status, 401);
    const fourth = await get('/pools', 'made-up-3');
    assert.equal(fourth.status, 429);
    assert.ok(Number(fourth.headers.get('retry-after')) >= 1);
    assert.equal((await get('/pools')).status, 429, 'no token at all is the same caller');
    assert.equal((await get('/pools', 'demo-admin')).status, 200, 'a real admin is not locked out');
  });

  it('anonymous junk does not lock out a real invitee or a real sign-up link', async () => {
    mock.setRateLimit(false);
    await admin.projects.addMember('prj_riverside', { email: 'real@example.org', role: 'Member' });
    const link = await admin.pools.createLink('pool_civil');
    mock.setRateLimit({ limit: 3, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) await get('/invitee/invitation', `it_forged_${String(i)}`);
    for (let i = 0; i < 5; i++)
      await fetch(`${BASE}/links/lk_forged/signups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    assert.equal((await get('/invitee/invitation', 'it_forged_x')).status, 429);
    const view = await client('').invitee.view(tokenFor(mock, 'real@example.org'));
    assert.equal(view.email, 'real@example.org');
    const token = new URL(link.url, 'http://x').searchParams.get('link')!;
    const signup = await client('').links.signup(token, {
      email: 'walkin@example.net',
      dateOfBirth: '1990-01-01',
      firstName: 'Wal',
      lastName: 'Kin',
    });
    assert.equal(signup.status, 'applied');
  });

  it('each admin has their own allowance', async () => {
    for (let i = 0; i < 3; i++) await admin.pools.list();
    assert.equal((await failure(() => admin.pools.list())).code, 'rate_limited');
    assert.equal((await client('demo-admin-other').pools.list()).items.length, 1);
  });
});

describe('idempotency by verified identity', () => {
  it('R13: the same key from another workspace is its own request, never the first one replayed', async () => {
    mock.setRateLimit(false);
    const body = { email: 'keyed@example.org', role: 'Member' as const };
    const first = await admin.projects.addMember('prj_riverside', body, { idempotencyKey: 'k' });
    assert.equal(first.outcome, 'invited');
    const other = await failure(() =>
      client('demo-admin-other').projects.addMember('prj_riverside', body, {
        idempotencyKey: 'k',
      }),
    );
    assert.equal(other.code, 'forbidden');
    assert.ok(!JSON.stringify(other).includes(first.invitation?.id ?? '-'), 'no replay');
    const again = await admin.projects.addMember('prj_riverside', body, { idempotencyKey: 'k' });
    assert.deepEqual(again, first, 'the owner still gets the replay');
  });

  it('an Idempotency-Key longer than 200 characters is refused by name', async () => {
    mock.setRateLimit(false);
    const error = await failure(() =>
      admin.projects.addMember(
        'prj_riverside',
        { email: 'long@example.org', role: 'Member' },
        { idempotencyKey: 'k'.repeat(201) },
      ),
    );
    assert.equal(error.status, 400);
    assert.ok(error.fieldErrors['Idempotency-Key']);
  });
});

describe('bounded memory', () => {
  it('the rate limiter keeps at most maxKeys callers, dropping the least recent', () => {
    const limiter = new RateLimiter(100);
    for (let i = 0; i < 1000; i++)
      limiter.take(`caller ${String(i)}`, { limit: 1, windowMs: 60_000 });
    assert.equal(limiter.size, 100);
    assert.equal(limiter.take('caller 999', { limit: 1, windowMs: 60_000 }), 60, 'recent kept');
    assert.equal(limiter.take('caller 0', { limit: 1, windowMs: 60_000 }), null, 'oldest dropped');
  });

  it('the rate limiter lets `limit` through per window, then one per interval', () => {
    const limiter = new RateLimiter();
    const limit = { limit: 4, windowMs: 4_000 };
    for (let i = 0; i < 4; i++) assert.equal(limiter.take('a', limit, 0), null);
    assert.equal(limiter.take('a', limit, 0), 1);
    assert.equal(limiter.take('a', limit, 999), 1);
    assert.equal(limiter.take('a', limit, 1000), null);
    assert.equal(limiter.take('a', limit, 1000), 1);
  });

  it('the idempotency store is capped in entries and bytes, and forgets after its time', () => {
    const store = new IdempotencyStore(10, 1_000, 60_000);
    const entry = (body: string, at = 0) => ({ fingerprint: 'f', status: 200, body, at });
    for (let i = 0; i < 50; i++) store.set(`k${String(i)}`, entry('x'.repeat(10)));
    assert.equal(store.size, 10);
    assert.ok(store.get('k49', 0));
    assert.equal(store.get('k0', 0), undefined);
    for (let i = 0; i < 5; i++) store.set(`big${String(i)}`, entry('y'.repeat(400)));
    assert.ok(store.bytes <= 1_000, String(store.bytes));
    store.set('huge', entry('z'.repeat(5_000)));
    assert.equal(store.get('huge', 0), undefined, 'an answer over the byte cap is not kept');
    assert.ok(store.get('big4', 59_999));
    assert.equal(store.get('big4', 60_000), undefined, 'expired');
  });
});
