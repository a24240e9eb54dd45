// The host rows the table benchmarks give <invitation-table>: `n` invitations sent a minute apart
// from 1 October 2026, in every status, two in three with a person's name.
import type { Invitation } from '@invitekit/sdk';

const statuses = ['pending', 'accepted', 'declined', 'expired', 'revoked'] as const;
export const START = Date.UTC(2026, 9, 1);

export const invitations = (n: number): Invitation[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `inv_${i}`,
    kind: 'project',
    targetId: 'prj_1',
    targetName: 'Riverside Tower',
    role: 'Member',
    email: `person${i}@example.com`,
    personId: null,
    personName: i % 3 ? `Person ${i}` : null,
    message: null,
    status: statuses[i % 5] ?? 'pending',
    sentAt: new Date(START + i * 60_000).toISOString(),
    expiresAt: new Date(START + i * 60_000 + 30 * 86_400_000).toISOString(),
    sendCount: 1 + (i % 4),
    lastSentAt: new Date(START + i * 60_000).toISOString(),
    invitedBy: 'Alex Rivera',
    respondedAt: null,
  }));
