// The mock API in a real browser: MSW's service worker answers the SDK's requests.
import { expect } from '@open-wc/testing';
import { createClient, InvitekitError } from '@invitekit/sdk';
import { startMockApi, type BrowserMockApi } from '@invitekit/mock-api/browser';

const KEY = 'invitekit-browser-test';

describe('the mock API in the browser', () => {
  let api: BrowserMockApi;
  const admin = createClient({ baseUrl: '/api/v1', token: 'demo-admin', retry: 0 });

  before(async () => {
    localStorage.removeItem(KEY);
    api = await startMockApi({ persist: KEY });
  });
  after(() => {
    api.stop();
    localStorage.removeItem(KEY);
  });

  it('R7: answers the SDK through the service worker and records the outbox email', async () => {
    const result = await admin.projects.addMember('prj_riverside', {
      email: 'browser@example.org',
      role: 'Member',
    });
    expect(result.outcome).to.equal('invited');
    const outbox = (await (await fetch('/api/v1/_mock/outbox?to=browser@example.org')).json()) as {
      items: { subject: string }[];
    };
    expect(outbox.items.map((m) => m.subject)).to.deep.equal(["You're invited to Riverside Tower"]);
  });

  it('R13: a conflict reaches the caller as a typed error', async () => {
    let error: unknown;
    try {
      await admin.projects.addMember('prj_riverside', {
        email: 'browser@example.org',
        role: 'Member',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(InvitekitError);
    expect((error as InvitekitError).code).to.equal('conflict');
  });

  it('keeps its store in localStorage across a restart, until reset', async () => {
    api.flush();
    expect(localStorage.getItem(KEY)).to.include('browser@example.org');
    api.stop();
    api = await startMockApi({ persist: KEY });
    expect((await admin.invitations.list({ q: 'browser@example.org' })).total).to.equal(1);
    api.reset();
    expect((await admin.invitations.list({ q: 'browser@example.org' })).total).to.equal(0);
  });
});
