// What the pipeline board needs of the API beyond the bare moves (R21–R26): who a candidate is,
// how long they have waited, the order the team keeps, and rejections with a reason and an
// optional email. Each is also tried from another workspace.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi } from '../src/index.js';
import { DAY, START, failure, snapshot, tokenFor, useMockApi } from './helpers.js';

const { mock, clock, admin, client } = useMockApi();
const invitee = client('');
const other = client('demo-admin-other');

async function inStage(stage: string, roleId = 'role_crane') {
  const { candidates } = await admin.roles.pipeline(roleId);
  return candidates.filter((c) => c.stage === stage);
}

describe('the pipeline board (R21–R26)', () => {
  it('R21: a candidate carries their legal name, every certification they hold, and when they entered their stage', async () => {
    const { candidates } = await admin.roles.pipeline('role_crane');
    const match = candidates.find((c) => c.stage === 'matches');
    const person = await admin.people.get(match!.personId);
    assert.equal(
      match!.legalName,
      [person.firstName, person.middleNames, person.lastName].filter(Boolean).join(' '),
    );
    assert.deepEqual(match!.certifications, person.certifications);
    assert.equal(match!.stageSince, null);
    const applied = candidates.find((c) => c.stage === 'applied');
    assert.ok(applied?.stageSince && Date.parse(applied.stageSince) < START);
  });

  it('R24: applying starts the time in Applied afresh', async () => {
    const [candidate] = (await inStage('matches')).filter((c) => c.accountStatus === 'active');
    await admin.roles.invite('role_crane', { personIds: [candidate!.personId] });
    clock.advance(3 * DAY);
    await invitee.invitee.apply(tokenFor(mock, candidate!.email));
    const applied = (await inStage('applied')).find((c) => c.personId === candidate!.personId);
    assert.equal(applied?.stageSince, new Date(START + 3 * DAY).toISOString());
  });

  it('R26: a rejection keeps its reason for the team, never in the email; `notify: false` emails no one', async () => {
    const [a, b] = await inStage('applied');
    const before = mock.outbox().length;
    const result = await admin.roles.reject('role_crane', {
      personIds: [a!.personId],
      reason: '  No crane licence on file  ',
    });
    assert.equal(result.results[0]?.candidate?.rejectionReason, 'No crane licence on file');
    const email = mock.outbox(a!.email).at(-1);
    assert.match(email?.subject ?? '', /Update on Crane operator/);
    assert.doesNotMatch(email?.text ?? '', /licence on file/);
    await admin.roles.reject('role_crane', {
      personIds: [b!.personId],
      reason: 'Moved interstate',
      notify: false,
    });
    assert.equal(mock.outbox().length, before + 1);
    const rejected = await inStage('rejected');
    assert.equal(
      rejected.find((c) => c.personId === b!.personId)?.rejectionReason,
      'Moved interstate',
    );
  });

  it('R26: a reason longer than 500 characters is refused by field, and nothing changes', async () => {
    const [a] = await inStage('offered');
    const state = snapshot(mock);
    const error = await failure(() =>
      admin.roles.reject('role_crane', { personIds: [a!.personId], reason: 'x'.repeat(501) }),
    );
    assert.equal(error.code, 'validation');
    assert.deepEqual(Object.keys(error.fieldErrors), ['reason']);
    assert.equal(snapshot(mock), state);
  });

  it('R26: another workspace cannot reject, move or reorder this role’s candidates, and nothing changes', async () => {
    const [a, b] = await inStage('invited');
    const state = snapshot(mock);
    for (const call of [
      () => other.roles.reject('role_crane', { personIds: [a!.personId], reason: 'x' }),
      () => other.roles.move('role_crane', a!.personId, { stage: 'rejected', notify: false }),
      () => other.roles.move('role_crane', a!.personId, { stage: 'invited', before: b!.personId }),
    ]) {
      assert.equal((await failure(call)).code, 'forbidden');
    }
    assert.equal(snapshot(mock), state);
  });

  it('R21: the board keeps the team’s order: a move lands where asked, a reorder changes no stage and sends nothing', async () => {
    const applied = await inStage('applied');
    const offered = await inStage('offered');
    assert.ok(applied.length >= 3 && offered.length >= 2);
    // Offer the last applicant, placed before the first one already offered.
    const mover = applied.at(-1)!;
    const moved = await admin.roles.move('role_crane', mover.personId, {
      stage: 'offered',
      before: offered[0]!.personId,
    });
    assert.equal(moved.stage, 'offered');
    assert.deepEqual(
      (await inStage('offered')).map((c) => c.personId),
      [mover.personId, ...offered.map((c) => c.personId)],
    );
    // Reorder inside Applied: the first goes to the end, then back before the (new) first.
    const emails = mock.outbox().length;
    const [first, second] = applied;
    const end = await admin.roles.move('role_crane', first!.personId, {
      stage: 'applied',
      before: null,
    });
    assert.equal(end.stage, 'applied');
    assert.equal((await inStage('applied')).at(-1)?.personId, first!.personId);
    await admin.roles.move('role_crane', first!.personId, {
      stage: 'applied',
      before: second!.personId,
    });
    assert.deepEqual(
      (await inStage('applied')).map((c) => c.personId),
      applied.slice(0, -1).map((c) => c.personId),
    );
    assert.equal(mock.outbox().length, emails);
  });

  it('R25: a place before someone who is not in the target stage is refused by field, and nothing changes', async () => {
    const [applicant] = await inStage('applied');
    const [invited] = await inStage('invited');
    const state = snapshot(mock);
    const error = await failure(() =>
      admin.roles.move('role_crane', applicant!.personId, {
        stage: 'offered',
        before: invited!.personId,
      }),
    );
    assert.equal(error.code, 'validation');
    assert.deepEqual(Object.keys(error.fieldErrors), ['before']);
    const matches = await inStage('matches');
    const reorder = await failure(() =>
      admin.roles.move('role_crane', matches[0]!.personId, {
        stage: 'matches',
        before: null,
      }),
    );
    assert.equal(reorder.code, 'invalid_transition');
    assert.equal(snapshot(mock), state);
  });

  it('seed: `candidates` adds a role with that many candidates at every stage (2,000: 500 applicants)', () => {
    const api = createMockApi({ seed: { candidates: 2000 } });
    const pipeline = api.domain.pipeline(
      { workspaceId: 'ws_harbour', name: 'Alex Rivera' },
      'role_bulk',
    );
    assert.equal(pipeline.candidates.length, 2000);
    const count = (stage: string) => pipeline.candidates.filter((c) => c.stage === stage).length;
    assert.equal(count('applied'), 500);
    for (const stage of ['matches', 'invited', 'offered', 'confirmed', 'rejected'])
      assert.ok(count(stage) > 0, stage);
  });
});
