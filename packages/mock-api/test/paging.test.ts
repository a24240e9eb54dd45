// A large store: pagination walks 10 000 invitations without gaps or repeats.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useMockApi } from './helpers.js';

const { mock, admin } = useMockApi({ seed: { size: 10_000 } });

describe('paging a large store', () => {
  it('R32: walking every page of 10 000+ invitations yields each exactly once, in order', async () => {
    const total = mock.domain.state.invitations.length;
    assert.ok(total > 10_000);
    const ids = new Set<string>();
    let last = '';
    let pages = 0;
    for await (const page of admin.invitations
      .list({ sort: 'sentAt', order: 'asc', limit: 500 })
      .pages()) {
      pages += 1;
      for (const item of page.items) {
        assert.ok(item.sentAt >= last, 'sorted by sentAt');
        last = item.sentAt;
        ids.add(item.id);
      }
    }
    assert.equal(ids.size, total);
    assert.equal(pages, Math.ceil(total / 500));
  });

  it('R32: a filtered list over 10 000 invitations counts every status', async () => {
    const page = await admin.invitations.list({ status: ['pending', 'expired'] });
    const counts = page.counts;
    assert.equal(page.total, counts.pending + counts.expired);
    assert.ok(counts.accepted > 0 && counts.declined > 0 && counts.revoked > 0);
  });
});
