// The suite over HTTP against the standalone mock server, as a backend team runs it against
// theirs: every rule passes. And the CLI's answers when it cannot run.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { runCli, startServer } from './helpers.js';

const server = startServer(
  ['src/serve.ts', '--port', '0', '--rate-limit', 'off'],
  new URL('../../mock-api/', import.meta.url),
);
after(() => server.stop());

describe('invitekit-conformance', () => {
  it('passes every rule against the standalone mock server, over HTTP', async () => {
    const { code, stdout } = await runCli([
      '--base-url',
      await server.base,
      '--admin-token',
      'demo-admin',
    ]);
    assert.match(stdout, /^R1 {3}pass$/m);
    assert.match(stdout, /^R33 {2}pass$/m);
    assert.match(stdout, /^33 of 33 rules pass \(38 of 38 tests\)\.$/m);
    assert.equal(code, 0, stdout);
  });

  it('runs only the rules asked for', async () => {
    const base = await server.base;
    const { code, stdout } = await runCli([
      '--base-url',
      base,
      '--admin-token',
      'demo-admin',
      '--only',
      'R7,r30',
    ]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^2 of 2 rules pass \(3 of 3 tests\)\.$/m);
  });

  it('fails the rules a wrong token breaks, with the request and the answer', async () => {
    const base = await server.base;
    const { code, stdout } = await runCli([
      '--base-url',
      base,
      '--admin-token',
      'demo-member',
      '--only',
      'R1',
    ]);
    assert.equal(code, 1);
    assert.match(stdout, /^R1 {3}FAIL {2}1 of 1 tests$/m);
    assert.match(stdout, /request: POST http:\S+\/v1\/people\n/);
    assert.match(stdout, /answer: 403\n.*"code":"forbidden"/);
  });

  it('says in one line why it cannot run', async () => {
    const unreachable = await runCli(['--base-url', 'http://127.0.0.1:9/v1', '--admin-token', 'x']);
    assert.equal(unreachable.code, 2);
    assert.match(
      unreachable.stderr,
      /^Cannot reach http:\/\/127\.0\.0\.1:9\/v1 \(.*\): is the server running\?\n$/,
    );
    const noUrl = await runCli(['--admin-token', 'x']);
    assert.equal(noUrl.code, 2);
    assert.match(noUrl.stderr, /^--base-url is required\./);
    const notUrl = await runCli(['--base-url', 'localhost', '--admin-token', 'x']);
    assert.match(notUrl.stderr, /^--base-url is not a URL: localhost/);
    const base = await server.base;
    const noControl = await runCli(['--base-url', `${base}/nowhere`, '--admin-token', 'x']);
    assert.equal(noControl.code, 2);
    assert.match(noControl.stderr, /_mock\/tokens answered 404: the server must run in test mode/);
  });
});
