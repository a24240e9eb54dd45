import { createClient, isInvitekitError } from '@invitekit/sdk';

const client = createClient({ baseUrl: '/api/v1', token: 'demo-admin' });
try {
  const added = await client.projects.addMember('prj_riverside', {
    email: 'ana.snippet@example.com',
    role: 'Member',
  });
  console.log(added.outcome); // 'invited', or 'added' for someone already in the workspace
} catch (error) {
  if (isInvitekitError(error, 'conflict')) console.log('Already invited', error.details);
  else throw error;
}
