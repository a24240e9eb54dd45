// Isolation and consent: one workspace never reads or changes another's records, learns about a
// global profile only what ARCHITECTURE.md (Isolation) lists, and nobody joins a workspace (or has their
// account activated) before they accept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvitekitError } from '@invitekit/sdk';
import { operations } from '@invitekit/sdk/schemas';
import type { PersonRecord } from '../src/state.js';
import { BASE, failure, snapshot, tokenFor, useMockApi } from './helpers.js';

const { mock, admin, client } = useMockApi();
const other = client('demo-admin-other');
const anonymous = client('');

/** A seeded person of the first workspace with a middle name and a mobile: the one to protect. */
function harbourPerson(status: PersonRecord['accountStatus'] = 'active'): PersonRecord {
  const person = mock.domain.state.people.find(
    (p) => p.accountStatus === status && p.middleNames && p.mobile && p.dateOfBirth,
  );
  assert.ok(person);
  return person;
}

/** Everything about `person` a foreign admin must never see. */
const secretsOf = (person: PersonRecord) => [
  person.id,
  person.dateOfBirth ?? '',
  person.mobile ?? '',
  (person.mobile ?? '').replace('+61', '0'),
  `${person.firstName} ${person.lastName}`,
  `${person.preferredName || person.firstName} ${person.lastName}`,
  person.middleNames,
  ...person.certifications,
];

function assertNoLeak(text: string, person: PersonRecord, where: string): void {
  for (const secret of secretsOf(person))
    assert.ok(!text.includes(secret), `${where} shows ${secret}: ${text.slice(0, 300)}`);
}

async function summitBatch(name = 'Track induction') {
  return other.pools.createBatch('pool_summit', name);
}

describe('R15, R16: what a check against someone else’s profile reveals', () => {
  it('R16: a row for another workspace’s person reads the same whatever date of birth, names or mobile are typed (no oracle)', async () => {
    const person = harbourPerson();
    const batch = await summitBatch();
    const typed = (dateOfBirth: string, firstName: string, mobile: string) => ({
      email: person.email.toUpperCase(),
      dateOfBirth,
      firstName,
      middleNames: '',
      lastName: 'Guess',
      mobile,
    });
    const right = typed(person.dateOfBirth!, person.firstName, person.mobile!);
    const wrong = typed('1999-09-09', 'Nobody', '+61400000000');
    const first = await other.batches.upload(batch.id, [right]);
    const second = await other.batches.upload((await summitBatch('Second')).id, [wrong]);
    const [a] = first.entries;
    const [b] = second.entries;
    assert.deepEqual(
      { check: a?.check, problems: a?.problems, personId: a?.personId },
      { check: 'existing', problems: [], personId: null },
    );
    assert.deepEqual(
      { check: b?.check, problems: b?.problems, personId: b?.personId },
      { check: a?.check, problems: a?.problems, personId: a?.personId },
    );
    assertNoLeak(JSON.stringify(second), person, 'the upload answer');
  });

  it('R16: a mobile that belongs to another workspace’s person is not reported', async () => {
    const person = harbourPerson();
    const batch = await summitBatch();
    const result = await other.batches.upload(batch.id, [
      {
        email: 'new.face@example.net',
        dateOfBirth: '1990-01-01',
        firstName: 'New',
        lastName: 'Face',
        mobile: person.mobile!,
      },
    ]);
    assert.equal(result.entries[0]?.check, 'new');
    assert.deepEqual(result.entries[0]?.problems, []);
  });

  it('R16: within the workspace, a row is still compared field by field with the profile', async () => {
    const person = harbourPerson();
    const batch = await admin.pools.createBatch('pool_safety', 'Ours');
    const result = await admin.batches.upload(batch.id, [
      {
        email: person.email,
        dateOfBirth: '1999-09-09',
        firstName: 'Nobody',
        lastName: person.lastName,
      },
      {
        email: 'new.face@example.net',
        dateOfBirth: '1990-01-01',
        firstName: 'New',
        lastName: 'Face',
        mobile: person.mobile!,
      },
    ]);
    assert.deepEqual(result.entries[0]?.problems.map((p) => p.field).sort(), [
      'dateOfBirth',
      'firstName',
    ]);
    assert.equal(result.entries[0]?.personId, person.id);
    assert.match(result.entries[1]?.problems[0]?.message ?? '', /mobile belongs to a profile/);
  });

  it('R15: looking up another workspace’s person says a profile exists, and nothing about whose', async () => {
    const person = harbourPerson();
    assert.deepEqual(await other.people.lookup(person.email), { match: 'existing', person: null });
    const ours = await admin.people.lookup(person.email);
    assert.equal(ours.person?.id, person.id);
    assert.deepEqual(await other.people.lookup('nobody.at.all@example.net'), {
      match: 'none',
      person: null,
    });
  });

  it('R15: adding another workspace’s person by email and a wrong date of birth neither refuses nor reveals; their profile is untouched', async () => {
    const person = harbourPerson();
    const before = JSON.stringify(person);
    const batch = await summitBatch();
    const added = await other.batches.addOne(batch.id, {
      email: person.email,
      dateOfBirth: '1999-09-09',
    });
    assert.equal(added.outcome, 'invited');
    assert.equal(added.entry.check, 'existing');
    assert.equal(added.entry.personId, null);
    assert.equal(added.entry.details.firstName, '');
    assertNoLeak(JSON.stringify(added), person, 'the add-one answer');
    assert.equal(JSON.stringify(mock.domain.personByEmail(person.email)), before);
  });
});

