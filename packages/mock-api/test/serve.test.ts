// The standalone server: real HTTP on loopback, as curl or another language would use it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@invitekit/sdk';

describe('pnpm mock-api (the standalone server)', () => {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/serve.ts', '--port', '0'],
    {
      cwd: new URL('..', import.meta.url),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let base = '';

  before(async () => {
    let output = '';
    while (!/on (http:\S+)/.test(output)) {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      output += chunk.toString();
    }
    base = /on (http:\S+)/.exec(output)?.[1] ?? '';
  });
  after(() => child.kill());

  it('R32: lists invitations over HTTP with a demo token, and says 401 without one', async () => {
    const response = await fetch(`${base}/invitations?status=pending&limit=5`, {
      headers: { authorization: 'Bearer demo-admin' },
    });
    assert.equal(response.status, 200);
    const page = (await response.json()) as { items: { status: string }[]; total: number };
    assert.equal(page.items.length, 5);
    assert.ok(page.items.every((i) => i.status === 'pending'));
    assert.equal((await fetch(`${base}/invitations`)).status, 401);
  });

  it('R7, R33: the SDK in Node works against it, and the outbox is readable', async () => {
    const client = createClient({ baseUrl: base, token: 'demo-admin' });
    const result = await client.projects.addMember('prj_riverside', {
      email: 'over.http@example.org',
      role: 'Member',
    });
    assert.equal(result.outcome, 'invited');
    const outbox = (await (
      await fetch(`${base}/_mock/outbox?to=over.http@example.org`)
    ).json()) as { items: unknown[] };
    assert.equal(outbox.items.length, 1);
  });
});
