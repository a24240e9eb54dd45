// The transport on its own, with a stand-in fetch: what reaches the caller and how errors map.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, InvitationPage, InvitekitError, Paged, parseWith } from '../src/index.js';

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

  it('maps a non-JSON error page to bad_response and a failed fetch to network', async () => {
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