describe('R10, R19: a person joins a workspace only when they accept', () => {
  it('R19, R10: adding someone to a batch invites them; the uploader’s workspace reads them only after they accept', async () => {
    const person = harbourPerson();
    const batch = await summitBatch();
    await other.batches.addOne(batch.id, { email: person.email, dateOfBirth: person.dateOfBirth! });
    await other.batches.invite(batch.id, { all: true });
    assert.deepEqual(mock.domain.personByEmail(person.email)?.workspaceIds, ['ws_harbour']);
    assert.equal((await failure(() => other.people.get(person.id))).code, 'forbidden');
    assert.equal((await other.people.list({ q: person.email })).total, 0);
    const invitation = (await other.invitations.list({ q: person.email })).items[0];
    assert.equal(invitation?.personId, null);
    assert.equal(invitation?.personName, null);
    assert.equal(
      (await other.invitations.list({ q: `${person.firstName} ${person.lastName}` })).total,
      0,
      'no search by their name',
    );

    await anonymous.invitee.accept(tokenFor(mock, person.email, /Join Track crew/));
    assert.equal((await other.people.get(person.id)).email, person.email);
    assert.deepEqual((await other.people.get(person.id)).poolIds, ['pool_summit']);
    const entry = (await other.batches.get(batch.id)).entries[0];
    assert.equal(entry?.stage, 'accepted');
    assert.equal(entry?.personId, person.id);
  });

  it('R6, R10: an active person from elsewhere is invited to a project, not added, until they accept', async () => {
    const outsider = await other.people.create({
      email: 'summit.only@example.net',
      firstName: 'Sam',
      lastName: 'Mit',
    });
    mock.domain.personByEmail(outsider.email)!.accountStatus = 'active';
    // The review's check says what sending will do, and names nobody.
    assert.deepEqual(
      await admin.projects.checkMember('prj_riverside', { email: outsider.email, role: 'Member' }),
      { outcome: 'invited', person: null },
    );
    const result = await admin.projects.addMember('prj_riverside', {
      email: outsider.email,
      role: 'Member',
    });
    assert.equal(result.outcome, 'invited');
    assert.equal(result.invitation?.personName, null);
    assert.equal((await failure(() => admin.people.get(outsider.id))).code, 'forbidden');
    await anonymous.invitee.accept(tokenFor(mock, outsider.email));
    assert.ok(
      (await admin.projects.members('prj_riverside')).items.some((m) => m.personId === outsider.id),
    );
    assert.equal((await admin.people.get(outsider.id)).firstName, 'Sam');
  });

  it('R28: an offer to someone from elsewhere waits for them to accept; then they are offered the role', async () => {
    const outsider = await other.people.create({
      email: 'offer.me@example.net',
      firstName: 'Ofa',
      lastName: 'Later',
    });
    const result = await admin.contacts.invite({
      name: 'Ofa Later',
      email: outsider.email,
      offerRoleId: 'role_traffic',
    });
    assert.equal(result.offeredRoleId, 'role_traffic');
    assert.equal(result.contact.personId, null);
    const before = await admin.roles.pipeline('role_traffic');
    assert.ok(!before.candidates.some((c) => c.email === outsider.email));
    await anonymous.invitee.accept(tokenFor(mock, outsider.email));
    const after = await admin.roles.pipeline('role_traffic');
    assert.equal(after.candidates.find((c) => c.email === outsider.email)?.stage, 'offered');
  });
});

