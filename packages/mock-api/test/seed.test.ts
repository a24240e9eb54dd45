// The seeded data set obeys the rules it is meant to demonstrate: nothing in it could not have
// happened by R7–R9 at the seeded moment (no expiry ahead of an expired invitation, nothing sent
// or answered in the future).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invitationStatuses } from '@invitekit/sdk/schemas';
import { createClock, createMockApi, INVITATION_TTL } from '../src/index.js';
import { START } from './helpers.js';

describe('the seed', () => {
  for (const size of [0, 2_000]) {
    it(`R7, R8: every seeded invitation is consistent with the rules at the seeded moment (size ${size})`, () => {
      const api = createMockApi({ clock: createClock(START), seed: { size } });
      const now = api.clock.now();
      const problems: string[] = [];
      for (const i of api.domain.state.invitations) {
        const status = api.domain.statusOf(i);
        const say = (what: string) => problems.push(`${i.id} (${i.status}): ${what}`);
        if (i.sentAt > now) say('sent in the future');
        if (i.lastSentAt < i.sentAt || i.lastSentAt > now) say('last sent outside [sent, now]');
        if (i.respondedAt !== null && (i.respondedAt < i.sentAt || i.respondedAt > now))
          say('answered outside [sent, now]');
        if (status === 'expired' && i.expiresAt > now) say('expired, with its expiry ahead');
        if (i.status === 'pending' && i.expiresAt !== i.lastSentAt + INVITATION_TTL)
          say('pending, but not valid 30 days from its last send');
      }
      assert.deepEqual(problems, []);
      const statuses = new Set(api.domain.state.invitations.map((i) => api.domain.statusOf(i)));
      for (const status of invitationStatuses)
        assert.ok(statuses.has(status), `the seed shows ${status}`);
    });
  }
});
