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