describe('R30: a sign-up through a public link never activates or exposes an existing profile', () => {
  it('R30: someone signing up with another person’s email learns nothing, and approval only invites that email', async () => {
    const person = harbourPerson('invited');
    const before = JSON.stringify(person);
    const link = await other.pools.createLink('pool_summit');
    const token = new URL(link.url, 'http://x').searchParams.get('link')!;
    const signup = await anonymous.links.signup(token, {
      email: person.email,
      dateOfBirth: '1990-01-01',
      firstName: 'Made',
      lastName: 'Up',
    });
    assert.equal(signup.personId, null);
    assert.equal(signup.accountStatus, null);
    const approved = await other.links.approveSignup(signup.id);
    assert.equal(approved.status, 'approved');
    assert.equal(approved.personId, null);
    assertNoLeak(
      JSON.stringify([signup, approved, await other.pools.signups('pool_summit')]),
      person,
      'sign-ups',
    );
    assert.equal(
      JSON.stringify(mock.domain.personByEmail(person.email)),
      before,
      'not activated, not joined',
    );
    assert.equal((await failure(() => other.people.get(person.id))).code, 'forbidden');
    assert.match(mock.outbox(person.email).at(-1)?.subject ?? '', /Join Track crew/);
  });

  it('R30, R29: a contact link’s sign-up with another person’s email, approved, only sends that email a contact invitation', async () => {
    const person = harbourPerson('active');
    const before = JSON.stringify(person);
    const link = await other.contacts.createLink();
    const token = new URL(link.url, 'http://x').searchParams.get('link')!;
    const signup = await anonymous.links.signup(token, {
      email: person.email,
      dateOfBirth: '1990-01-01',
      firstName: 'Made',
      lastName: 'Up',
    });
    const approved = await other.links.approveSignup(signup.id);
    assert.equal(approved.status, 'approved');
    assert.equal(approved.personId, null);
    assert.equal(
      JSON.stringify(mock.domain.personByEmail(person.email)),
      before,
      'not activated, not joined',
    );
    const contact = (await other.contacts.list()).items.find((c) => c.email === person.email);
    assert.equal(contact?.status, 'connection-requested');
    assert.equal(contact?.personId, null);
    // The listed sign-up gave way to the invitation that approval sent; it is still pending.
    const theirs = await other.invitations.list({ q: person.email, status: ['pending'] });
    assert.equal(theirs.total, 1);
    assertNoLeak(JSON.stringify([signup, approved, contact, theirs]), person, 'contact sign-up');
  });

  it('R30: even in its own workspace, approving a sign-up for an existing email does not activate the account', async () => {
    const person = harbourPerson('invited');
    const link = await admin.pools.createLink('pool_safety');
    const token = new URL(link.url, 'http://x').searchParams.get('link')!;
    const signup = await anonymous.links.signup(token, {
      email: person.email,
      dateOfBirth: '1990-01-01',
      firstName: 'Made',
      lastName: 'Up',
    });
    await admin.links.approveSignup(signup.id);
    assert.equal((await admin.people.get(person.id)).accountStatus, 'invited');
  });
});

