// The review step's question, answered by the API: what adding this member would do, worked out by
// the same rules as adding them, changing nothing; a refusal is the same error, with details a
// client can word in its own language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failure, snapshot, useMockApi } from './helpers.js';

const { mock, admin } = useMockApi();

async function someone(where: (p: { platformRole: string; accountStatus: string }) => boolean) {
  const all = (await admin.people.list({ limit: 500 })).items;
  const found = all.find((p) => {
    const record = mock.domain.personByEmail(p.email);
    return record !== undefined && where(record);
  });
  assert.ok(found, 'the seed has such a person');
  return found;
}

describe('checking a member before sending (R5)', () => {
  it('R5, R6, R7: says added for an active person and invited for a new email, changing nothing', async () => {
    const active = await someone((p) => p.platformRole === 'staff' && p.accountStatus === 'active');
    const members = (await admin.projects.members('prj_eastlink')).items;
    const outsider = members.some((m) => m.personId === active.id)
      ? 'prj_riverside'
      : 'prj_eastlink';
    const before = snapshot(mock);
    const added = await admin.projects.checkMember(outsider, {
      email: active.email,
      role: 'Member',
    });
    assert.equal(added.outcome, 'added');
    assert.equal(added.person?.id, active.id);
    const invited = await admin.projects.checkMember('prj_riverside', {
      email: 'nobody.yet@example.org',
      role: 'Member',
    });
    assert.deepEqual(invited, { outcome: 'invited', person: null });
    assert.equal(snapshot(mock), before);
    assert.equal(mock.outbox().length, 0);
  });

  it('R11: a conflicting platform role is refused as sending would be, with the roles in details', async () => {
    const client = await someone(
      (p) => p.platformRole === 'client' && p.accountStatus === 'active',
    );
    const before = snapshot(mock);
    const error = await failure(() =>
      admin.projects.checkMember('prj_eastlink', { email: client.email, role: 'Manager' }),
    );
    assert.equal(error.code, 'conflict');
    assert.deepEqual(
      {
        ...error.details,
        personId: typeof error.details.personId,
        personName: typeof error.details.personName,
      },
      {
        personId: 'string',
        reason: 'platform_role',
        conflictingRole: 'Client',
        requestedRole: 'Manager',
        allowedRole: 'Viewer',
        personName: 'string',
      },
    );
    const sent = await failure(() =>
      admin.projects.addMember('prj_eastlink', { email: client.email, role: 'Manager' }),
    );
    assert.deepEqual(sent.details, error.details);
    assert.equal(snapshot(mock), before);
  });

  it('R12: an account not activated, or disabled, is refused with its status and name', async () => {
    for (const status of ['invited', 'disabled'] as const) {
      const person = await someone((p) => p.platformRole === 'staff' && p.accountStatus === status);
      const error = await failure(() =>
        admin.projects.checkMember('prj_riverside', { email: person.email, role: 'Member' }),
      );
      assert.equal(error.code, 'inactive_user');
      assert.equal(error.details.accountStatus, status);
      assert.equal(error.details.personId, person.id);
      assert.equal(typeof error.details.personName, 'string');
    }
  });

  it('R13: a pending invitation to the project is refused, naming it and when it was sent', async () => {
    const first = await admin.projects.addMember('prj_riverside', {
      email: 'pending.one@example.org',
      role: 'Viewer',
    });
    const error = await failure(() =>
      admin.projects.checkMember('prj_riverside', {
        email: 'pending.one@example.org',
        role: 'Member',
      }),
    );
    assert.equal(error.code, 'conflict');
    assert.deepEqual(error.details, {
      reason: 'pending_invitation',
      invitationId: first.invitation?.id,
      role: 'Viewer',
      sentAt: first.invitation?.lastSentAt,
    });
  });

  it('R9: resending an expired invitation is refused, saying the status that blocks it', async () => {
    const { invitation } = await admin.projects.addMember('prj_riverside', {
      email: 'moved@example.org',
      role: 'Member',
    });
    await admin.invitations.expire(invitation!.id);
    const error = await failure(() => admin.invitations.resend(invitation!.id));
    assert.equal(error.code, 'invalid_transition');
    assert.deepEqual(error.details, { status: 'expired' });
  });
});
