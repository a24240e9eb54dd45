// Property-based fuzzing of every route in openapi.json, against the standalone server over
// HTTP: random bodies (shaped by the document's schemas, or not at all), queries, path ids and
// headers. After each request: the status is one the document lists for that operation, an error
// has a well-formed body whose code matches its status, a success matches the contract's
// response schema, and a refused request (or any read) left the store's digest as it was.
//
// `pnpm test:node` runs FUZZ_RUNS (default 150) seeded runs; `pnpm fuzz` runs many more
// (FUZZ_RUNS, FUZZ_SEED to reproduce a failure: the seed is printed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { statusOfError } from '@invitekit/sdk/schemas';
import {
  accountStatuses,
  ErrorBodySchema,
  invitationKinds,
  invitationStatuses,
  operations,
  type Operation,
} from '@invitekit/sdk/schemas';
import { startServer } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261102);

type Schema = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, DocOperation>>;
  components: { schemas: Record<string, Schema> };
}
interface DocOperation {
  operationId: string;
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, unknown>;
}

const doc = JSON.parse(
  readFileSync(new URL('../../sdk/openapi.json', import.meta.url), 'utf8'),
) as Doc;

/** A value chosen when the request is sent, from what earlier answers revealed. */
class Pick {
  constructor(
    readonly from: 'id' | 'email' | 'cursor' | 'token' | 'link',
    readonly n: number,
    /** For ids: the kind wanted (`per_`…), most of the time. */
    readonly prefix = '',
  ) {}
}
const pick = (from: Pick['from'], prefix = '') =>
  fc.nat().map((n) => new Pick(from, n, n % 5 === 0 ? '' : prefix));
/** The id prefix a path parameter or body field most likely wants. */
const prefixOf = (name: string) =>
  ({
    personId: 'per_',
    personIds: 'per_',
    invitationId: 'inv_',
    batchId: 'bat_',
    entryId: 'ent_',
    entryIds: 'ent_',
    linkId: 'lnk_',
    signupId: 'sgn_',
    projectId: 'prj_',
    roleId: 'role_',
    offerRoleId: 'role_',
    poolId: 'pool_',
  })[name] ?? '';

/** What the fuzzer has seen so far: ids, emails, cursors, invitation and link tokens. */
const seen: Record<Pick['from'], string[]> = {
  id: [
    'prj_riverside',
    'prj_eastlink',
    'pool_civil',
    'pool_safety',
    'pool_summit',
    'role_crane',
    'role_traffic',
    'per_0001',
    'per_0042',
  ],
  email: ['olivia.nguyen0@example.com', 'new.person@example.org'],
  cursor: ['o1', 'o1k'],
  token: ['it_forged'],
  link: ['lk_forged'],
};
const sets = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, new Set(v)])) as Record<
  Pick['from'],
  Set<string>
>;
function remember(from: Pick['from'], value: string): void {
  if (!sets[from].has(value) && seen[from].length < 2000) {
    sets[from].add(value);
    seen[from].push(value);
  }
}
function harvest(value: unknown, key = ''): void {
  if (typeof value === 'string') {
    if (key === 'id' || key.endsWith('Id')) remember('id', value);
    if (key === 'email' || key === 'to') remember('email', value);
    if (key === 'nextCursor') remember('cursor', value);
    if (key === 'link' || key === 'url') {
      const url = new URL(value, 'http://x');
      const token = url.searchParams.get('token');
      const link = url.searchParams.get('link');
      if (token) remember('token', token);
      if (link) remember('link', link);
    }
  } else if (Array.isArray(value)) for (const item of value) harvest(item, key);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) harvest(v, k);
}
function resolve(value: unknown): unknown {
  if (value instanceof Pick) {
    const all = seen[value.from];
    const wanted = value.prefix ? all.filter((v) => v.startsWith(value.prefix)) : all;
    const list = wanted.length ? wanted : all;
    return list[value.n % list.length];
  }
  if (Array.isArray(value)) return value.map(resolve);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  return value;
}

