// The API's edges: auth, every error code through the SDK, retries that never duplicate,
// faults, limits, abort, and bad input that changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { errorCodes, type ErrorCode } from '@invitekit/sdk';
import { BASE, failure, snapshot, useMockApi } from './helpers.js';

const { mock, admin, client } = useMockApi();

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json', ...headers },
    body,
  });

describe('auth', () => {
  it('no token is 401, an unknown token is 401, a non-admin is 403, another workspace is 403', async () => {
    assert.equal((await failure(() => client('').invitations.list())).code, 'unauthorized');
    assert.equal((await failure(() => client('nope').invitations.list())).status, 401);
    const member = await failure(() => client('demo-member').invitations.list());
    assert.equal(member.code, 'forbidden');
    assert.match(member.message, /admins/);
    const other = await failure(() => client('demo-admin-other').projects.members('prj_riverside'));
    assert.equal(other.code, 'forbidden');
    assert.match(other.message, /another workspace/);
  });

  it('an unknown invitation token is unauthorized, and getToken supplies a fresh token per call', async () => {
    assert.equal((await failure(() => client('').invitee.view('it_forged'))).code, 'unauthorized');
    let calls = 0;
    const rotating = client('', { getToken: () => (calls++, 'demo-admin') });
    await rotating.pools.list();
    await rotating.pools.list();
    assert.equal(calls, 2);
  });
});

describe('errors', () => {
  it('every error code is produced and mapped to InvitekitError', async () => {
    const seen = new Set<ErrorCode>();
    const expectCode = async (code: ErrorCode, call: () => Promise<unknown>) => {
      const error = await failure(call);
      assert.equal(error.code, code, error.message);
      assert.ok(error.message.length > 10, 'a human message');
      seen.add(code);
      return error;
    };
    await expectCode('validation', () =>
      admin.projects.addMember('prj_riverside', { email: 'not an email', role: 'Member' }),
    );
    await expectCode('not_found', () => admin.invitations.get('inv_missing'));
    await expectCode('unauthorized', () => client('').pools.list());
    await expectCode('forbidden', () => client('demo-member').pools.list());
    await admin.projects.addMember('prj_riverside', { email: 'dup@example.org', role: 'Member' });
    await expectCode('conflict', () =>
      admin.projects.addMember('prj_riverside', { email: 'dup@example.org', role: 'Member' }),
    );
    const invited = (await admin.people.list({ status: ['invited'], limit: 1 })).items[0]!;
    await expectCode('inactive_user', () =>
      admin.projects.addMember('prj_riverside', { email: invited.email, role: 'Member' }),
    );
    await expectCode('invalid_transition', () => admin.people.enable(invited.id));
    const { invitation } = await admin.projects.addMember('prj_eastlink', {
      email: 'gone@example.org',
      role: 'Member',
    });
    await admin.invitations.expire(invitation!.id);
    const token = new URL(mock.outbox('gone@example.org')[0]!.link!, 'http://x').searchParams.get(
      'token',
    )!;
    await expectCode('link_expired', () => client('').invitee.view(token));
    mock.setRateLimit({ limit: 1, windowMs: 60_000 });
    await admin.pools.list();
    const limited = await expectCode('rate_limited', () => admin.pools.list());
    assert.ok((limited.retryAfter ?? 0) >= 1);
    mock.setRateLimit(false);
    mock.faults.rules.push({ route: 'listPools', mode: 'drop', times: 1 });
    await expectCode('network', () => admin.pools.list());
    mock.faults.rules.push({ route: 'listPools', mode: 'hang', times: 1 });
    await expectCode('timeout', () => client('demo-admin', { timeout: 100 }).pools.list());
    mock.server.use(
      http.get(`${BASE}/pools`, () => HttpResponse.json({ items: [{ id: 42 }] }), { once: true }),
    );
    const bad = await expectCode('bad_response', () => admin.pools.list());
    assert.ok(bad.fieldErrors['items.0.id']);
    assert.deepEqual([...seen].sort(), [...errorCodes].sort());
  });

  it('validation errors name each field and why', async () => {
    const dob = await failure(() =>
      admin.batches.addOne('bat_x', { email: 'a@b.co', dateOfBirth: '2001-02-29' }),
    );
    assert.equal(dob.status, 400);
    assert.deepEqual(dob.fieldErrors, {
      dateOfBirth: ['Date of birth must be a real date written YYYY-MM-DD'],
    });
    const remote = await post(
      '/projects/prj_riverside/members',
      JSON.stringify({ email: 'a@b.co', role: 'Member', message: 'x'.repeat(1001) }),
    );
    assert.equal(remote.status, 400);
    const body = (await remote.json()) as { fieldErrors: Record<string, string[]> };
    assert.deepEqual(body.fieldErrors, { message: ['Message must be at most 1000 characters'] });
  });
});

