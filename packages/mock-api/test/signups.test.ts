// Shareable links and the sign-ups they bring (R30): each sign-up waits, listed as an `applied`
// invitation among the others, until an admin approves or rejects it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failure, snapshot, useMockApi } from './helpers.js';

const { mock, admin, client } = useMockApi();
const visitor = client('');
const other = client('demo-admin-other');

const tokenOf = (url: string) => new URL(url, 'http://x').searchParams.get('link') ?? '';
const body = (email: string) => ({
  email,
  dateOfBirth: '1991-03-04',
  firstName: 'Rua',
  lastName: 'Tane',
});

describe('sign-ups through shareable links (R30)', () => {
  it('R30: a pool sign-up is listed as an applied invitation, counted apart, until approved', async () => {
    const before = (await admin.invitations.list({ limit: 1 })).counts.applied ?? 0;
    const link = await admin.pools.createLink('pool_electrical');
    assert.equal(link.kind, 'pool');
    const signup = await visitor.links.signup(tokenOf(link.url), body('rua@example.net'));
    assert.equal(signup.kind, 'pool');
    const page = await admin.invitations.list({ status: ['applied'], q: 'rua@example.net' });
    const [listed] = page.items;
    assert.equal((await admin.invitations.list({ limit: 1 })).counts.applied, before + 1);
    assert.equal(listed?.id, signup.invitationId);
    assert.equal(listed?.kind, 'pool');
    assert.equal(listed?.targetName, 'Electrical');
    assert.equal(listed?.signupId, signup.id);
    assert.equal(listed?.invitedBy, 'Alex Rivera');
    const approved = await admin.links.approveSignup(signup.id);
    assert.equal(approved.status, 'approved');
    assert.equal(approved.accountStatus, 'active');
    assert.equal((await admin.invitations.get(signup.invitationId)).status, 'accepted');
    assert.ok((await admin.people.get(signup.personId ?? '')).poolIds.includes('pool_electrical'));
    assert.match(mock.outbox('rua@example.net').at(-1)?.subject ?? '', /You're in: Electrical/);
  });

  it('R30, R33: a rejected sign-up gets no access and is told; it cannot be approved or rejected again', async () => {
    const link = await admin.pools.createLink('pool_civil');
    const signup = await visitor.links.signup(tokenOf(link.url), body('nope@example.net'));
    const rejected = await admin.links.rejectSignup(signup.id);
    assert.equal(rejected.status, 'rejected');
    assert.notEqual(rejected.accountStatus, 'active');
    assert.equal((await admin.invitations.get(signup.invitationId)).status, 'declined');
    assert.ok(!(await admin.people.get(signup.personId ?? '')).poolIds.includes('pool_civil'));
    assert.equal(mock.outbox('nope@example.net').length, 1);
    const state = snapshot(mock);
    for (const again of [admin.links.approveSignup, admin.links.rejectSignup]) {
      const error = await failure(() => again(signup.id));
      assert.equal(error.code, 'invalid_transition');
      assert.deepEqual(error.details, { status: 'declined' });
    }
    assert.equal(snapshot(mock), state);
  });

  it('R30: a contact link makes trusted contacts of the team, once approved; a revoked one stops working', async () => {
    const link = await admin.contacts.createLink();
    assert.deepEqual([link.kind, link.poolId, link.status], ['contact', null, 'active']);
    const links = async () => (await admin.contacts.links()).items;
    assert.deepEqual(
      (await links()).find((l) => l.id === link.id),
      link,
    );
    const signup = await visitor.links.signup(tokenOf(link.url), body('friend@example.net'));
    const [listed] = (await admin.invitations.list({ q: 'friend@example.net' })).items;
    assert.deepEqual(
      [listed?.kind, listed?.status, listed?.targetName],
      ['contact', 'applied', 'Harbour Build Co.'],
    );
    await admin.links.approveSignup(signup.id);
    const contact = (await admin.contacts.list()).items.find(
      (c) => c.email === 'friend@example.net',
    );
    assert.equal(contact?.status, 'connected');
    assert.equal((await admin.people.get(signup.personId ?? '')).accountStatus, 'active');
    assert.equal((await links()).find((l) => l.id === link.id)?.signupCount, 1);
    await admin.links.revoke(link.id);
    const late = await failure(() =>
      visitor.links.signup(tokenOf(link.url), body('late@example.net')),
    );
    assert.equal(late.code, 'link_expired');
  });

  it('R30: another workspace can neither see a team’s links nor approve or reject its sign-ups', async () => {
    const link = await admin.contacts.createLink();
    const signup = await visitor.links.signup(tokenOf(link.url), body('mine@example.net'));
    assert.deepEqual((await other.contacts.links()).items, []);
    const state = snapshot(mock);
    for (const act of [other.links.approveSignup, other.links.rejectSignup]) {
      const error = await failure(() => act(signup.id));
      assert.ok(['forbidden', 'not_found'].includes(error.code), error.code);
    }
    assert.equal(snapshot(mock), state);
  });
});