describe('every route, called by another workspace’s admin', () => {
  it('lists hold only the caller’s own records, counts included', async () => {
    const batch = await summitBatch();
    await other.batches.addOne(batch.id, {
      email: 'summit.invitee@example.net',
      dateOfBirth: '1990-01-01',
      firstName: 'Sue',
      lastName: 'Mitt',
    });
    await other.contacts.invite({ name: 'Con Tact', email: 'summit.contact@example.net' });
    const theirs = await other.invitations.list({ limit: 500 });
    assert.ok(theirs.total >= 2);
    assert.ok(theirs.items.every((i) => i.invitedBy === 'Jordan Blake'));
    const ours = await admin.invitations.list({ limit: 500 });
    assert.ok(ours.items.every((i) => i.invitedBy !== 'Jordan Blake'));
    assert.equal(
      Object.values(ours.counts).reduce<number>((a, b) => a + (b ?? 0), 0),
      mock.domain.state.invitations.filter((i) => i.workspaceId === 'ws_harbour').length,
    );
    assert.equal((await admin.invitations.list({ q: 'summit.' })).total, 0);
    assert.equal((await admin.people.list({ q: 'summit.' })).total, 0);
    assert.ok((await admin.contacts.list()).items.every((c) => !c.email.startsWith('summit.')));
    assert.deepEqual(
      (await other.pools.list()).items.map((p) => p.id),
      ['pool_summit'],
    );
    assert.deepEqual((await other.projects.list()).items, []);
    assert.ok((await other.contacts.list()).items.every((c) => c.email.startsWith('summit.')));
  });

  it('R28, R25: an offer for another workspace’s role and every pipeline move on it are refused and change nothing', async () => {
    const person = harbourPerson();
    const before = snapshot(mock);
    for (const call of [
      () =>
        other.contacts.invite({ name: 'X Y', email: 'x@y.example', offerRoleId: 'role_traffic' }),
      () => other.roles.move('role_crane', person.id, { stage: 'invited' }),
      () => other.roles.invite('role_crane', { personIds: [person.id] }),
      () => other.roles.offer('role_crane', { personIds: [person.id] }),
      () => other.roles.confirm('role_crane', { personIds: [person.id] }),
      () => other.roles.reject('role_crane', { personIds: [person.id] }),
    ]) {
      const error = await failure(call);
      assert.equal(error.code, 'forbidden', error.message);
    }
    assert.equal(snapshot(mock), before);
  });

  it('reads and writes of the first workspace’s records are refused, change nothing, and no answer shows its person', async () => {
    const person = harbourPerson();
    const state = mock.domain.state;
    const invitation =
      state.invitations.find((i) => i.personId === person.id) ?? state.invitations[0]!;
    const batch = state.batches[0]!;
    await admin.pools.createLink('pool_civil');
    const link = state.links.at(-1)!;
    await anonymous.links.signup(link.token, {
      email: 'walk.in@example.net',
      dateOfBirth: '1990-01-01',
      firstName: 'Wal',
      lastName: 'Kin',
    });
    const signup = state.signups.at(-1)!;
    const before = snapshot(mock);
    const hit = new Set<string>();
    const texts: string[] = [];
    const refused = async (id: string, call: () => PromiseLike<unknown>) => {
      hit.add(id);
      const error = await failure(call);
      assert.ok(
        ['forbidden', 'not_found', 'unauthorized', 'link_expired'].includes(error.code),
        `${id}: ${error.code} ${error.message}`,
      );
      texts.push(JSON.stringify([error.message, error.fieldErrors, error.details]));
    };
    const row = {
      email: person.email,
      dateOfBirth: person.dateOfBirth!,
      firstName: 'A',
      lastName: 'B',
    };
    await refused('getPerson', () => other.people.get(person.id));
    await refused('sendPlatformInvite', () => other.people.sendInvite(person.id));
    await refused('disablePerson', () => other.people.disable(person.id));
    await refused('enablePerson', () => other.people.enable(person.id));
    await refused('getInvitation', () => other.invitations.get(invitation.id));
    await refused('resendInvitation', () => other.invitations.resend(invitation.id));
    await refused('expireInvitation', () => other.invitations.expire(invitation.id));
    await refused('reinviteInvitation', () => other.invitations.reinvite(invitation.id));
    await refused('revokeInvitation', () => other.invitations.revoke(invitation.id));
    await refused('listBatches', () => other.pools.batches('pool_civil'));
    await refused('createBatch', () => other.pools.createBatch('pool_civil', 'Theirs'));
    await refused('getBatch', () => other.batches.get(batch.id));
    await refused('addPersonToBatch', () => other.batches.addOne(batch.id, row));
    await refused('uploadRows', () => other.batches.upload(batch.id, [row]));
    await refused('correctEntry', () => other.batches.correct(batch.id, batch.entries[0]!.id, row));
    await refused('inviteBatch', () => other.batches.invite(batch.id, { all: true }));
    await refused('removeEntries', () => other.batches.remove(batch.id, [batch.entries[0]!.id]));
    await refused('createInviteLink', () => other.pools.createLink('pool_civil'));
    await refused('listInviteLinks', () => other.pools.links('pool_civil'));
    await refused('revokeInviteLink', () => other.links.revoke(link.id));
    await refused('listSignups', () => other.pools.signups('pool_civil'));
    await refused('approveSignup', () => other.links.approveSignup(signup.id));
    await refused('rejectSignup', () => other.links.rejectSignup(signup.id));
    await refused('checkMember', () =>
      other.projects.checkMember('prj_riverside', { email: person.email, role: 'Member' }),
    );
    await refused('getProject', () => other.projects.get('prj_riverside'));
    await refused('listMembers', () => other.projects.members('prj_riverside'));
    await refused('addMember', () =>
      other.projects.addMember('prj_riverside', { email: 'z@z.example', role: 'Member' }),
    );
    await refused('listRoles', () => other.projects.roles('prj_riverside'));
    await refused('getPipeline', () => other.roles.pipeline('role_crane'));
    await refused('inviteCandidates', () =>
      other.roles.invite('role_crane', { personIds: [person.id] }),
    );
    await refused('offerCandidates', () =>
      other.roles.offer('role_crane', { personIds: [person.id] }),
    );
    await refused('confirmCandidates', () =>
      other.roles.confirm('role_crane', { personIds: [person.id] }),
    );
    await refused('rejectCandidates', () =>
      other.roles.reject('role_crane', { personIds: [person.id] }),
    );
    await refused('moveCandidate', () =>
      other.roles.move('role_crane', person.id, { stage: 'rejected' }),
    );
    await refused('listPeople', () => other.people.list({ poolId: 'pool_civil' }));
    // The admin's token is no invitation token.
    await refused('viewInvitation', () => other.invitee.view('demo-admin-other'));
    await refused('acceptInvitation', () => other.invitee.accept('demo-admin-other'));
    await refused('declineInvitation', () => other.invitee.decline('demo-admin-other'));
    await refused('applyToRole', () => other.invitee.apply('demo-admin-other'));
    await refused('signupThroughLink', () =>
      other.links.signup('lk_forged', {
        email: person.email,
        dateOfBirth: '1990-01-01',
        firstName: 'A',
        lastName: 'B',
      }),
    );
    assert.equal(snapshot(mock), before, 'nothing changed');

    // Routes that act on an email the caller types: each answers, and about the person only
    // what ARCHITECTURE.md (Isolation) allows.
    const answered = async (id: string, call: () => PromiseLike<unknown>) => {
      hit.add(id);
      try {
        texts.push(JSON.stringify(await call()));
      } catch (error) {
        assert.ok(error instanceof InvitekitError, String(error));
        texts.push(JSON.stringify([error.message, error.fieldErrors, error.details]));
      }
    };
    await answered('listPeople', () => other.people.list({ q: person.lastName }));
    await answered('lookupPerson', () => other.people.lookup(person.email));
    await answered('createPerson', () =>
      other.people.create({ email: person.email, firstName: 'A', lastName: 'B' }),
    );
    await answered('listInvitations', () => other.invitations.list({ q: person.email }));
    await answered('listPools', () => other.pools.list());
    await answered('listProjects', () => other.projects.list());
    const own = await summitBatch();
    await answered('addPersonToBatch', () =>
      other.batches.addOne(own.id, { ...row, dateOfBirth: '1999-01-01' }),
    );
    await answered('uploadRows', () =>
      other.batches.upload(own.id, [{ ...row, dateOfBirth: '1999-01-02' }]),
    );
    await answered('correctEntry', () =>
      other.batches.correct(own.id, mock.domain.state.batches.at(-1)!.entries.at(-1)!.id, {
        ...row,
        dateOfBirth: '1999-01-03',
      }),
    );
    await answered('inviteBatch', () => other.batches.invite(own.id, { all: true }));
    await answered('getBatch', () => other.batches.get(own.id));
    await answered('listBatches', () => other.pools.batches('pool_summit'));
    await answered('inviteContact', () =>
      other.contacts.invite({ name: 'A B', email: person.email }),
    );
    await answered('importContacts', () =>
      other.contacts.import({ rows: [{ name: 'A B', email: person.email }], select: [2] }),
    );
    await answered('listContacts', () => other.contacts.list());
    await other.pools.createLink('pool_summit');
    const summitLink = mock.domain.state.links.at(-1)!;
    await answered('listInviteLinks', () => other.pools.links('pool_summit'));
    await answered('signupThroughLink', () =>
      anonymous.links.signup(summitLink.token, {
        email: person.email,
        dateOfBirth: '1990-01-01',
        firstName: 'A',
        lastName: 'B',
      }),
    );
    await answered('approveSignup', () =>
      other.links.approveSignup(mock.domain.state.signups.at(-1)!.id),
    );
    await answered('listSignups', () => other.pools.signups('pool_summit'));
    // A sign-up through a contact link for the first workspace's person, approved.
    await answered('createContactLink', () => other.contacts.createLink());
    const contactLink = mock.domain.state.links.at(-1)!;
    await answered('listContactLinks', () => other.contacts.links());
    await answered('signupThroughLink', () =>
      anonymous.links.signup(contactLink.token, { ...row, dateOfBirth: '1990-01-01' }),
    );
    await answered('approveSignup', () =>
      other.links.approveSignup(mock.domain.state.signups.at(-1)!.id),
    );
    await answered('listContacts', () => other.contacts.list());
    for (const text of texts) assertNoLeak(text, person, 'an answer to the other workspace');
    assert.deepEqual(
      operations.map((o) => o.id).filter((id) => !hit.has(id)),
      [],
      'every route was called',
    );
    assert.deepEqual(mock.domain.personByEmail(person.email)?.workspaceIds, ['ws_harbour']);
  });
});

describe('the raw API', () => {
  it('R32: another workspace’s admin reading an invitation by id gets 403 with no detail of it', async () => {
    const invitation = mock.domain.state.invitations[0]!;
    const response = await fetch(`${BASE}/invitations/${invitation.id}`, {
      headers: { authorization: 'Bearer demo-admin-other' },
    });
    assert.equal(response.status, 403);
    const text = await response.text();
    assert.ok(!text.includes(invitation.email));
  });
});
