import { createClient } from '@invitekit/sdk';

const client = createClient({ baseUrl: '/api/v1', token: 'demo-admin' });
// One page; `for await (const invitation of client.invitations.list(…))` walks every page.
const page = await client.invitations.list({
  kind: 'project',
  targetId: 'prj_riverside',
  status: ['pending'],
  sort: 'sentAt',
  order: 'desc',
  limit: 20,
});
console.log(page.items.map((invitation) => `${invitation.email}: ${invitation.status}`));
