import { createClient } from '@invitekit/sdk';

const client = createClient({ baseUrl: '/api/v1', token: 'demo-admin' });
const batch = await client.pools.createBatch('pool_civil', 'March intake');
const { entries } = await client.batches.upload(batch.id, [
  {
    line: 2,
    email: 'kai.snippet@example.com',
    dateOfBirth: '1990-04-03',
    firstName: 'Kai',
    lastName: 'Ngata',
  },
]);
console.log(entries.map((entry) => entry.check)); // ['new']: checked against existing profiles
const invited = await client.batches.invite(batch.id, { all: true });
console.log(invited.batch.counts);
