// Edges of the rules that the main rule tests pass by: each test here was written to kill a
// surviving mutant of domain.ts (`pnpm mutate`), so a change to that rule fails a test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useMockApi } from './helpers.js';

const { admin } = useMockApi();

describe('rule edges', () => {
  it('the pools listed are the workspace’s own, with their member counts', async () => {
    const { items } = await admin.pools.list();
    assert.deepEqual(
      items.map((p) => p.id),
      ['pool_civil', 'pool_electrical', 'pool_safety'],
    );
    assert.ok(items.every((p) => p.memberCount > 0));
  });
});
