// All or nothing: every write, failed at each of its changes in turn (the `crash` fault throws in
// the middle of the work), answers 500 and leaves the store exactly as it was; the next attempt,
// past its last change, goes through.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvitekitError } from '@invitekit/sdk';
import { DAY, snapshot, tokenFor, useMockApi } from './helpers.js';

const { mock, clock, admin, client } = useMockApi();
const invitee = client('');

/** Fails `call` at change 1, 2, 3… until it succeeds; returns how many changes it made. */
async function atEveryChange(route: string, call: () => Promise<unknown>): Promise<number> {
  for (let change = 1; change < 1000; change++) {
    const before = snapshot(mock);
    mock.faults.rules.push({ route, mode: 'crash', atChange: change, times: 1 });
    try {
      await call();
      assert.ok(change > 1, `${route} changed nothing`);
      return change - 1;
    } catch (error) {
      assert.ok(error instanceof InvitekitError, String(error));
      assert.equal(error.status, 500, `${route}: ${error.message}`);
      assert.equal(error.code, 'bad_response');
      assert.match(error.message, /Nothing was changed/);
      assert.equal(
        snapshot(mock),
        before,
        `${route}: a fault at change ${String(change)} left a partial write`,
      );
    } finally {
      mock.faults.rules.length = 0;
    }
  }
  throw new Error(`${route} never finished`);
}

const row = (email: string, over: Record<string, string> = {}) => ({
  email,
  dateOfBirth: '1991-05-04',
  firstName: 'Maria',
  lastName: 'Lopez',
  mobile: '',
  ...over,
});

