// The transport on its own, with a stand-in fetch: what reaches the caller and how errors map.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, InvitekitError, isInvitekitError, Paged } from '../src/index.js';
import { InvitationPage, parseWith } from '../src/schemas/index.js';

/** Runs `call` and returns the InvitekitError it throws (fails on anything else). */
async function failure(call: () => PromiseLike<unknown>): Promise<InvitekitError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof InvitekitError, `not an InvitekitError: ${String(error)}`);
    return error;
  }
  throw new Error('Expected the call to fail');
}

type Seen = { url: string; method: string; headers: Headers; body: string };

function fakeFetch(answers: (Response | Error)[], seen: Seen[] = []): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    seen.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: await request.text(),
    });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const pool = { id: 'pool_1', name: 'Civil', memberCount: 3 };
const person = {
  id: 'per_1',
  email: 'a@b.co',
  dateOfBirth: null,
  firstName: 'A',
  middleNames: '',
  lastName: 'B',
  preferredName: null,
  mobile: null,
  skills: [],
  certifications: [],
  accountStatus: 'initial',
  poolIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('the SDK transport', () => {
  it('sends the bearer token and checks the response with its schema, passing unnamed fields through', async () => {
    const seen: Seen[] = [];
    const client = createClient({
      baseUrl: 'https://api.example.com/v1',
      token: 't-1',
      fetch: fakeFetch([json({ items: [pool], extra: 'ignored' })], seen),
    });
    const pools = await client.pools.list();
    assert.deepEqual(pools, { items: [pool], extra: 'ignored' });
    assert.equal(seen[0]?.url, 'https://api.example.com/v1/pools');
    assert.equal(seen[0]?.headers.get('authorization'), 'Bearer t-1');
    assert.equal(seen[0]?.headers.get('idempotency-key'), null, 'reads carry no key');
  });

  it('keeps one Idempotency-Key across retries of a mutating call', async () => {
    const seen: Seen[] = [];
    const client = createClient({
      baseUrl: 'https://api.example.com/v1',
      retry: 2,
      fetch: fakeFetch(
        [json({ code: 'bad_response', message: 'down' }, 502), json(person, 201)],
        seen,
      ),
    });
    const created = await client.people.create({
      email: ' A@B.co ',
      firstName: 'A',
      lastName: 'B',
    });
    assert.equal(created.id, 'per_1');
    assert.equal(seen.length, 2);
    const key = seen[0]?.headers.get('idempotency-key');
    assert.ok(key);
    assert.equal(seen[1]?.headers.get('idempotency-key'), key);
    assert.deepEqual(JSON.parse(seen[0]?.body ?? '{}'), {
      email: ' A@B.co ',
      firstName: 'A',
      lastName: 'B',
    });
  });

  it('maps a non-JSON error page to bad_response and any failed fetch to network', async () => {
    const html = createClient({
      baseUrl: 'https://x.test',
      retry: 0,
      fetch: fakeFetch([new Response('<html>oops</html>', { status: 502 })]),
    });
    await assert.rejects(
      html.pools.list(),
      (e: InvitekitError) => e.code === 'bad_response' && e.status === 502,
    );
    const offline = createClient({
      baseUrl: 'https://x.test',
      retry: 0,
      fetch: fakeFetch([new TypeError('fetch failed')]),
    });
    await assert.rejects(
      offline.pools.list(),
      (e: InvitekitError) => e.code === 'network' && e.status === 0,
    );
    // A host's own fetch may reject with anything, not only the TypeError of the platform's.
    const cause = new Error('socket hang up');
    const custom = createClient({ baseUrl: 'https://x.test', retry: 0, fetch: fakeFetch([cause]) });
    const error = await failure(() => custom.pools.list());
    assert.equal(error.code, 'network');
    assert.equal(error.cause, cause);
  });

  it('reads Retry-After into retryAfter when retries are exhausted', async () => {
    const client = createClient({
      baseUrl: 'https://x.test',
      retry: 0,
      fetch: fakeFetch([
        json({ code: 'rate_limited', message: 'Slow down' }, 429, { 'retry-after': '7' }),
      ]),
    });
    await assert.rejects(
      client.pools.list(),
      (e: InvitekitError) => e.code === 'rate_limited' && e.retryAfter === 7,
    );
  });

  it('a 2xx answer that is not JSON is bad_response with the status that came', async () => {
    const client = createClient({
      baseUrl: 'https://x.test',
      fetch: fakeFetch([
        new Response('<html>Sign in</html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
        new Response('', { status: 201 }),
      ]),
    });
    const html = await failure(() => client.pools.list());
    assert.equal(html.code, 'bad_response');
    assert.equal(html.status, 200);
    const empty = await failure(() =>
      client.people.create({ email: 'a@b.co', firstName: 'A', lastName: 'B' }),
    );
    assert.equal(empty.code, 'bad_response');
    assert.equal(empty.status, 201);
  });

  it('an answer that breaks its schema is bad_response with its real status (201, not 200)', async () => {
    const client = createClient({
      baseUrl: 'https://x.test',
      fetch: fakeFetch([json({ id: 'per_1', email: 7 }, 201)]),
    });
    const error = await failure(() =>
      client.people.create({ email: 'a@b.co', firstName: 'A', lastName: 'B' }),
    );
    assert.equal(error.code, 'bad_response');
    assert.equal(error.status, 201);
    assert.ok(error.fieldErrors['email'], 'names the field');
  });

  it('a getToken that fails is unauthorized (status 0, the cause kept) and sends nothing', async () => {
    const seen: Seen[] = [];
    const cause = new Error('session store unreachable');
    const client = createClient({
      baseUrl: 'https://x.test',
      getToken: () => Promise.reject(cause),
      fetch: fakeFetch([json({ items: [] })], seen),
    });
    const error = await failure(() => client.pools.list());
    assert.equal(error.code, 'unauthorized');
    assert.equal(error.status, 0);
    assert.equal(error.cause, cause);
    assert.equal(seen.length, 0);
  });

  // Before the cap this call waited an hour: the timeout here turns that hang into a failure.
  it(
    'a Retry-After longer than the timeout ends the call at once, with retryAfter for the caller',
    { timeout: 5_000 },
    async () => {
      const seen: Seen[] = [];
      const client = createClient({
        baseUrl: 'https://x.test',
        retry: 2,
        fetch: fakeFetch(
          [
            json({ code: 'bad_response', message: 'Down for maintenance' }, 503, {
              'retry-after': '3600',
            }),
          ],
          seen,
        ),
      });
      const error = await failure(() => client.pools.list());
      assert.equal(error.status, 503);
      assert.equal(error.retryAfter, 3600);
      assert.equal(seen.length, 1, 'not retried');
    },
  );

  it('a Retry-After within the timeout is waited for, then the call is retried', async () => {
    const seen: Seen[] = [];
    const client = createClient({
      baseUrl: 'https://x.test',
      retry: 1,
      timeout: 1_000,
      fetch: fakeFetch(
        [
          json({ code: 'rate_limited', message: 'Slow down' }, 429, { 'retry-after': '0.01' }),
          json({ items: [pool] }),
        ],
        seen,
      ),
    });
    assert.deepEqual(await client.pools.list(), { items: [pool] });
    assert.equal(seen.length, 2);
  });

  it('a timed-out attempt is retried, a mutating one with the same Idempotency-Key', async () => {
    const seen: Seen[] = [];
    let calls = 0;
    const answers = fakeFetch([json(person, 201)], seen);
    const client = createClient({
      baseUrl: 'https://x.test',
      retry: 1,
      timeout: 50,
      // The first attempt never answers (until ky's timeout aborts it); the second does.
      fetch: async (input, init) => {
        if (calls++ > 0) return answers(input, init);
        const request = new Request(input, init);
        seen.push({ url: request.url, method: request.method, headers: request.headers, body: '' });
        return new Promise((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)),
        );
      },
    });
    const created = await client.people.create({ email: 'a@b.co', firstName: 'A', lastName: 'B' });
    assert.equal(created.id, 'per_1');
    assert.equal(seen.length, 2);
    const key = seen[0]?.headers.get('idempotency-key');
    assert.ok(key);
    assert.equal(seen[1]?.headers.get('idempotency-key'), key);
  });

  it('a Retry-After given as an HTTP date counts too', async () => {
    const later = new Date(Date.now() + 3_600_000).toUTCString();
    const seen: Seen[] = [];
    const client = createClient({
      baseUrl: 'https://x.test',
      retry: 2,
      fetch: fakeFetch(
        [new Response('busy', { status: 503, headers: { 'retry-after': later } })],
        seen,
      ),
    });
    const error = await failure(() => client.pools.list());
    assert.equal(seen.length, 1, 'not retried');
    assert.equal(error.status, 503);
  });

  it('a code this SDK does not know reads as what its status stands for, and arrives in serverCode', async () => {
    const client = createClient({
      baseUrl: 'https://x.test',
      retry: 0,
      fetch: fakeFetch([
        json({ code: 'quota_exceeded', message: 'Too many seats' }, 409),
        json({ code: 'teapot', message: 'No' }, 418),
      ]),
    });
    const conflict = await failure(() => client.pools.list());
    assert.equal(conflict.code, 'conflict');
    assert.equal(conflict.serverCode, 'quota_exceeded');
    assert.equal(conflict.message, 'Too many seats');
    const other = await failure(() => client.pools.list());
    assert.equal(other.code, 'bad_response');
    assert.equal(other.serverCode, 'teapot');
  });

  it('isInvitekitError narrows by code, and knows an error from another copy of the SDK', () => {
    const conflict = new InvitekitError({ code: 'conflict', status: 409, message: 'taken' });
    assert.equal(isInvitekitError(conflict), true);
    assert.equal(isInvitekitError(conflict, 'conflict'), true);
    assert.equal(isInvitekitError(conflict, 'network', 'timeout'), false);
    // What a second bundle's InvitekitError looks like from here: not this class, same shape.
    const foreign = Object.assign(new Error('down'), { name: 'InvitekitError', code: 'network' });
    assert.equal(isInvitekitError(foreign, 'network'), true);
    assert.equal(isInvitekitError(new Error('down')), false);
    assert.equal(isInvitekitError({ name: 'InvitekitError', code: 'network' }), false);
    assert.equal(isInvitekitError(undefined), false);
  });

  it('path ids are encoded into their own segment; "", "." and ".." are refused before sending', async () => {
    const seen: Seen[] = [];
    const client = createClient({
      baseUrl: 'https://x.test/v1',
      retry: 0,
      fetch: fakeFetch([json({ code: 'not_found', message: 'No such invitation' }, 404)], seen),
    });
    assert.equal((await failure(() => client.invitations.get('a/../b?c#d'))).status, 404);
    assert.equal(seen[0]?.url, 'https://x.test/v1/invitations/a%2F..%2Fb%3Fc%23d');
    // URLs resolve `.` and `..` segments, so these would reach /v1/invitations or /v1/revoke.
    for (const id of ['', '.', '..']) {
      for (const call of [() => client.invitations.get(id), () => client.invitations.revoke(id)]) {
        const error = await failure(call);
        assert.equal(error.code, 'not_found');
        assert.equal(error.status, 0);
        assert.match(error.message, /invitationId/);
      }
    }
    assert.equal(seen.length, 1, 'nothing else was sent');
  });

  it('a paged list is awaitable for one page and iterable for every item', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: null },
    };
    const paged = new Paged((cursor) => Promise.resolve(pages[cursor ?? 'start']!));
    assert.deepEqual((await paged).items, [1, 2]);
    const all: number[] = [];
    for await (const n of paged) all.push(n);
    assert.deepEqual(all, [1, 2, 3]);
  });
});

