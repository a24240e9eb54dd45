// Every domain rule (R1–R33 of the domain rules), driven through the SDK as a host's code would,
// against any server that implements the API and the test-control contract. Each test starts from
// the fixture (reset) at START. Run over HTTP by the CLI, and in-process against the mock API.
import assert from 'node:assert/strict';
import { InvitekitError } from '@invitekit/sdk';
import {
  DAY,
  START,
  advance,
  describe,
  digest,
  failure,
  it,
  lazyClient,
  outbox,
  tokenFor,
} from './harness.js';

const admin = lazyClient((t) => t.admin);
const invitee = lazyClient(() => '');
const otherAdmin = lazyClient((t) => t.otherAdmin);

async function personWith(status: 'initial' | 'invited' | 'active' | 'disabled') {
  const page = await admin.people.list({ status: [status], limit: 1 });
  const person = page.items[0];
  assert.ok(person, `The fixture has a person whose account is ${status}`);
  return person;
}

async function invitationsFor(email: string) {
  return (await admin.invitations.list({ q: email, limit: 100 })).items.filter(
    (i) => i.email === email,
  );
}

describe('accounts (R1–R4)', () => {
  it('R1: a person created by an admin starts initial, with no invitation and no email', async () => {
    const person = await admin.people.create({
      email: '  New.Hire@Example.com ',
      firstName: 'Nia',
      lastName: 'Hart',
    });
    assert.equal(person.accountStatus, 'initial');
    assert.equal(person.email, 'new.hire@example.com');
    assert.deepEqual(await invitationsFor('new.hire@example.com'), []);
    assert.equal((await outbox('new.hire@example.com')).length, 0);
  });

  it('R2: sending the platform invitation moves initial → invited and emails an activation link; resending is allowed', async () => {
    const person = await admin.people.create({
      email: 'kai@example.com',
      firstName: 'Kai',
      lastName: 'Moana',
    });
    const sent = await admin.people.sendInvite(person.id, { message: 'Welcome aboard' });
    assert.equal(sent.person.accountStatus, 'invited');
    const [email] = await outbox('kai@example.com');
    assert.match(email?.subject ?? '', /Activate/);
    assert.match(email?.text ?? '', /Welcome aboard/);
    assert.ok(email?.link?.includes('token='));
    await admin.people.sendInvite(person.id);
    const [invitation] = await invitationsFor('kai@example.com');
    assert.equal(invitation?.sendCount, 2);
    assert.equal((await outbox('kai@example.com')).length, 2);
  });

  it('R3: activating through the invitation moves invited → active', async () => {
    const person = await admin.people.create({
      email: 'ana@example.com',
      firstName: 'Ana',
      lastName: 'Lima',
    });
    await admin.people.sendInvite(person.id);
    const view = await invitee.invitee.accept(await tokenFor('ana@example.com'), {
      password: 'correct horse',
    });
    assert.equal(view.status, 'accepted');
    assert.equal((await admin.people.get(person.id)).accountStatus, 'active');
  });

  it('R4: a disabled person can be neither invited nor activated, with a clear error; re-enabling restores them', async () => {
    const person = await admin.people.create({
      email: 'dee@example.com',
      firstName: 'Dee',
      lastName: 'Kim',
    });
    await admin.people.sendInvite(person.id);
    const token = await tokenFor('dee@example.com');
    assert.equal((await admin.people.disable(person.id)).accountStatus, 'disabled');
    const invite = await failure(() => admin.people.sendInvite(person.id));
    assert.equal(invite.code, 'inactive_user');
    assert.match(invite.message, /disabled/);
    const activate = await failure(() => invitee.invitee.accept(token, {}));
    assert.equal(activate.code, 'inactive_user');
    assert.equal((await admin.people.enable(person.id)).accountStatus, 'invited');
  });
});