const prototypeNames = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u200b',
  '\u0000',
  '\u202e',
  '\ud800',
  '😀',
  '<script>',
  '=HYPERLINK("x")',
  '../..',
  'a'.repeat(300),
  ...prototypeNames,
);
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 2, arbitrary: nasty },
);
const emailArb = fc.oneof(
  { weight: 3, arbitrary: pick('email') },
  {
    weight: 3,
    arbitrary: fc
      .string({
        unit: fc.constantFrom(...'abcdefghij0123.'.split('')),
        minLength: 1,
        maxLength: 10,
      })
      .map((local) => `x${local}@fuzz.example`),
  },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: anyText },
);
const dateArb = fc.oneof(
  fc.constantFrom(
    '1990-01-01',
    '1985-12-31',
    '2000-02-29',
    '1990-02-31',
    '2999-01-01',
    '01/02/1990',
  ),
  anyText,
);

/** A value for `schema`, mostly valid, sometimes not at all. */
function fromSchema(schema: Schema, key = '', depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return fromSchema(doc.components.schemas[name] ?? {}, key, depth);
  }
  const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), anyText);
  if (Array.isArray(schema.anyOf))
    return fc.oneof(...(schema.anyOf as Schema[]).map((s) => fromSchema(s, key, depth)));
  if (Array.isArray(schema.enum))
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...(schema.enum as unknown[])) },
      { weight: 1, arbitrary: wrong },
    );
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      const record = fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([k, s]) => [k, fromSchema(s, k, depth + 1)]),
        ),
        { requiredKeys: required.filter(() => true) },
      );
      const extra = fc.dictionary(
        fc.oneof(fc.constantFrom(...prototypeNames), fc.string({ maxLength: 8 })),
        fc.jsonValue({ maxDepth: 1 }),
        { maxKeys: 2 },
      );
      return fc.oneof(
        { weight: 16, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a })) },
        { weight: 1, arbitrary: wrong },
      );
    }
    case 'array': {
      const items = fromSchema((schema.items ?? {}) as Schema, key, depth + 1);
      const min = Number(schema.minItems ?? 0);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(items, { minLength: min, maxLength: Math.max(min, 4) }) },
        { weight: 1, arbitrary: wrong },
      );
    }
    case 'string': {
      const specific =
        key === 'email'
          ? emailArb
          : key === 'dateOfBirth'
            ? dateArb
            : key === 'mobile'
              ? fc.constantFrom('0412 345 678', '+61412345678', '12345', '')
              : /Id$|Ids$/.test(key)
                ? pick('id', prefixOf(key))
                : fc.string({ minLength: Number(schema.minLength ?? 0), maxLength: 12 });
      return fc.oneof(
        { weight: 14, arbitrary: specific },
        { weight: 1, arbitrary: anyText },
        { weight: 1, arbitrary: wrong },
      );
    }
    case 'number':
    case 'integer':
      return fc.oneof(fc.integer({ min: -2, max: 10 }), fc.double(), wrong);
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrong });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const queryValues: Record<string, fc.Arbitrary<unknown>> = {
  kind: fc.constantFrom(...invitationKinds, 'project,pool', 'nope'),
  status: fc.constantFrom(...invitationStatuses, ...accountStatuses, 'pending,expired', ''),
  limit: fc.constantFrom('1', '50', '500', '0', '501', '0x10', '1e2', ' 5', '-1', 'x'),
  cursor: fc.oneof(pick('cursor'), fc.constantFrom('o0', 'oz', 'junk', 'o1k-x', '')),
  email: emailArb,
  poolId: pick('id', 'pool_'),
  targetId: pick('id'),
};

/** One request: where, with what. Dynamic parts are `Pick`s, resolved when it is sent. */
interface Plan {
  operationId: string;
  method: string;
  path: string;
  params: Record<string, unknown>;
  query: [string, unknown][];
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; value: string | Blob } | null;
  token: unknown;
  contentType: string | null;
  idempotencyKey: string | null;
}

