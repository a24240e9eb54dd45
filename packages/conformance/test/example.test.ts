// The small example backend (examples/partial-server: Node's http, none of the mock's code): the
// rules it implements pass, the others fail with the request and the answer, so the suite depends
// on the API and the test-control contract only.
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { runCli, startServer } from './helpers.js';

const server = startServer(
  ['server.mjs', '--port', '0'],
  new URL('../../../examples/partial-server/', import.meta.url),
);
after(() => server.stop());

it('a partial backend: R1 passes, the rest fail, each with the request and the answer', async () => {
  const { code, stdout } = await runCli([
    '--base-url',
    await server.base,
    '--admin-token',
    'example-admin',
  ]);
  assert.equal(code, 1);
  assert.match(stdout, /^R1 {3}pass$/m);
  assert.match(stdout, /^R2 {3}FAIL {2}2 of 2 tests$/m);
  assert.match(stdout, /^1 of 33 rules pass \(1 of 38 tests\)\.$/m);
  // A route it lacks: the request, and its 404.
  assert.match(
    stdout,
    /R2 ✗ R2: sending the platform invitation[^\n]*\n.*\n {4}request: POST http:\S+\/v1\/people\/per_\w+\/invite\n.*\n {4}answer: 404\n/,
  );
  // A fixture it lacks: the test says which record.
  assert.match(stdout, /^R6 ✗ .*\n {4}The fixture has a person whose account is active$/m);
});