describe('every write is all or nothing, even when it fails half-way', () => {
  it('R1–R4, R7–R9, R13: people and invitations', async () => {
    await atEveryChange('createPerson', () =>
      admin.people.create({ email: 'whole@example.org', firstName: 'W', lastName: 'H' }),
    );
    const person = mock.domain.personByEmail('whole@example.org')!;
    await atEveryChange('sendPlatformInvite', () => admin.people.sendInvite(person.id));
    await atEveryChange('disablePerson', () => admin.people.disable(person.id));
    await atEveryChange('enablePerson', () => admin.people.enable(person.id));
    const changes = await atEveryChange('addMember', () =>
      admin.projects.addMember('prj_riverside', { email: 'half@example.org', role: 'Member' }),
    );
    assert.ok(changes >= 4, 'an invitation, its index, an email, the id counter');
    const [invitation] = (await admin.invitations.list({ q: 'half@example.org' })).items;
    await atEveryChange('resendInvitation', () => admin.invitations.resend(invitation!.id));
    await atEveryChange('revokeInvitation', () => admin.invitations.revoke(invitation!.id));
    await atEveryChange('reinviteInvitation', () => admin.invitations.reinvite(invitation!.id));
    const [fresh] = (await admin.invitations.list({ q: 'half@example.org', status: ['pending'] }))
      .items;
    await atEveryChange('expireInvitation', () => admin.invitations.expire(fresh!.id));
  });

  it('R6, R10, R3: adding an active member, and accepting registers and activates', async () => {
    const active = (await admin.people.list({ status: ['active'], limit: 100 })).items.find(
      (p) => !mock.domain.state.projects[1]?.members.some((m) => m.personId === p.id),
    )!;
    await atEveryChange('addMember', () =>
      admin.projects.addMember('prj_eastlink', { email: active.email, role: 'Member' }),
    );
    await admin.projects.addMember('prj_riverside', { email: 'reg@example.org', role: 'Member' });
    await admin.projects.addMember('prj_eastlink', { email: 'reg@example.org', role: 'Viewer' });
    const token = tokenFor(mock, 'reg@example.org');
    const changes = await atEveryChange('acceptInvitation', () =>
      invitee.invitee.accept(token, { firstName: 'Reg', lastName: 'Ister' }),
    );
    assert.ok(changes >= 8, 'a person, two memberships, two acceptances');
  });

  it('R14–R20: batches, uploads, corrections and pool invitations', async () => {
    await atEveryChange('createBatch', () => admin.pools.createBatch('pool_safety', 'Atomic'));
    const batch = mock.domain.state.batches.at(-1)!;
    const rows = [row('one@example.net'), row('two@example.net'), row('bad', { mobile: '1' })];
    const changes = await atEveryChange('uploadRows', () => admin.batches.upload(batch.id, rows));
    assert.ok(changes >= 6);
    await admin.batches.upload(batch.id, [row('extra@example.net')]);
    await atEveryChange('removeEntries', () =>
      admin.batches.remove(batch.id, [batch.entries.at(-1)!.id]),
    );
    const bad = batch.entries[2]!;
    await atEveryChange('correctEntry', () =>
      admin.batches.correct(batch.id, bad.id, row('three@example.net')),
    );
    await atEveryChange('inviteBatch', () =>
      admin.batches.invite(batch.id, { all: true, message: 'Welcome' }),
    );
    await atEveryChange('addPersonToBatch', () =>
      admin.batches.addOne(batch.id, {
        email: 'single@example.net',
        dateOfBirth: '1990-01-01',
        firstName: 'Sin',
        lastName: 'Gle',
      }),
    );
    const activation = tokenFor(mock, 'one@example.net', /Activate/);
    await atEveryChange('acceptInvitation', () => invitee.invitee.accept(activation));
    const pool = tokenFor(mock, 'one@example.net', /Join/);
    await atEveryChange('acceptInvitation', () => invitee.invitee.accept(pool));
    await atEveryChange('declineInvitation', () =>
      invitee.invitee.decline(tokenFor(mock, 'two@example.net', /Join/)),
    );
  });

  it('R30: links, sign-ups and approval', async () => {
    await atEveryChange('createInviteLink', () => admin.pools.createLink('pool_civil'));
    const link = mock.domain.state.links.at(-1)!;
    await atEveryChange('signupThroughLink', () =>
      invitee.links.signup(link.token, {
        email: 'walk@example.net',
        dateOfBirth: '1988-08-08',
        firstName: 'Wal',
        lastName: 'Kin',
      }),
    );
    const signup = mock.domain.state.signups.at(-1)!;
    await atEveryChange('approveSignup', () => admin.links.approveSignup(signup.id));
    await atEveryChange('revokeInviteLink', () => admin.links.revoke(link.id));
  });

  it('R21–R26: the pipeline, one at a time and in bulk', async () => {
    const pipeline = await admin.roles.pipeline('role_electrician');
    const [a, b] = pipeline.candidates.filter(
      (c) => c.stage === 'matches' && c.accountStatus === 'active',
    );
    await atEveryChange('moveCandidate', () =>
      admin.roles.move('role_electrician', a!.personId, { stage: 'invited' }),
    );
    const changes = await atEveryChange('inviteCandidates', () =>
      admin.roles.invite('role_electrician', { personIds: [b!.personId, 'per_missing'] }),
    );
    assert.ok(changes >= 4);
    await atEveryChange('applyToRole', () => invitee.invitee.apply(tokenFor(mock, a!.email)));
    await atEveryChange('offerCandidates', () =>
      admin.roles.offer('role_electrician', { personIds: [a!.personId] }),
    );
    await atEveryChange('confirmCandidates', () =>
      admin.roles.confirm('role_electrician', { personIds: [a!.personId] }),
    );
    await atEveryChange('rejectCandidates', () =>
      admin.roles.reject('role_electrician', { personIds: [b!.personId] }),
    );
  });

  it('R27–R29, R31: contacts, an offer with them, and imports', async () => {
    await atEveryChange('inviteContact', () =>
      admin.contacts.invite({
        name: 'Ivo Petrov',
        email: 'ivo@crew.example',
        offerRoleId: 'role_traffic',
        links: ['https://ivo.example'],
      }),
    );
    const changes = await atEveryChange('importContacts', () =>
      admin.contacts.import({
        rows: [
          { name: 'Lee Park', email: 'lee@park.example' },
          { name: 'Bo Hale', email: 'bo@hale.example' },
          { name: 'Again', email: 'ivo@crew.example' },
        ],
        select: [2, 3, 4],
      }),
    );
    assert.ok(changes >= 8, 'two contacts, two invitations, two emails');
    clock.advance(DAY);
    await atEveryChange('acceptInvitation', () =>
      invitee.invitee.accept(tokenFor(mock, 'ivo@crew.example')),
    );
  });
});
