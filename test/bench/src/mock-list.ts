// The mock API's handler time for a filtered, searched list over N invitations (R32): the full
// handler path (auth, query validation, filter, sort, page), without a network in between.
import { getResponse } from 'msw';
import { createClock, createMockApi } from '@invitekit/mock-api';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const api = createMockApi({
  clock: createClock(Date.UTC(2026, 10, 2)),
  seed: { size: n },
  rateLimit: false,
});
const request = () =>
  new Request(
    'http://bench.test/v1/invitations?status=pending,expired&q=load&sort=email&limit=50',
    {
      headers: { authorization: 'Bearer demo-admin' },
    },
  );

await getResponse(api.handlers, request()); // warm up
performance.mark('start');
const response = await getResponse(api.handlers, request());
performance.mark('end');
performance.measure('list', 'start', 'end');
if (response?.status !== 200) throw new Error(`list failed: ${String(response?.status)}`);
