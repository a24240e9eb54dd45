// The SDK against the reference API (msw/node): a call that must not go out sends nothing, and
// the store shows it.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { BASE, failure, snapshot, useMockApi } from '../../mock-api/test/helpers.js';

const { mock, admin, client } = useMockApi();

/** The URLs of every request the mock API receives from now on. */
function received(): string[] {
  const urls: string[] = [];
  mock.server.events.on('request:start', ({ request }) => urls.push(request.url));
  return urls;
}
afterEach(() => mock.server.events.removeAllListeners());

const member = { email: 'aborted@example.org', role: 'Member' } as const;

describe('a call that must not go out sends nothing', () => {
  it('an already-aborted signal: no request, no invitation, no email, an AbortError', async () => {
    const urls = received();
    const before = snapshot(mock);
    await assert.rejects(
      admin.projects.addMember('prj_riverside', member, { signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
    assert.deepEqual(urls, []);
    assert.equal(snapshot(mock), before);
    assert.deepEqual(mock.outbox(member.email), []);
  });

  it('a signal aborted while getToken is pending: no request either', async () => {
    const urls = received();
    const controller = new AbortController();
    const slowToken = client('', {
      getToken: () => {
        controller.abort();
        return Promise.resolve('demo-admin');
      },
    });
    await assert.rejects(
      slowToken.projects.addMember('prj_riverside', member, { signal: controller.signal }),
      { name: 'AbortError' },
    );
    assert.deepEqual(urls, []);
    assert.deepEqual(mock.outbox(member.email), []);
  });

  it('an id of "." or ".." never reaches another route (the list, or /v1/revoke)', async () => {
    const urls = received();
    const dot = await failure(() => admin.invitations.get('.'));
    assert.equal(dot.code, 'not_found');
    const dots = await failure(() => admin.invitations.revoke('..'));
    assert.equal(dots.code, 'not_found');
    assert.deepEqual(urls, []);
    const slashes = await failure(() => admin.invitations.get('../people'));
    assert.equal(slashes.status, 404, 'answered by the invitation route itself');
    assert.deepEqual(urls, [`${BASE}/invitations/..%2Fpeople`]);
  });
});