describe('retries and idempotency', () => {
  it('a dropped response is retried with the same Idempotency-Key and creates one invitation, not two', async () => {
    mock.faults.rules.push({ route: 'addMember', mode: 'drop', times: 1 });
    const retrying = client('demo-admin', { retry: 2 });
    const result = await retrying.projects.addMember('prj_riverside', {
      email: 'flaky@example.org',
      role: 'Member',
    });
    assert.equal(result.outcome, 'invited');
    const listed = await admin.invitations.list({ q: 'flaky@example.org' });
    assert.equal(listed.total, 1);
    assert.equal(mock.outbox('flaky@example.org').length, 1);
  });

  it('503 and 429 are retried, honouring Retry-After, then succeed', async () => {
    mock.faults.rules.push(
      { route: 'listPools', mode: 'status', status: 503, times: 1 },
      { route: 'listPools', mode: 'status', status: 429, times: 1 },
    );
    const pools = await client('demo-admin', { retry: 3 }).pools.list();
    assert.equal(pools.items.length, 3);
    assert.equal(mock.faults.rules.length, 0, 'both faults were hit');
  });

  it('the same key with a different body is refused', async () => {
    await admin.projects.addMember(
      'prj_riverside',
      { email: 'k1@example.org', role: 'Member' },
      { idempotencyKey: 'same' },
    );
    const error = await failure(() =>
      admin.projects.addMember(
        'prj_riverside',
        { email: 'k2@example.org', role: 'Member' },
        { idempotencyKey: 'same' },
      ),
    );
    assert.equal(error.code, 'conflict');
    assert.match(error.message, /Idempotency-Key/);
  });

  it('a call aborts with its AbortSignal', async () => {
    mock.faults.rules.push({ route: 'listPools', mode: 'hang', times: 1 });
    const controller = new AbortController();
    const pending = admin.pools.list({ signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error: Error) => error.name === 'AbortError');
  });

  it('a share of requests can be failed at random, and latency added', async () => {
    mock.faults.failRate = 1;
    assert.equal((await failure(() => admin.pools.list())).status, 503);
    mock.faults.failRate = 0;
    mock.setLatency(30);
    const started = performance.now();
    await admin.pools.list();
    assert.ok(performance.now() - started >= 25);
    mock.setLatency(0);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, string, number, RegExp][] = [
    ['malformed JSON', '{"email": "a@b.co", ', 400, /not valid JSON/],
    ['wrong types', JSON.stringify({ email: 42, role: ['Member'] }), 400, /email/],
    [
      'unknown fields',
      JSON.stringify({ email: 'a@b.co', role: 'Member', isAdmin: true }),
      400,
      /isAdmin/,
    ],
    ['an empty body', '', 400, /email/],
    [
      'an oversized body',
      JSON.stringify({ email: 'a@b.co', role: 'Member', message: 'x'.repeat(1_100_000) }),
      413,
      /larger than/,
    ],
  ];
  for (const [what, body, status, message] of cases) {
    it(`${what} gets ${status} with a clear error`, async () => {
      const before = snapshot(mock);
      const response = await post('/projects/prj_riverside/members', body);
      assert.equal(response.status, status);
      const error = (await response.json()) as {
        code: string;
        message: string;
        fieldErrors?: Record<string, string[]>;
      };
      assert.equal(error.code, 'validation');
      assert.match(`${error.message} ${Object.keys(error.fieldErrors ?? {}).join(' ')}`, message);
      assert.equal(snapshot(mock), before);
    });
  }

  it('injection-looking strings are stored and returned as plain text', async () => {
    const name = `<img src=x onerror=alert(1)>'; DROP TABLE people;--`;
    const person = await admin.people.create({
      email: 'xss@example.org',
      firstName: name,
      lastName: '{{constructor}}',
    });
    assert.equal(person.firstName, name);
    const found = await admin.people.list({ q: 'DROP TABLE' });
    assert.equal(found.items[0]?.firstName, name);
    const query = await fetch(`${BASE}/invitations?sort=email;drop`, {
      headers: { authorization: 'Bearer demo-admin' },
    });
    assert.equal(query.status, 400);
  });

  it('every route of the contract is served by the mock', async () => {
    const { unservedOperations } = await import('../src/operations.js');
    assert.deepEqual(
      unservedOperations().map((r) => r.id),
      [],
    );
  });
});
