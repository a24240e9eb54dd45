// The mock API's handler time for writes (R16, R7): 25,000 rows uploaded into one batch in five
// uploads of 5,000 (`upload`, linear in the batch and the rows), and one invitation added to a
// store of N invitations (`write`, independent of N: indexes, and an undo journal instead of a
// copy of the store). The full handler path each time, without a network in between.
import { getResponse } from 'msw';
import { createClock, createMockApi } from '@invitekit/mock-api';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 0);
const rowsTotal = Number(params.get('rows') ?? 0);
const api = createMockApi({
  clock: createClock(Date.UTC(2026, 10, 2)),
  seed: { size: n },
  rateLimit: false,
});

async function call(method: string, path: string, body: unknown): Promise<{ id: string }> {
  const response = await getResponse(
    api.handlers,
    new Request(`http://bench.test/v1${path}`, {
      method,
      headers: { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  if (!response || response.status >= 300)
    throw new Error(`${path} failed: ${String(response?.status)}`);
  return (await response.json()) as { id: string };
}

if (rowsTotal) {
  const batch = await call('POST', '/pools/pool_civil/batches', { name: 'Bench' });
  const rows = Array.from({ length: rowsTotal }, (_, i) => ({
    email: `row${String(i)}@bulk.example`,
    dateOfBirth: '1990-01-01',
    firstName: 'Row',
    lastName: `Number ${String(i)}`,
    mobile: `+6141${String(i).padStart(7, '0')}`,
  }));
  performance.mark('start');
  for (let i = 0; i < rowsTotal; i += 5000)
    await call('POST', `/batches/${batch.id}/rows`, { rows: rows.slice(i, i + 5000) });
  performance.mark('end');
  performance.measure('upload', 'start', 'end');
} else {
  await call('POST', '/projects/prj_riverside/members', {
    email: 'warm@example.org',
    role: 'Member',
  });
  performance.mark('start');
  await call('POST', '/projects/prj_riverside/members', {
    email: 'one@example.org',
    role: 'Member',
  });
  performance.mark('end');
  performance.measure('write', 'start', 'end');
}
