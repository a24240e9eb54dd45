// fixture.json, the records a server under test loads on reset, is what the reference server
// answers (regenerate it with `pnpm --filter @invitekit/conformance fixture`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { buildFixture } from './fixture.js';

it('fixture.json is the reference server’s fixture, as its API answers it', async () => {
  const committed = readFileSync(new URL('../fixture.json', import.meta.url), 'utf8');
  assert.ok(
    committed === `${JSON.stringify(await buildFixture(), null, 1)}\n`,
    'packages/conformance/fixture.json is stale: run `pnpm --filter @invitekit/conformance fixture`',
  );
});