function planFor(path: string, method: string, route: DocOperation): fc.Arbitrary<Plan> {
  const pathParams = (route.parameters ?? []).filter((p) => p.in === 'path');
  // An empty segment is another URL (`/links//signups`), not this route with an odd id.
  const segment = anyText.filter((t) => t.length > 0);
  const queryParams = (route.parameters ?? []).filter((p) => p.in === 'query');
  const params = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        p.name === 'linkToken'
          ? fc.oneof({ weight: 4, arbitrary: pick('link') }, { weight: 1, arbitrary: segment })
          : fc.oneof(
              { weight: 6, arbitrary: pick('id', prefixOf(p.name)) },
              { weight: 1, arbitrary: segment },
              {
                weight: 1,
                arbitrary: fc
                  .constantFrom('%ZZ', '%', '%C0%AF', '%2e%2e', '%00', '%F0%9F%98%80')
                  .map((raw) => ({ raw })),
              },
            ),
      ]),
    ),
  );
  const query = fc.array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: queryParams.length
          ? fc
              .constantFrom(...queryParams.map((p) => p.name))
              .chain((name) =>
                fc.tuple(
                  fc.constant(name),
                  queryValues[name] ??
                    fromSchema(queryParams.find((p) => p.name === name)?.schema ?? {}, name),
                ),
              )
          : fc.tuple(fc.constant('x'), anyText),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.oneof(fc.constantFrom(...prototypeNames), fc.string({ maxLength: 6 })),
          anyText,
        ),
      },
    ),
    { maxLength: 4 },
  );
  const schema = route.requestBody?.content['application/json'].schema;
  const body = schema
    ? fc.oneof(
        {
          weight: 10,
          arbitrary: fromSchema(schema).map((value) => ({ kind: 'json' as const, value })),
        },
        {
          weight: 1,
          arbitrary: fc
            .jsonValue({ maxDepth: 3 })
            .map((value) => ({ kind: 'json' as const, value })),
        },
        {
          weight: 1,
          arbitrary: fc
            .oneof(
              fc.string({ maxLength: 30 }),
              fc.constantFrom('{"email": ', '[', 'null', '{"__proto__": {"x": 1}}'),
            )
            .map((value) => ({ kind: 'raw' as const, value })),
        },
        {
          weight: 1,
          arbitrary: fc.constant({
            kind: 'raw' as const,
            value: new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]),
          }),
        },
        { weight: 1, arbitrary: fc.constant(null) },
      )
    : fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc
            .jsonValue({ maxDepth: 1 })
            .map((value) => ({ kind: 'json' as const, value })),
        },
      );
  const token = fc.oneof(
    { weight: 14, arbitrary: fc.constant('demo-admin') },
    { weight: 2, arbitrary: fc.constant('demo-admin-other') },
    { weight: 1, arbitrary: fc.constant('demo-member') },
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.constantFrom(...'abcxyz-_019'.split('')),
        minLength: 1,
        maxLength: 12,
      }),
    },
    { weight: route.operationId.match(/Invitation$|ToRole$/) ? 8 : 1, arbitrary: pick('token') },
  );
  const contentType = fc.oneof(
    { weight: 10, arbitrary: fc.constant('application/json') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-8',
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const idempotencyKey = fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.constantFrom(...'abck-_0189'.split('')),
        minLength: 1,
        maxLength: 8,
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('same-key', 'k'.repeat(201), '') },
  );
  return fc
    .record({ params, query, body, token, contentType, idempotencyKey })
    .map((parts) => ({ operationId: route.operationId, method, path, ...parts }));
}

// The API's routes (the test-control routes, for a server's test mode, are not fuzzed).
const apiPaths = Object.entries(doc.paths).filter(([path]) => !path.startsWith('/_mock/'));
const allPlans = apiPaths.flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, route]) => planFor(path, method.toUpperCase(), route)),
);
/** encodeURIComponent, with a lone surrogate sent as the (invalid) UTF-8 bytes of one. */
const encodeSegment = (value: string) =>
  value
    .split(/(\p{Cs})/u)
    .map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');

const contract = new Map<string, Operation>(operations.map((o: Operation) => [o.id, o]));
const documented = new Map(
  apiPaths.flatMap(([, methods]) =>
    Object.values(methods).map((route) => [route.operationId, route] as const),
  ),
);

