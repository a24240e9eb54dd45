// Hostile input: every answer is a 4xx that names the problem, and the store is left as it was.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, snapshot, useMockApi } from './helpers.js';

const { mock } = useMockApi();

interface ErrorAnswer {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

async function send(
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string>; token?: string | null } = {},
): Promise<{ status: number; body: ErrorAnswer }> {
  const token = init.token === undefined ? 'demo-admin' : init.token;
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  return { status: response.status, body: (await response.json()) as ErrorAnswer };
}

const prototypeNames = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

describe('field names from Object.prototype', () => {
  it('in a body, each is refused by name with 400 and nothing changes', async () => {
    const before = snapshot(mock);
    const fields = prototypeNames.map((key) => `"${key}": {"polluted": true}`).join(', ');
    const { status, body } = await send('POST', '/projects/prj_riverside/members', {
      body: `{"email": "a@b.co", "role": "Member", ${fields}}`,
    });
    assert.equal(status, 400);
    assert.equal(body.code, 'validation');
    assert.deepEqual(Object.keys(body.fieldErrors ?? {}).sort(), [...prototypeNames].sort());
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(snapshot(mock), before);
  });

  it('in a query, each is refused by name with 400, repeated or not', async () => {
    const query = prototypeNames.map((key) => `${key}=1&${key}=2`).join('&');
    const { status, body } = await send('GET', `/invitations?__proto__=x&${query}`);
    assert.equal(status, 400);
    assert.deepEqual(Object.keys(body.fieldErrors ?? {}).sort(), [...prototypeNames].sort());
  });
});

describe('paths', () => {
  for (const path of ['/people/%ZZ', '/people/%E0%A4%A', '/people/%C0%AF', '/invitations/%']) {
    it(`${path} is a 400 naming the encoding, before auth`, async () => {
      for (const token of ['demo-admin', null]) {
        const { status, body } = await send('GET', path, { token });
        assert.equal(status, 400);
        assert.equal(body.code, 'validation');
        assert.match(body.message, /percent-encoding/);
      }
    });
  }
});

describe('the mock clock', () => {
  const control = (body: unknown) =>
    fetch(`${BASE}/_mock/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as ErrorAnswer }));
  const now = async () =>
    ((await (await fetch(`${BASE}/_mock/clock`)).json()) as { now: string }).now;

  it('refuses a garbage time or an absurd amount, names the field, and keeps time', async () => {
    const before = await now();
    for (const [body, field] of [
      [{ set: 'garbage' }, 'set'],
      [{ set: '1' }, 'set'],
      [{ set: '+275760-09-13T00:00:00Z' }, 'set'],
      [{ advanceDays: 1e12 }, 'advanceDays'],
      [{ advanceMs: 1e300 }, 'advanceMs'],
      [{ advanceDays: -30_000 }, 'advanceDays'],
      [{ set: '2999-12-31', advanceDays: 2 }, 'set'],
      [{ advanceDays: '3' }, 'advanceDays'],
    ] as const) {
      const { status, body: error } = await control(body);
      assert.equal(status, 400, JSON.stringify(body));
      assert.ok(error.fieldErrors?.[field], `${JSON.stringify(body)} names ${field}`);
      assert.equal(await now(), before);
    }
    const { status } = await send('GET', '/invitations?limit=1');
    assert.equal(status, 200, 'the API still answers');
  });

  it('reset puts the clock back as it was made, as well as the store', async () => {
    const start = await now();
    assert.equal((await control({ advanceDays: 400 })).status, 200);
    assert.notEqual(await now(), start);
    await fetch(`${BASE}/_mock/reset`, { method: 'POST' });
    assert.equal(await now(), start);
  });
});

describe('bodies', () => {
  const member = JSON.stringify({ email: 'typed@example.org', role: 'Member' });
  for (const [what, type, body] of [
    ['text/plain', 'text/plain', member],
    ['a form', 'application/x-www-form-urlencoded', 'email=a%40b.co&role=Member'],
    ['multipart', 'multipart/form-data; boundary=x', '--x--'],
    ['XML', 'application/xml', '<member/>'],
  ] as const) {
    it(`${what} is 415, and nothing changes`, async () => {
      const before = snapshot(mock);
      const answer = await send('POST', '/projects/prj_riverside/members', {
        body,
        headers: { 'content-type': type },
      });
      assert.equal(answer.status, 415);
      assert.equal(answer.body.code, 'validation');
      assert.match(answer.body.message, /JSON/);
      assert.equal(snapshot(mock), before);
    });
  }

  it('a JSON body without a Content-Type is 415; an empty one is an empty object', async () => {
    const response = await fetch(`${BASE}/projects/prj_riverside/members`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-admin' },
      body: new Blob([member]),
    });
    assert.equal(response.status, 415);
    const empty = await fetch(`${BASE}/projects/prj_riverside/members`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-admin' },
    });
    assert.equal(empty.status, 400, 'checked as {}: email and role are missing');
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const typed = await send('POST', '/projects/prj_riverside/members', {
        body: JSON.stringify({ email: `ok${String(type.length)}@example.org`, role: 'Member' }),
        headers: { 'content-type': type },
      });
      assert.equal(typed.status, 201, type);
    }
  });

  it('a body that is not UTF-8 is a 400, and a body without a token is never read', async () => {
    const latin1 = await send('POST', '/projects/prj_riverside/members', {
      body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    });
    assert.equal(latin1.status, 400);
    assert.match(latin1.body.message, /UTF-8/);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const response = await fetch(`${BASE}/projects/prj_riverside/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 401);
    assert.ok(pulled < 20, `read ${String(pulled)} chunks of a body nobody signed`);
  });

  it('an endless body with a token is cut at the size limit: 413', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const response = await fetch(`${BASE}/projects/prj_riverside/members`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.ok(pulled < 40, `read ${String(pulled)} chunks for a 1 MiB limit`);
  });
});

