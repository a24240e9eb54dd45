// The standalone server: real HTTP on loopback, as curl or another language would use it, and as
// a web page on another origin would try to.
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@invitekit/sdk';
import { createMockApi } from '../src/index.js';
import { startServer } from './helpers.js';

const control = { 'x-invitekit-mock': '1' };

/**
 * Sends a request whose body is written in 64 KiB chunks up to `bytes` (never ended), and
 * resolves with the answer as soon as it comes: a server that waits for the whole body first
 * never answers. The client is slow, as on a busy machine: it stops for 20 ms each time its
 * send buffer fills, so a server that closes with the body unread resets the connection before
 * the answer is read, and the answer is lost (which fails here, with the reset).
 */
function answerBeforeBodyEnds(
  url: string,
  headers: Record<string, string>,
  bytes: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(url, { method: 'POST', headers });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered)
        reject(
          new Error(`The connection failed before an answer came: ${error.code ?? error.message}`),
        );
    });
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (written < bytes && !answered) {
        written += chunk.length;
        if (!req.write(chunk)) {
          const busyUntil = Date.now() + 20;
          while (Date.now() < busyUntil);
          req.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

describe('pnpm mock-api (the standalone server)', () => {
  const server = startServer(['--seed', '1']);
  let base = '';
  before(async () => {
    base = await server.base;
  });
  after(() => server.stop());

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

  it('R7, R33: the SDK in Node works against it, and the outbox is readable with the control header', async () => {
    const client = createClient({ baseUrl: base, token: 'demo-admin' });
    const result = await client.projects.addMember('prj_riverside', {
      email: 'over.http@example.org',
      role: 'Member',
    });
    assert.equal(result.outcome, 'invited');
    const outbox = (await (
      await fetch(`${base}/_mock/outbox?to=over.http@example.org`, { headers: control })
    ).json()) as { items: unknown[] };
    assert.equal(outbox.items.length, 1);
  });

  it('the /_mock controls answer only requests with X-Invitekit-Mock: 1, and no other origin may send it', async () => {
    const outbox = await fetch(`${base}/_mock/outbox`);
    assert.equal(outbox.status, 403);
    assert.match(((await outbox.json()) as { message: string }).message, /X-Invitekit-Mock: 1/);
    const digest = async () =>
      (
        (await (await fetch(`${base}/_mock/digest`, { headers: control })).json()) as {
          digest: string;
        }
      ).digest;
    const before = await digest();
    // What a form or a no-cors fetch on any page can send without asking first:
    const reset = await fetch(`${base}/_mock/reset`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: '{}',
    });
    assert.equal(reset.status, 403);
    assert.equal(reset.headers.get('access-control-allow-origin'), null);
    assert.equal(await digest(), before);
    for (const origin of ['https://evil.example', 'http://localhost:3000']) {
      const preflight = await fetch(`${base}/_mock/outbox`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'x-invitekit-mock',
        },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null, origin);
    }
  });

  it('the API allows pages of this machine across origins, never any page (no CORS *)', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/invitations`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const local = await preflight('http://localhost:5173');
    assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const evil = await preflight('https://evil.example');
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const listed = await fetch(`${base}/invitations`, {
      headers: { authorization: 'Bearer demo-admin', origin: 'https://evil.example' },
    });
    assert.equal(listed.headers.get('access-control-allow-origin'), null);
  });

  it('a request naming another host (DNS rebinding) is refused', async () => {
    const { status } = await new Promise<{ status: number }>((resolve, reject) => {
      const url = new URL(`${base}/_mock/outbox`);
      httpRequest(url, { headers: { ...control, host: `evil.example:${url.port}` } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      })
        .on('error', reject)
        .end();
    });
    assert.equal(status, 403);
  });

  // A server that reads the whole body first never answers: the timeout makes that a failure.
  it(
    'a body without a token is answered 401 before the body is read',
    { timeout: 30_000 },
    async () => {
      // The request is never ended: any answer at all came before the body was read.
      const { status } = await answerBeforeBodyEnds(
        `${base}/projects/prj_riverside/members`,
        { 'content-type': 'application/json' },
        2 * 1024 * 1024,
      );
      assert.equal(status, 401);
    },
  );

  // A server that reads the whole body first never answers: the timeout makes that a failure.
  it(
    'a declared Content-Length over the limit is 413 before the body; an endless one is cut at the limit',
    { timeout: 30_000 },
    async () => {
      const declared = await answerBeforeBodyEnds(
        `${base}/projects/prj_riverside/members`,
        {
          authorization: 'Bearer demo-admin',
          'content-type': 'application/json',
          'content-length': String(64 * 1024 * 1024),
        },
        2 * 1024 * 1024,
      );
      assert.equal(declared.status, 413);
      const endless = await answerBeforeBodyEnds(
        `${base}/projects/prj_riverside/members`,
        { authorization: 'Bearer demo-admin', 'content-type': 'application/json' },
        2 * 1024 * 1024,
      );
      assert.equal(endless.status, 413);
      assert.match(endless.body, /larger than 1024 KiB/);
      assert.equal(
        (await fetch(`${base}/pools`, { headers: { authorization: 'Bearer demo-admin' } })).status,
        200,
      );
    },
  );

  it('--seed fixes the seeded invitation tokens; without it they come from a random secret', async () => {
    // Sign-ups in the seed come through the API as a visitor's would, with the API's own tokens.
    const seeded = (api: ReturnType<typeof createMockApi>) =>
      api.domain.state.invitations.filter((i) => !i.signupId).map((i) => i.token);
    const a = seeded(createMockApi());
    const b = seeded(createMockApi());
    assert.equal(a.length, b.length);
    assert.ok(a.every((token, i) => token !== b[i]));
    assert.ok(a.every((token) => /^it_[0-9a-f]{32}$/.test(token)));
    const fixed = seeded(createMockApi({ seed: { seed: 1 } }));
    assert.deepEqual(fixed, seeded(createMockApi({ seed: { seed: 1 } })));
    const first = createMockApi({ seed: { seed: 1 } }).domain.state.invitations.find(
      (i) => i.status === 'pending' && i.expiresAt > Date.now(),
    );
    const detail = (await (
      await fetch(`${base}/invitations/${first?.id ?? ''}`, {
        headers: { authorization: 'Bearer demo-admin' },
      })
    ).json()) as { link: string | null };
    assert.ok(detail.link?.endsWith(encodeURIComponent(first?.token ?? '-')), detail.link ?? '');
  });
});
