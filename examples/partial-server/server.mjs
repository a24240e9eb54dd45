#!/usr/bin/env node
// A deliberately small Invitekit backend: Node's `http` and plain objects, no framework and none
// of the mock's code. It implements people (create, get, list), an invitations list that stays
// empty, and the test-control contract; nothing else. Run the conformance suite against it to see
// what a partial implementation's report looks like (docs/backend.md walks through it).
//
//   node examples/partial-server/server.mjs --port 8080
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });

const tokens = { admin: 'example-admin', member: 'example-member', otherAdmin: 'example-other' };
const workspaceOf = {
  [tokens.admin]: 'ws_1',
  [tokens.member]: 'ws_1',
  [tokens.otherAdmin]: 'ws_2',
};
const admins = new Set([tokens.admin, tokens.otherAdmin]);

// The store, and the clock tests move.
let people = [];
let outbox = [];
let frozenAt = null;
const now = () => frozenAt ?? Date.now();

function reset() {
  people = [];
  outbox = [];
  frozenAt = null;
}

const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const error = (res, status, code, message, fieldErrors) =>
  json(res, status, { code, message, ...(fieldErrors ? { fieldErrors } : {}) });

async function bodyOf(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}

const personView = (p) => ({
  id: p.id,
  email: p.email,
  dateOfBirth: null,
  firstName: p.firstName,
  middleNames: '',
  lastName: p.lastName,
  preferredName: null,
  mobile: null,
  skills: [],
  certifications: [],
  accountStatus: p.accountStatus,
  poolIds: [],
  createdAt: new Date(p.createdAt).toISOString(),
});

/** The test-control contract: test mode only, and only with `X-Invitekit-Mock: 1`. */
async function control(req, res, route) {
  if (req.headers['x-invitekit-mock'] !== '1')
    return error(res, 403, 'forbidden', 'Test controls need the header X-Invitekit-Mock: 1.');
  if (route === 'GET /tokens') return json(res, 200, tokens);
  if (route === 'POST /reset') {
    reset();
    return json(res, 200, { ok: true });
  }
  if (route === 'GET /clock') return json(res, 200, { now: new Date(now()).toISOString() });
  if (route === 'POST /clock') {
    const body = (await bodyOf(req)) ?? {};
    let time = body.set === undefined ? now() : Date.parse(body.set);
    if (Number.isNaN(time))
      return error(res, 400, 'validation', 'Not a time', { set: ['Not an ISO date'] });
    time += (body.advanceMs ?? 0) + (body.advanceDays ?? 0) * 86_400_000;
    frozenAt = body.freeze || frozenAt !== null ? time : null;
    return json(res, 200, { now: new Date(now()).toISOString() });
  }
  if (route === 'GET /outbox') {
    const to = new URL(req.url, 'http://x').searchParams.get('to');
    return json(res, 200, { items: outbox.filter((m) => !to || m.to === to) });
  }
  if (route === 'GET /digest')
    return json(res, 200, {
      digest: createHash('sha256')
        .update(JSON.stringify({ people, outbox }))
        .digest('hex')
        .slice(0, 16),
    });
  return error(res, 404, 'not_found', `No test control ${route}`);
}

async function api(req, res, route, caller) {
  const workspace = workspaceOf[caller];
  if (!workspace) return error(res, 401, 'unauthorized', 'A bearer token is required.');
  if (!admins.has(caller)) return error(res, 403, 'forbidden', 'Only an admin may do this.');
  const own = people.filter((p) => p.workspaceId === workspace);
  if (route === 'POST /people') {
    const body = await bodyOf(req);
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    const problems = {};
    if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(email)) problems.email = ['Enter a valid email'];
    for (const field of ['firstName', 'lastName'])
      if (typeof body?.[field] !== 'string' || !body[field].trim()) problems[field] = ['Required'];
    if (Object.keys(problems).length)
      return error(res, 400, 'validation', 'Check the highlighted fields.', problems);
    if (people.some((p) => p.email === email))
      return error(res, 409, 'conflict', 'A person with this email already exists.');
    const person = {
      id: `per_${randomUUID().slice(0, 8)}`,
      email,
      firstName: body.firstName.trim(),
      lastName: body.lastName.trim(),
      accountStatus: 'initial',
      workspaceId: workspace,
      createdAt: now(),
    };
    people.push(person);
    return json(res, 201, personView(person));
  }
  if (route === 'GET /people') {
    const query = new URL(req.url, 'http://x').searchParams;
    const statuses = query.get('status')?.split(',');
    const items = own.filter((p) => !statuses || statuses.includes(p.accountStatus));
    const counts = Object.fromEntries(
      ['initial', 'invited', 'active', 'disabled'].map((s) => [
        s,
        own.filter((p) => p.accountStatus === s).length,
      ]),
    );
    const limit = Number(query.get('limit') ?? 50);
    return json(res, 200, {
      items: items.slice(0, limit).map(personView),
      nextCursor: null,
      total: items.length,
      counts,
    });
  }
  const personId = /^GET \/people\/([^/]+)$/.exec(route)?.[1];
  if (personId) {
    const person = people.find((p) => p.id === personId);
    if (!person) return error(res, 404, 'not_found', 'No such person.');
    if (person.workspaceId !== workspace)
      return error(res, 403, 'forbidden', 'Not your workspace.');
    return json(res, 200, personView(person));
  }
  if (route === 'GET /invitations') {
    const counts = { pending: 0, accepted: 0, declined: 0, expired: 0, revoked: 0 };
    return json(res, 200, {
      items: [],
      nextCursor: null,
      total: 0,
      counts,
      asOf: new Date(now()).toISOString(),
    });
  }
  return error(res, 404, 'not_found', `Not implemented here: ${route}`);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname.replace(/^\/v1/, '');
  const caller = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const handled = path.startsWith('/_mock/')
    ? control(req, res, `${req.method} ${path.slice('/_mock'.length)}`)
    : api(req, res, `${req.method} ${path}`, caller);
  handled.catch((e) => error(res, 500, 'bad_response', String(e)));
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Example backend on http://127.0.0.1:${server.address().port}/v1`);
  console.log(`  admin token: ${tokens.admin}`);
});