describe('input hygiene through the API', () => {
  it('a name of zero-width spaces is missing, a lone surrogate is refused, and nothing is created', async () => {
    const before = snapshot(mock);
    const blank = await send('POST', '/people', {
      body: JSON.stringify({
        email: 'ghost@example.org',
        firstName: '\u200b\u200b',
        lastName: 'Ghost',
      }),
    });
    assert.equal(blank.status, 400);
    assert.deepEqual(blank.body.fieldErrors, { firstName: ['First name is required'] });
    const broken = await send('POST', '/people', {
      body: '{"email": "ghost@example.org", "firstName": "G", "lastName": "Gh\\ud800ost"}',
    });
    assert.equal(broken.status, 400);
    assert.deepEqual(broken.body.fieldErrors, {
      lastName: ['Last name contains a broken character'],
    });
    assert.equal(snapshot(mock), before);
  });

  it('R17: an uploaded row with a control character is kept, marked invalid, and names the field', async () => {
    const batch = mock.domain.state.batches[0]!;
    const answer = await fetch(`${BASE}/batches/${batch.id}/rows`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
      body: JSON.stringify({
        rows: [
          {
            email: 'ctl@example.org',
            dateOfBirth: '1990-01-01',
            firstName: 'A\u001b[31m',
            lastName: 'B',
          },
        ],
      }),
    });
    const entries = (
      (await answer.json()) as {
        entries: { check: string; problems: { field: string; message: string }[] }[];
      }
    ).entries;
    assert.deepEqual(entries.at(-1)?.problems, [
      { field: 'firstName', message: 'First name must not contain control characters' },
    ]);
  });

  for (const [query, field] of [
    ['limit=0x10', 'limit'],
    ['limit=1e2', 'limit'],
    ['limit=%205', 'limit'],
    ['cursor=o1k%20x', 'cursor'],
    ['cursor=abc', 'cursor'],
    ['cursor=o1k-x', 'cursor'],
    ['cursor=ozzzzzzzzzz', 'cursor'],
  ] as const) {
    it(`R32: ?${query} is refused, naming ${field}`, async () => {
      for (const path of ['/invitations', '/people']) {
        const { status, body } = await send('GET', `${path}?${query}`);
        assert.equal(status, 400, path);
        assert.ok(body.fieldErrors?.[field], `${path}: ${JSON.stringify(body)}`);
      }
    });
  }
});
