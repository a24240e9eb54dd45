// Parsing an N-invitation list response with its schema, the way the SDK parses every answer.
import { InvitationPage, parseWith } from '@invitekit/sdk/schemas';
import { createClock, createMockApi } from '@invitekit/mock-api';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const api = createMockApi({
  clock: createClock(Date.UTC(2026, 10, 2)),
  seed: { size: n, people: 200 },
});
const admin = { workspaceId: 'ws_harbour', name: 'Bench' };
const page = api.domain.listInvitations(admin, { limit: n });
const body: unknown = JSON.parse(JSON.stringify(page));

performance.mark('start');
const parsed = parseWith(InvitationPage, body);
performance.mark('end');
performance.measure('parse', 'start', 'end');
if (!parsed.success || parsed.data.items.length < n) throw new Error('parse failed');
