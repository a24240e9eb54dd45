// The mock API in a real browser: MSW's service worker answers the SDK's requests. Each test
// starts from the seeded store and makes what it needs, so any one of them runs alone.
import { expect } from '@open-wc/testing';
import { createClient, InvitekitError } from '@invitekit/sdk';
import { startMockApi, type BrowserMockApi } from '@invitekit/mock-api/browser';

const KEY = 'invitekit-browser-test';

describe('the mock API in the browser', () => {
  let api: BrowserMockApi;
  const admin = createClient({ baseUrl: '/api/v1', token: 'demo-admin', retry: 0 });
  const invite = (email: string) =>
    admin.projects.addMember('prj_riverside', { email, role: 'Member' });

  before(async () => {
    localStorage.removeItem(KEY);
    api = await startMockApi({ persist: KEY });
  });
  beforeEach(() => {
    api.reset();
  });
  after(() => {
    api.stop();
    localStorage.removeItem(KEY);
  });

  it('R7: answers the SDK through the service worker and records the outbox email', async () => {
    expect((await invite('browser@example.org')).outcome).to.equal('invited');
    const outbox = (await (await fetch('/api/v1/_mock/outbox?to=browser@example.org')).json()) as {
      items: { subject: string }[];
    };
    expect(outbox.items.map((m) => m.subject)).to.deep.equal(["You're invited to Riverside Tower"]);
  });

  it('R13: a conflict reaches the caller as a typed error', async () => {
    await invite('twice@example.org');
    let error: unknown;
    try {
      await invite('twice@example.org');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(InvitekitError);
    expect((error as InvitekitError).code).to.equal('conflict');
  });

  it('keeps its store in localStorage across a restart, until reset', async () => {
    await invite('kept@example.org');
    api.flush();
    expect(localStorage.getItem(KEY)).to.include('kept@example.org');
    api.stop();
    api = await startMockApi({ persist: KEY });
    expect((await admin.invitations.list({ q: 'kept@example.org' })).total).to.equal(1);
    api.reset();
    expect((await admin.invitations.list({ q: 'kept@example.org' })).total).to.equal(0);
  });
});