describe('fuzzing every route of openapi.json over HTTP', () => {
  const server = startServer(['--seed', '1', '--rate-limit', 'off']);
  let base = '';
  const control = { 'x-invitekit-mock': '1' };
  const digest = async () =>
    (
      (await (await fetch(`${base}/_mock/digest`, { headers: control })).json()) as {
        digest: string;
      }
    ).digest;

  before(async () => {
    base = await server.base;
    // What an admin would see first: ids of people, invitations, batches, roles.
    const admin = { authorization: 'Bearer demo-admin' };
    for (const path of [
      '/people?limit=500',
      '/invitations?limit=500',
      '/pools/pool_civil/batches',
      '/projects/prj_riverside/roles',
    ])
      harvest(await (await fetch(`${base}${path}`, { headers: admin })).json());
  });
  after(() => server.stop());

  it(
    `answers ${String(RUNS)} random requests with documented statuses and well-formed errors, and a refused one changes nothing (seed ${String(SEED)})`,
    { timeout: 30 * 60_000 },
    async () => {
      const counts = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(fc.oneof(...allPlans), async (plan) => {
          const params = resolve(plan.params) as Record<string, unknown>;
          const path = plan.path.replace(/\{(\w+)\}/g, (_, name: string) => {
            const value = params[name];
            return value && typeof value === 'object' && 'raw' in value
              ? (value as { raw: string }).raw
              : encodeSegment(String(value));
          });
          const query = new URLSearchParams();
          for (const [name, value] of resolve(plan.query) as [string, unknown][])
            query.append(name, String(value));
          // fetch sends no body with GET.
          const body = plan.method === 'GET' ? null : (resolve(plan.body) as Plan['body']);
          const token = resolve(plan.token) as string | null;
          const headers: Record<string, string> = {};
          if (token) headers.authorization = `Bearer ${token}`;
          if (body && plan.contentType) headers['content-type'] = plan.contentType;
          if (plan.idempotencyKey !== null) headers['idempotency-key'] = plan.idempotencyKey;
          const url = `${base}${path}${query.size ? `?${query.toString()}` : ''}`;
          const before = await digest();
          const response = await fetch(url, {
            method: plan.method,
            headers,
            ...(body
              ? { body: body.kind === 'json' ? JSON.stringify(body.value) : body.value }
              : {}),
          });
          const text = await response.text();
          const status = response.status;
          counts.set(status, (counts.get(status) ?? 0) + 1);
          const where = `${plan.method} ${url} → ${String(status)} ${text.slice(0, 300)}`;
          assert.ok(status < 500, where);
          assert.ok(
            String(status) in (documented.get(plan.operationId)?.responses ?? {}),
            `undocumented status: ${where}`,
          );
          const json = JSON.parse(text) as unknown;
          if (status >= 400) {
            const error = ErrorBodySchema.safeParse(json);
            assert.ok(error.success, `malformed error body: ${where}`);
            assert.ok(error.data.message.length > 0, where);
            assert.ok(
              statusOfError[error.data.code] === status ||
                ((status === 413 || status === 415) && error.data.code === 'validation'),
              `code ${error.data.code} with status ${String(status)}: ${where}`,
            );
            assert.equal(await digest(), before, `a refused request changed the store: ${where}`);
          } else {
            const answer = contract.get(plan.operationId)?.endpoint.response.safeParse(json);
            assert.ok(answer?.success, `answer off the contract: ${where}`);
            if (plan.method === 'GET')
              assert.equal(await digest(), before, `a read changed the store: ${where}`);
            harvest(json);
            if (plan.method !== 'GET') {
              const outbox = await fetch(`${base}/_mock/outbox`, { headers: control });
              harvest((await outbox.json()) as unknown);
            }
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
      );
      const summary = [...counts]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${String(s)}×${String(n)}`);
      console.log(`fuzz: ${String(RUNS)} runs, seed ${String(SEED)}: ${summary.join(' ')}`);
      assert.ok((counts.get(200) ?? 0) + (counts.get(201) ?? 0) > 0, 'some requests succeed');
    },
  );
});
