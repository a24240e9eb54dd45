import { createClient } from '@invitekit/sdk';

const client = createClient({ baseUrl: '/api/v1', token: 'demo-admin' });
const { role, candidates } = await client.roles.pipeline('role_crane');
// Someone in Matches who can be invited now (no warning: an active account, R23).
const match = candidates.find((candidate) => candidate.stage === 'matches' && !candidate.warning);
if (match) {
  const { results } = await client.roles.invite(role.id, { personIds: [match.personId] });
  // One result per person: ok, or the reason this one could not move.
  console.log(results.map((result) => (result.ok ? 'invited' : result.error?.message)));
}