describe('parseWith', () => {
  const invitation = {
    id: 'inv_1',
    kind: 'project',
    targetId: 'prj_1',
    targetName: 'Tower',
    role: 'Member',
    email: 'a@b.co',
    personId: null,
    personName: null,
    message: null,
    status: 'pending',
    sentAt: '2026-11-02T09:00:00.000Z',
    expiresAt: '2026-12-02T09:00:00.000Z',
    sendCount: 1,
    lastSentAt: '2026-11-02T09:00:00.000Z',
    invitedBy: 'Alex',
    respondedAt: null,
  };
  const page = {
    items: [invitation],
    nextCursor: null,
    total: 1,
    counts: { pending: 1, accepted: 0, declined: 0, expired: 0, revoked: 0 },
  };

  it('accepts what zod accepts', () => {
    assert.equal(InvitationPage.safeParse(page).success, true);
    assert.deepEqual(parseWith(InvitationPage, page), { success: true, data: page });
  });

  it('rejects what zod rejects, with the exact path', () => {
    for (const [field, value] of [
      ['status', 'lost'],
      ['sendCount', '1'],
      ['sendCount', Number.NaN],
      ['personId', undefined],
      ['role', 3],
    ] as const) {
      const bad = { ...page, items: [{ ...invitation, [field]: value }] };
      const result = parseWith(InvitationPage, bad);
      assert.equal(result.success, false, field);
      assert.deepEqual(result.error?.issues[0]?.path, ['items', 0, field]);
    }
  });
});