describe('project members (R5–R13)', () => {
  it('R5: adding a member needs an email and a project role; the request is checked before anything is created', async () => {
    const before = await digest();
    const noRole = { email: 'x@example.com' } as { email: string; role: 'Member' };
    const error = await failure(() => admin.projects.addMember('prj_riverside', noRole));
    assert.equal(error.code, 'validation');
    assert.ok(error.fieldErrors.role);
    assert.equal(await digest(), before);
  });

  it('R6: an active person is added at once and told; no pending invitation', async () => {
    const person = await personWith('active');
    const members = (await admin.projects.members('prj_eastlink')).items;
    const outsider = (await admin.people.list({ status: ['active'], limit: 200 })).items.find(
      (p) => !members.some((m) => m.personId === p.id) && p.email.endsWith('@example.com'),
    );
    assert.ok(outsider && person);
    const result = await admin.projects.addMember('prj_eastlink', {
      email: outsider.email,
      role: 'Member',
    });
    assert.equal(result.outcome, 'added');
    assert.equal(result.invitation, null);
    assert.ok(
      (await admin.projects.members('prj_eastlink')).items.some((m) => m.personId === outsider.id),
    );
    assert.equal(
      (await invitationsFor(outsider.email)).filter((i) => i.kind === 'project').length,
      0,
    );
    assert.match((await outbox(outsider.email))[0]?.subject ?? '', /added to Eastlink Depot/);
  });

  it('R7: anyone else gets a pending invitation valid 30 days; resending resets the 30 days and counts the send', async () => {
    const result = await admin.projects.addMember('prj_riverside', {
      email: 'newcomer@example.org',
      role: 'Manager',
    });
    assert.equal(result.outcome, 'invited');
    const invitation = result.invitation!;
    assert.equal(invitation.status, 'pending');
    assert.equal(Date.parse(invitation.expiresAt) - Date.parse(invitation.sentAt), 30 * DAY);
    await advance(10 * DAY);
    const resent = await admin.invitations.resend(invitation.id);
    assert.equal(resent.sendCount, 2);
    assert.equal(Date.parse(resent.expiresAt), START + 40 * DAY);
    await advance(30 * DAY + 1);
    assert.equal((await admin.invitations.get(invitation.id)).status, 'expired');
  });

  it('R7: one invitation is emailed at most 3 times an hour; the next resend says when, with retry-after, and changes nothing', async () => {
    const { invitation } = await admin.projects.addMember('prj_riverside', {
      email: 'patience@example.org',
      role: 'Member',
    });
    await advance(10 * 60_000);
    await admin.invitations.resend(invitation!.id);
    await advance(10 * 60_000);
    await admin.invitations.resend(invitation!.id);
    const before = await digest();
    const early = await failure(() => admin.invitations.resend(invitation!.id));
    assert.equal(early.code, 'rate_limited');
    assert.equal(early.status, 429);
    assert.equal(early.retryAfter, 40 * 60);
    assert.match(early.message, /already sent 3 times in the last hour.*in 40 minutes/);
    assert.equal(await digest(), before);
    assert.equal((await outbox('patience@example.org')).length, 3);
    await advance(40 * 60_000);
    assert.equal((await admin.invitations.resend(invitation!.id)).sendCount, 4);
  });

  it('R2, R9: the platform invitation and an expire-then-re-invite count towards the same limit', async () => {
    const person = await admin.people.create({
      email: 'spam.me@example.com',
      firstName: 'Spam',
      lastName: 'Me',
    });
    for (let i = 0; i < 3; i++) await admin.people.sendInvite(person.id);
    assert.equal((await failure(() => admin.people.sendInvite(person.id))).code, 'rate_limited');
    const { invitation } = await admin.projects.addMember('prj_riverside', {
      email: 'cycle@example.org',
      role: 'Member',
    });
    await admin.invitations.resend(invitation!.id);
    await admin.invitations.resend(invitation!.id);
    await admin.invitations.expire(invitation!.id);
    assert.equal(
      (await failure(() => admin.invitations.reinvite(invitation!.id))).code,
      'rate_limited',
    );
    await advance(60 * 60_000);
    assert.equal((await admin.invitations.reinvite(invitation!.id)).status, 'pending');
  });

  it('R8: an admin can expire a pending invitation early and its link stops working at once', async () => {
    const { invitation } = await admin.projects.addMember('prj_riverside', {
      email: 'early@example.org',
      role: 'Member',
    });
    const token = await tokenFor('early@example.org');
    assert.equal((await admin.invitations.expire(invitation!.id)).status, 'expired');
    const view = await failure(() => invitee.invitee.view(token));
    assert.equal(view.code, 'link_expired');
    assert.equal(view.status, 410);
    assert.equal(
      (await failure(() => invitee.invitee.accept(token, { firstName: 'E', lastName: 'E' }))).code,
      'link_expired',
    );
  });

  it('R9: an expired invitation can be re-invited, which creates a fresh pending one', async () => {
    const { invitation } = await admin.projects.addMember('prj_riverside', {
      email: 'again@example.org',
      role: 'Viewer',
    });
    assert.equal(
      (await failure(() => admin.invitations.reinvite(invitation!.id))).code,
      'invalid_transition',
    );
    await advance(31 * DAY);
    const fresh = await admin.invitations.reinvite(invitation!.id);
    assert.notEqual(fresh.id, invitation!.id);
    assert.equal(fresh.status, 'pending');
    assert.equal(fresh.role, 'Viewer');
    assert.equal((await admin.invitations.get(invitation!.id)).status, 'expired');
    assert.equal((await outbox('again@example.org')).length, 2);
  });

  it('R10: registering accepts every pending invitation the person holds', async () => {
    await admin.projects.addMember('prj_riverside', { email: 'two@example.org', role: 'Member' });
    await admin.projects.addMember('prj_eastlink', { email: 'two@example.org', role: 'Viewer' });
    const token = await tokenFor('two@example.org');
    const missing = await failure(() => invitee.invitee.accept(token, {}));
    assert.equal(missing.code, 'validation');
    assert.ok(missing.fieldErrors.firstName);
    await invitee.invitee.accept(token, {
      firstName: 'Tui',
      lastName: 'Rangi',
      password: 'long enough',
    });
    const invitations = await invitationsFor('two@example.org');
    assert.deepEqual(
      invitations.map((i) => i.status),
      ['accepted', 'accepted'],
    );
    assert.ok(
      (await admin.projects.members('prj_riverside')).items.some(
        (m) => m.email === 'two@example.org' && m.role === 'Member',
      ),
    );
    assert.ok(
      (await admin.projects.members('prj_eastlink')).items.some(
        (m) => m.email === 'two@example.org' && m.role === 'Viewer',
      ),
    );
  });

  it('R11: a conflicting platform role fails with a conflict that names it, and creates nothing', async () => {
    // The API does not show platform roles: the fixture's first active person whose adding as a
    // Manager conflicts is a Client (the fixture has one among its first active people).
    const all = (await admin.people.list({ status: ['active'], limit: 50 })).items;
    for (const person of all) {
      const before = await digest();
      const error = await admin.projects
        .addMember('prj_eastlink', { email: person.email, role: 'Manager' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      if (!(error instanceof InvitekitError) || error.code !== 'conflict') continue;
      if (error.details.reason === 'already_member') continue;
      assert.match(error.message, /Client platform role.*conflicts with Manager/);
      assert.equal(error.details.conflictingRole, 'Client');
      assert.equal(await digest(), before);
      return;
    }
    assert.fail('No active person of the fixture conflicts as a Manager: the fixture has a Client');
  });

  it('R12: an account not yet activated, or disabled, gets an inactive user error stating why', async () => {
    const invited = await personWith('invited');
    const notActive = await failure(() =>
      admin.projects.addMember('prj_riverside', { email: invited.email, role: 'Member' }),
    );
    assert.equal(notActive.code, 'inactive_user');
    assert.match(notActive.message, /Inactive user.*not activated/);
    const disabled = await personWith('disabled');
    const off = await failure(() =>
      admin.projects.addMember('prj_riverside', { email: disabled.email, role: 'Member' }),
    );
    assert.equal(off.code, 'inactive_user');
    assert.match(off.message, /disabled/);
  });

  it('R13: a second pending invitation to the same target is a conflict; the same idempotency key returns the first result', async () => {
    const first = await admin.projects.addMember(
      'prj_riverside',
      { email: 'once@example.org', role: 'Member' },
      { idempotencyKey: 'k-1' },
    );
    const replay = await admin.projects.addMember(
      'prj_riverside',
      { email: 'once@example.org', role: 'Member' },
      { idempotencyKey: 'k-1' },
    );
    assert.deepEqual(replay, first);
    const repeat = await failure(() =>
      admin.projects.addMember('prj_riverside', { email: 'ONCE@example.org', role: 'Manager' }),
    );
    assert.equal(repeat.code, 'conflict');
    assert.equal(repeat.details.invitationId, first.invitation?.id);
    assert.equal((await invitationsFor('once@example.org')).length, 1);
  });
});

describe('pools and batches (R14–R20)', () => {
  const row = (over: Record<string, string> = {}) => ({
    email: 'maria.lopez@example.net',
    dateOfBirth: '1991-05-04',
    firstName: 'Maria',
    middleNames: 'Elena',
    lastName: 'Lopez',
    preferredName: 'Mari',
    mobile: '0412 555 123',
    ...over,
  });

  it('R14: a batch has a free-text name and one pool, and can be reopened', async () => {
    const batch = await admin.pools.createBatch('pool_safety', 'Night shift – December');
    assert.equal(batch.poolId, 'pool_safety');
    await admin.batches.upload(batch.id, [row()]);
    const listed = await admin.pools.batches('pool_safety');
    assert.ok(listed.items.some((b) => b.id === batch.id && b.name === 'Night shift – December'));
    const reopened = await admin.batches.get(batch.id);
    assert.equal(reopened.entries.length, 1);
    assert.equal(reopened.counts.uploaded, 1);
  });

  it('R15: email and date of birth first; an existing profile is used, otherwise names are required', async () => {
    const existing = await personWith('active');
    const found = await admin.people.lookup(existing.email.toUpperCase());
    assert.equal(found.match, 'existing');
    assert.equal((await admin.people.lookup('nobody@example.net')).match, 'none');
    const batch = await admin.pools.createBatch('pool_safety', 'Singles');
    const wrongDob = await failure(() =>
      admin.batches.addOne(batch.id, { email: existing.email, dateOfBirth: '2001-01-01' }),
    );
    assert.equal(wrongDob.code, 'validation');
    assert.ok(wrongDob.fieldErrors.dateOfBirth);
    const noNames = await failure(() =>
      admin.batches.addOne(batch.id, { email: 'fresh@example.net', dateOfBirth: '1990-01-01' }),
    );
    assert.deepEqual(Object.keys(noNames.fieldErrors).sort(), ['firstName', 'lastName']);
    const added = await admin.batches.addOne(batch.id, {
      email: 'fresh@example.net',
      dateOfBirth: '1990-01-01',
      firstName: 'Rua',
      lastName: 'Tane',
      preferredName: 'Ru',
    });
    assert.equal(added.entry.check, 'new');
    assert.equal(added.outcome, 'invited');
  });

  it('R16: each uploaded row is checked existing, new or invalid, and invalid rows list every offending field', async () => {
    const existing = await personWith('active');
    const full = await admin.people.get(existing.id);
    const batch = await admin.pools.createBatch('pool_safety', 'Upload');
    const result = await admin.batches.upload(batch.id, [
      row(),
      {
        email: full.email,
        dateOfBirth: full.dateOfBirth ?? '',
        firstName: full.firstName,
        middleNames: full.middleNames,
        lastName: full.lastName,
      },
      { email: 'broken', dateOfBirth: '1990-02-31', firstName: '', lastName: 'X', mobile: '12' },
      {
        email: full.email.toUpperCase(),
        dateOfBirth: '1999-09-09',
        firstName: 'Someone',
        lastName: full.lastName,
      },
    ]);
    const [fresh, same, broken, mismatch] = result.entries;
    assert.equal(fresh?.check, 'new');
    assert.equal(fresh?.line, 2);
    assert.equal(same?.check, 'existing');
    assert.equal(broken?.check, 'invalid');
    assert.deepEqual(broken?.problems.map((p) => p.field).sort(), [
      'dateOfBirth',
      'email',
      'firstName',
      'mobile',
    ]);
    assert.equal(mismatch?.check, 'invalid');
    assert.deepEqual(mismatch?.problems.map((p) => p.field).sort(), [
      'dateOfBirth',
      'email',
      'firstName',
    ]);
  });

  it('R17: an invalid row can be corrected in place and re-checked; only valid rows can be invited', async () => {
    const batch = await admin.pools.createBatch('pool_safety', 'Fixes');
    const uploaded = await admin.batches.upload(batch.id, [row({ mobile: 'call me' })]);
    const entry = uploaded.entries[0]!;
    assert.equal(entry.check, 'invalid');
    const attempt = await admin.batches.invite(batch.id, { entryIds: [entry.id] });
    assert.equal(attempt.results[0]?.outcome, 'skipped');
    assert.equal(attempt.results[0]?.error?.code, 'validation');
    const corrected = await admin.batches.correct(batch.id, entry.id, row());
    assert.equal(corrected.check, 'new');
    assert.deepEqual(corrected.problems, []);
    const invited = await admin.batches.invite(batch.id, { entryIds: [entry.id] });
    assert.equal(invited.results[0]?.outcome, 'invited');
  });

  it('R18: invite all valid rows at once with a message; the batch counts Uploaded, Invited, Accepted', async () => {
    const batch = await admin.pools.createBatch('pool_safety', 'All at once');
    await admin.batches.upload(batch.id, [
      row(),
      row({ email: 'second@example.net', mobile: '' }),
      row({ email: 'bad' }),
    ]);
    const result = await admin.batches.invite(batch.id, { all: true, message: 'See you Monday' });
    assert.deepEqual(
      result.results.map((r) => r.outcome),
      ['invited', 'invited'],
    );
    assert.deepEqual(result.batch.counts, {
      uploaded: 1,
      invited: 2,
      accepted: 0,
      declined: 0,
      expired: 0,
    });
    // The answer carries the entries it moved on, not the whole batch.
    assert.deepEqual(
      result.entries.map((e) => [e.details.email, e.stage]),
      [
        ['maria.lopez@example.net', 'invited'],
        ['second@example.net', 'invited'],
      ],
    );
    assert.ok((await outbox('second@example.net')).some((m) => m.text.includes('See you Monday')));
  });

  it('R16: a large file uploads in chunks, each row with its sheet line; each answer holds only the rows it added', async () => {
    const batch = await admin.pools.createBatch('pool_safety', 'Chunks');
    const first = await admin.batches.upload(batch.id, [
      { ...row(), line: 2 },
      { ...row({ email: 'second@example.net', mobile: '' }), line: 4 },
    ]);
    assert.deepEqual(
      first.entries.map((e) => e.line),
      [2, 4],
    );
    assert.equal(first.batch.counts.uploaded, 2);
    const second = await admin.batches.upload(batch.id, [
      { ...row({ email: 'third@example.net', mobile: '' }), line: 5 },
      { ...row({ email: 'SECOND@example.net', mobile: '' }), line: 6 },
    ]);
    assert.deepEqual(
      second.entries.map((e) => [e.line, e.check]),
      [
        [5, 'new'],
        [6, 'invalid'],
      ],
    );
    assert.match(second.entries[1]?.problems[0]?.message ?? '', /already in the batch on line 4/);
    assert.equal(second.batch.counts.uploaded, 4);
    assert.equal((await admin.batches.get(batch.id)).entries.length, 4);
  });

  it('R17: rows not invited yet can be removed, all or nothing; invited rows stay', async () => {
    const batch = await admin.pools.createBatch('pool_safety', 'Removals');
    const { entries } = await admin.batches.upload(batch.id, [
      row(),
      row({ email: 'keep@example.net', mobile: '' }),
      row({ email: 'gone@example.net', mobile: '' }),
    ]);
    const [invited, kept, gone] = entries;
    await admin.batches.invite(batch.id, { entryIds: [invited!.id] });
    const before = await digest();
    const refused = await failure(() => admin.batches.remove(batch.id, [gone!.id, invited!.id]));
    assert.equal(refused.code, 'invalid_transition');
    const unknown = await failure(() => admin.batches.remove(batch.id, [gone!.id, 'ent_nope']));
    assert.equal(unknown.code, 'validation');
    assert.equal(await digest(), before);
    const removed = await admin.batches.remove(batch.id, [gone!.id]);
    assert.equal(removed.counts.uploaded, 1);
    assert.deepEqual(
      (await admin.batches.get(batch.id)).entries.map((e) => e.id),
      [invited!.id, kept!.id],
    );
  });

  it('R14, R16, R17, R18: another workspace can neither read, upload to, remove from nor invite a batch', async () => {
    const batch = await admin.pools.createBatch('pool_safety', 'Ours');
    const { entries } = await admin.batches.upload(batch.id, [row()]);
    const other = otherAdmin;
    const before = await digest();
    for (const call of [
      () => other.batches.get(batch.id),
      () => other.batches.upload(batch.id, [row({ email: 'x@example.net' })]),
      () => other.batches.remove(batch.id, [entries[0]!.id]),
      () => other.batches.invite(batch.id, { all: true }),
      () => other.batches.correct(batch.id, entries[0]!.id, row()),
    ]) {
      const refused = await failure(call);
      assert.ok(['not_found', 'forbidden'].includes(refused.code), refused.code);
    }
    assert.equal(await digest(), before);
  });

  it('R19: someone already in another pool of the workspace skips the invite step and goes straight to Accepted', async () => {
    const { items } = await admin.people.list({
      poolId: 'pool_civil',
      status: ['active'],
      limit: 1,
    });
    const member = await admin.people.get(items[0]!.id);
    const batch = await admin.pools.createBatch('pool_safety', 'Transfers');
    const result = await admin.batches.addOne(batch.id, {
      email: member.email,
      dateOfBirth: member.dateOfBirth!,
    });
    assert.equal(result.outcome, 'accepted');
    assert.equal(result.invitationId, null);
    assert.equal((await admin.batches.get(batch.id)).counts.accepted, 1);
    assert.ok((await admin.people.get(member.id)).poolIds.includes('pool_safety'));
  });

  it('R20: a new person accepts their platform account before the pool invitation, and carries a warning until then', async () => {
    const batch = await admin.pools.createBatch('pool_electrical', 'Apprentices');
    const added = await admin.batches.addOne(batch.id, {
      email: 'apprentice@example.net',
      dateOfBirth: '2004-06-01',
      firstName: 'Ari',
      lastName: 'Fox',
    });
    assert.equal(added.entry.accountStatus, 'invited');
    const poolToken = await tokenFor('apprentice@example.net', /Join Electrical/);
    const activationToken = await tokenFor('apprentice@example.net', /Activate/);
    assert.equal((await invitee.invitee.view(poolToken)).needsActivation, true);
    const early = await failure(() => invitee.invitee.accept(poolToken));
    assert.equal(early.code, 'inactive_user');
    assert.match(early.message, /Activate your account first/);
    await invitee.invitee.accept(activationToken, { password: 'a good password' });
    assert.equal((await invitee.invitee.accept(poolToken)).status, 'accepted');
    const reopened = await admin.batches.get(batch.id);
    assert.equal(reopened.entries[0]?.stage, 'accepted');
    assert.equal(reopened.entries[0]?.accountStatus, 'active');
  });
});

describe('the role pipeline (R21–R26)', () => {
  async function matches(roleId = 'role_electrician') {
    const pipeline = await admin.roles.pipeline(roleId);
    return { pipeline, matches: pipeline.candidates.filter((c) => c.stage === 'matches') };
  }

  it("R21: matches are the pool's people whose certifications cover the role, with what partial matches miss", async () => {
    const { pipeline, matches: list } = await matches();
    const pool = (await admin.people.list({ poolId: 'pool_electrical', limit: 500 })).items;
    const required = pipeline.role.requiredCertifications;
    for (const candidate of list) {
      const person = pool.find((p) => p.id === candidate.personId);
      assert.ok(person, 'every match is in the pool');
      assert.deepEqual(
        candidate.missingCertifications,
        required.filter((c) => !person.certifications.includes(c)),
      );
      assert.ok(candidate.missingCertifications.length < required.length);
    }
    const outsider = pool.find((p) => !required.some((c) => p.certifications.includes(c)));
    if (outsider) assert.ok(!list.some((c) => c.personId === outsider.id));
    assert.ok(list.some((c) => c.missingCertifications.length === 0));
  });

  it('R22: invite one or many from Matches; each gets a job email whose link shows the required certifications', async () => {
    const { matches: list } = await matches();
    const chosen = list.filter((c) => c.accountStatus === 'active').slice(0, 2);
    const result = await admin.roles.invite('role_electrician', {
      personIds: chosen.map((c) => c.personId),
    });
    assert.deepEqual(
      result.results.map((r) => r.ok),
      [true, true],
    );
    for (const c of chosen) {
      const email = (await outbox(c.email)).at(-1);
      assert.match(email?.text ?? '', /View job details/);
      const view = await invitee.invitee.view(await tokenFor(c.email));
      assert.deepEqual(view.job?.requiredCertifications, ['White Card', 'Electrical Licence']);
      assert.equal(view.job?.stage, 'invited');
    }
  });

  it('R23: a person whose account is not active cannot be invited to a role; the others in a bulk selection go ahead', async () => {
    const { matches: list } = await matches('role_crane');
    const inactive = list.find((c) => c.accountStatus !== 'active');
    const active = list.find((c) => c.accountStatus === 'active');
    assert.ok(inactive && active);
    assert.match(inactive.warning ?? '', /cannot be invited/);
    const result = await admin.roles.invite('role_crane', {
      personIds: [inactive.personId, active.personId],
    });
    const byId = Object.fromEntries(result.results.map((r) => [r.personId, r]));
    assert.equal(byId[inactive.personId]?.error?.code, 'inactive_user');
    assert.equal(byId[active.personId]?.ok, true);
    assert.equal(
      result.pipeline.candidates.find((c) => c.personId === inactive.personId)?.stage,
      'matches',
    );
  });

  it('R24: the invitee applies, or declines and stays in Invited with an "invite declined" tag', async () => {
    const { matches: list } = await matches();
    const [a, b] = list.filter((c) => c.accountStatus === 'active');
    await admin.roles.invite('role_electrician', { personIds: [a!.personId, b!.personId] });
    await invitee.invitee.apply(await tokenFor(a!.email));
    await invitee.invitee.decline(await tokenFor(b!.email));
    const { pipeline } = await matches();
    assert.equal(pipeline.candidates.find((c) => c.personId === a!.personId)?.stage, 'applied');
    const declined = pipeline.candidates.find((c) => c.personId === b!.personId);
    assert.equal(declined?.stage, 'invited');
    assert.equal(declined?.inviteDeclined, true);
  });

  it('R25: offer moves applied → offered and emails; confirm moves offered → confirmed; a forbidden move changes nothing', async () => {
    const { matches: list } = await matches();
    const person = list.find((c) => c.accountStatus === 'active')!;
    const before = await digest();
    const jump = await failure(() =>
      admin.roles.move('role_electrician', person.personId, { stage: 'confirmed' }),
    );
    assert.equal(jump.code, 'invalid_transition');
    assert.match(jump.message, /offered/);
    assert.equal(await digest(), before);
    await admin.roles.move('role_electrician', person.personId, { stage: 'invited' });
    await invitee.invitee.apply(await tokenFor(person.email));
    const offered = await admin.roles.offer('role_electrician', { personIds: [person.personId] });
    assert.equal(offered.results[0]?.candidate?.stage, 'offered');
    assert.match((await outbox(person.email)).at(-1)?.subject ?? '', /Job offer/);
    const confirmed = await admin.roles.confirm('role_electrician', {
      personIds: [person.personId],
    });
    assert.equal(confirmed.results[0]?.candidate?.stage, 'confirmed');
    assert.match((await outbox(person.email)).at(-1)?.subject ?? '', /Confirmed/);
  });

  it('R26: admins can reject at any stage; rejected people leave the active columns but stay listed', async () => {
    const before = await admin.roles.pipeline('role_crane');
    const picks = ['matches', 'invited', 'applied', 'offered'].map((stage) =>
      before.candidates.find((c) => c.stage === stage)!,
    );
    const result = await admin.roles.reject('role_crane', {
      personIds: picks.map((c) => c.personId),
    });
    assert.ok(result.results.every((r) => r.ok));
    for (const c of picks)
      assert.equal(
        result.pipeline.candidates.find((x) => x.personId === c.personId)?.stage,
        'rejected',
      );
  });
});

describe('trusted contacts and links (R27–R31)', () => {
  it('R27: links, files and skills are kept for the team and never shown to the contact', async () => {
    const result = await admin.contacts.invite({
      name: 'Rosa Diaz',
      email: 'rosa@studio.example',
      links: ['https://portfolio.example/rosa'],
      files: ['rosa-cv.pdf'],
      skills: ['Welding'],
      message: 'Loved your work',
    });
    assert.equal(result.outcome, 'invited');
    assert.deepEqual(result.contact.links, ['https://portfolio.example/rosa']);
    const view = await invitee.invitee.view(await tokenFor('rosa@studio.example'));
    const seen = JSON.stringify(view) + JSON.stringify(await outbox('rosa@studio.example'));
    for (const secret of ['portfolio.example', 'rosa-cv.pdf', 'Welding'])
      assert.ok(!seen.includes(secret), secret);
    assert.equal(view.message, 'Loved your work');
  });

  it('R28: "Invite and offer job" also creates an offer for the chosen role', async () => {
    const result = await admin.contacts.invite({
      name: 'Ivo Petrov',
      email: 'ivo@crew.example',
      offerRoleId: 'role_traffic',
    });
    assert.equal(result.offeredRoleId, 'role_traffic');
    const pipeline = await admin.roles.pipeline('role_traffic');
    assert.equal(pipeline.candidates.find((c) => c.email === 'ivo@crew.example')?.stage, 'offered');
    assert.match(
      (await outbox('ivo@crew.example'))[0]?.text ?? '',
      /offered you Traffic controller/,
    );
  });

  it('R29: a contact who already has an account gets a connection request instead', async () => {
    const person = await personWith('active');
    const result = await admin.contacts.invite({ name: 'Known', email: person.email });
    assert.equal(result.outcome, 'connection-requested');
    assert.match((await outbox(person.email))[0]?.subject ?? '', /wants to connect/);
  });

  it('R30: a shareable link lands sign-ups as applied; they become active only when approved; a revoked link stops working', async () => {
    const link = await admin.pools.createLink('pool_civil');
    const token = new URL(link.url, 'http://x').searchParams.get('link')!;
    const signup = await invitee.links.signup(token, {
      email: 'walkin@example.net',
      dateOfBirth: '1988-08-08',
      firstName: 'Wal',
      lastName: 'Kin',
    });
    assert.equal(signup.status, 'applied');
    assert.notEqual(signup.accountStatus, 'active');
    const approved = await admin.links.approveSignup(signup.id);
    assert.equal(approved.accountStatus, 'active');
    assert.ok((await admin.people.get(signup.personId!)).poolIds.includes('pool_civil'));
    await admin.links.revoke(link.id);
    const late = await failure(() =>
      invitee.links.signup(token, {
        email: 'late@example.net',
        dateOfBirth: '1988-08-08',
        firstName: 'La',
        lastName: 'Te',
      }),
    );
    assert.equal(late.code, 'link_expired');
  });

  it('R31: a CSV of contacts is reviewed row by row, then only the selected rows are imported', async () => {
    const rows = [
      { name: 'Lee Park', email: 'lee@park.example', tags: 'rigging; night' },
      { name: '', email: 'nobody', tags: '' },
      { name: 'Bo Hale', email: 'bo@hale.example' },
    ];
    const review = await admin.contacts.import({ rows });
    assert.deepEqual(
      review.rows.map((r) => r.outcome),
      ['reviewed', 'reviewed', 'reviewed'],
    );
    assert.deepEqual(
      review.rows[1]?.problems.map((p) => p.field),
      ['name', 'email'],
    );
    assert.deepEqual(review.rows[0]?.tags, ['rigging', 'night']);
    assert.equal((await outbox('lee@park.example')).length, 0);
    const imported = await admin.contacts.import({ rows, select: [2, 3] });
    assert.deepEqual(
      imported.rows.map((r) => r.outcome),
      ['invited', 'skipped', 'reviewed'],
    );
    assert.equal((await outbox('lee@park.example')).length, 1);
    assert.equal((await outbox('bo@hale.example')).length, 0);
  });
});

describe('lists and the outbox (R32, R33)', () => {
  it('R32: invitations are listed by kind, target and status, searched, sorted and paged, without their tokens', async () => {
    const page = await admin.invitations.list({
      kind: ['project'],
      targetId: 'prj_riverside',
      status: ['pending'],
      sort: 'email',
      limit: 3,
    });
    assert.equal(page.items.length, 3);
    assert.ok(
      page.items.every(
        (i) => i.kind === 'project' && i.targetId === 'prj_riverside' && i.status === 'pending',
      ),
    );
    const emails = page.items.map((i) => i.email);
    assert.deepEqual(emails, [...emails].sort());
    assert.ok(page.nextCursor);
    assert.ok(page.counts.pending >= page.items.length);
    const all: string[] = [];
    for await (const item of admin.invitations.list({
      kind: ['project'],
      targetId: 'prj_riverside',
      status: ['pending'],
      sort: 'email',
      limit: 3,
    }))
      all.push(item.id);
    assert.equal(all.length, page.total);
    assert.equal(new Set(all).size, all.length);
    const row = page.items[0]!;
    for (const field of [
      'email',
      'targetName',
      'role',
      'status',
      'sentAt',
      'expiresAt',
      'sendCount',
      'invitedBy',
    ] as const)
      assert.ok(field in row, field);
    assert.ok(!JSON.stringify(page).includes('it_'), 'no token in a list');
    const searched = await admin.invitations.list({ q: emails[0]!.slice(0, 8).toUpperCase() });
    assert.ok(searched.items.some((i) => i.email === emails[0]));
  });

  it('R33: every change a person is told about writes exactly one outbox email, and silent changes write none', async () => {
    const before = (await outbox()).length;
    const { invitation } = await admin.projects.addMember('prj_riverside', {
      email: 'told@example.org',
      role: 'Member',
    });
    assert.equal((await outbox()).length, before + 1);
    await admin.invitations.resend(invitation!.id);
    assert.equal((await outbox()).length, before + 2);
    await admin.invitations.expire(invitation!.id);
    assert.equal((await outbox()).length, before + 2);
    assert.equal((await outbox('told@example.org')).length, 2);
  });
});
