// The OpenAPI 3.1 document, generated from the same routes and schemas the SDK and mock use.
import * as z from 'zod/mini';
import { statusOfError } from './status.js';
import * as s from './schemas/index.js';
import type { ErrorCode } from './schemas/common.js';
import { operations, type Operation } from './schemas/requests/index.js';
import * as control from './schemas/control.js';

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** Builds the document. Deterministic: the same contract gives the same bytes. */
export function buildOpenApi(): JsonSchema {
  const outputs = z.registry<{ id: string }>();
  const inputs = z.registry<{ id: string }>();
  const named: [z.ZodMiniType, string][] = [
    [s.ErrorBodySchema, 'Error'],
    [s.Person, 'Person'],
    [s.Invitation, 'Invitation'],
    [s.InvitationDetail, 'InvitationDetail'],
    [s.Pool, 'Pool'],
    [s.BatchEntry, 'BatchEntry'],
    [s.BatchSummary, 'BatchSummary'],
    [s.Batch, 'Batch'],
    [s.InviteLink, 'InviteLink'],
    [s.Signup, 'Signup'],
    [s.Project, 'Project'],
    [s.Member, 'Member'],
    [s.Role, 'Role'],
    [s.Candidate, 'Candidate'],
    [s.Pipeline, 'Pipeline'],
    [s.Contact, 'Contact'],
    [s.InviteeView, 'InviteeView'],
    [s.OutboxEmail, 'OutboxEmail'],
    [control.ClockAnswer, 'ClockAnswer'],
    [control.OutboxAnswer, 'OutboxAnswer'],
    [control.DigestAnswer, 'DigestAnswer'],
    [control.TokensAnswer, 'TokensAnswer'],
    [control.ResetAnswer, 'ResetAnswer'],
  ];
  for (const [schema, id] of named) outputs.add(schema, { id });
  inputs.add(s.UploadRow, { id: 'UploadRow' });
  inputs.add(s.ContactRow, { id: 'ContactRow' });
  inputs.add(control.ClockBody, { id: 'ClockBody' });
  const all: readonly Operation[] = operations;
  for (const route of all) {
    const response = route.endpoint.response;
    if (!outputs.has(response)) outputs.add(response, { id: `${pascal(route.id)}Response` });
    if (route.body && !inputs.has(route.body))
      inputs.add(route.body, { id: `${pascal(route.id)}Body` });
  }
  const uri = (id: string) => `#/components/schemas/${id}`;
  const out = z.toJSONSchema(outputs, { io: 'output', uri, unrepresentable: 'any' })
    .schemas as Record<string, JsonSchema>;
  const into = z.toJSONSchema(inputs, { io: 'input', uri, unrepresentable: 'any' })
    .schemas as Record<string, JsonSchema>;
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries({ ...out, ...into }).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const { $schema: _drop, id: _id, ...rest } = schema;
    schemas[id] = rest;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of all) {
    const { method, path, response } = route.endpoint;
    const parameters: JsonSchema[] = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (route.query) {
      const query = z.toJSONSchema(route.query, { io: 'input', unrepresentable: 'any' }) as {
        properties?: Record<string, JsonSchema>;
        required?: string[];
      };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: query.required?.includes(name) ?? false,
          schema,
          ...(schema.anyOf ? { style: 'form', explode: false } : {}),
        });
      }
    }
    const errors = new Set<ErrorCode>([...route.errors, 'rate_limited']);
    if (route.auth === 'admin') errors.add('unauthorized').add('forbidden');
    if (route.auth === 'invitee') errors.add('unauthorized');
    // A body, a query, a path id (its percent-encoding) or an Idempotency-Key can be malformed.
    if (route.body || route.query || parameters.length || method !== 'GET')
      errors.add('validation');
    // An Idempotency-Key reused for a different request is a conflict.
    if (method !== 'GET') errors.add('conflict');
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: {
        description: 'Success',
        content: { 'application/json': { schema: ref(outputs.get(response)?.id ?? '') } },
      },
    };
    for (const code of [...errors].sort()) {
      const status = String(statusOfError[code]);
      const entry = (responses[status] ??= {
        description: '',
        content: { 'application/json': { schema: ref('Error') } },
      }) as { description: string };
      entry.description = entry.description ? `${entry.description}, ${code}` : `Error: ${code}`;
    }
    (responses['429'] as Record<string, unknown>).headers = {
      'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
    };
    if (route.body) {
      responses['413'] = {
        description: 'Error: validation (request body too large)',
        content: { 'application/json': { schema: ref('Error') } },
      };
      responses['415'] = {
        description:
          'Error: validation (the body is not JSON: send Content-Type: application/json)',
        content: { 'application/json': { schema: ref('Error') } },
      };
    }
    const idempotency: JsonSchema[] =
      method === 'GET'
        ? []
        : [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description:
                "Same key and request within 24 h returns the first result instead of acting twice. Keys are scoped to the caller (an admin account, an invitation, an invite link): another caller never gets this one's result.",
              schema: { type: 'string', minLength: 1, maxLength: 200 },
            },
          ];
    (paths[path] ??= {})[method.toLowerCase()] = {
      operationId: route.id,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      security:
        route.auth === 'admin'
          ? [{ adminToken: [] }]
          : route.auth === 'invitee'
            ? [{ invitationToken: [] }]
            : [],
      ...(parameters.length + idempotency.length
        ? { parameters: [...parameters, ...idempotency] }
        : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(inputs.get(route.body)?.id ?? '') } },
            },
          }
        : {}),
      responses,
    };
  }

  Object.assign(paths, testControl());

  return {
    openapi: '3.1.0',
    info: {
      title: 'Invitekit API',
      version: '1.0.0',
      description: [
        'Invite people into workspaces, pools, projects and roles, and track every invitation. Generated from the zod schemas in @invitekit/sdk; do not edit by hand. Mutating calls accept an Idempotency-Key header; 429 answers carry Retry-After.',
        '',
        "Isolation. An admin acts for one workspace. A record of another workspace (person, invitation, pool, batch, link, sign-up, project, role) answers 403 and changes nothing; lists and counts hold the caller's workspace only. Profiles are global, keyed by email, and a workspace reads a person only once they belong to it: they accepted one of its invitations, or their profile was made in it (by one of its admins, or by a sign-up through one of its links). About anyone else, for an email the admin types, it may learn only: that a profile exists (lookupPerson, uploadRows `existing`, createPerson 409, inviteContact `connection-requested`); the account status, as the rules state it when acting on them (R4 and R12 refusals, R20's warning marker on the batch entry they added, R29's connection request); and a conflicting platform role (R11). Never their id, names, date of birth, mobile, skills, certifications, pools or other workspaces, and no answer that depends on a guess of those (a row is compared with a profile only inside the workspace). Nobody joins a workspace, or has their account activated, until they accept.",
        '',
        'Every request is all or nothing: a refusal (4xx) or a failure changes nothing.',
      ].join('\n'),
    },
    servers: [{ url: 'http://127.0.0.1:4010/v1', description: 'The mock API (pnpm mock-api)' }],
    tags: [
      ...[...new Set(all.map((r) => r.tag))].map((name) => ({ name })),
      { name: CONTROL_TAG, description: CONTROL_DESCRIPTION },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'A workspace admin token.' },
        invitationToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token from an invitation link.',
        },
        testControl: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Invitekit-Mock',
          description: 'The value 1. Test mode only.',
        },
      },
    },
  };
}

const CONTROL_TAG = 'Test control';
const CONTROL_DESCRIPTION =
  'Test mode only: what a server implements so the conformance suite (`npx invitekit-conformance`, package @invitekit/conformance) can run the rules against it. Every route answers only requests with `X-Invitekit-Mock: 1` (403 otherwise) and must not exist in production. Implement them in this order: tokens, reset, clock, outbox, digest. The mock API implements them all (and faults, its own extra).';

/** The test-control routes, under the `Test control` tag. */
function testControl(): Record<string, Record<string, unknown>> {
  const answer = (id: string, description = 'Success') => ({
    '200': {
      description,
      content: { 'application/json': { schema: ref(id) } },
    },
    '403': {
      description: 'Error: forbidden (no X-Invitekit-Mock: 1 header)',
      content: { 'application/json': { schema: ref('Error') } },
    },
  });
  const route = (operationId: string, summary: string, description: string, extra = {}) => ({
    operationId,
    summary,
    description,
    tags: [CONTROL_TAG],
    security: [{ testControl: [] }],
    ...extra,
  });
  return {
    '/_mock/tokens': {
      get: route(
        'controlTokens',
        'The fixture’s tokens',
        'Bearer tokens of the fixture: an admin of its workspace, a member of it who is not an admin, and an admin of another workspace. They stay valid across resets.',
        { responses: answer('TokensAnswer') },
      ),
    },
    '/_mock/reset': {
      post: route(
        'controlReset',
        'Back to the fixture',
        'Restores the store to the conformance fixture (the records the suite expects: see the backend guide), empties the outbox, clears idempotency keys and rate limits, and puts the clock back to real time. The suite calls it before every test.',
        { responses: answer('ResetAnswer') },
      ),
    },
    '/_mock/clock': {
      get: route('controlClockRead', 'The server’s time', 'The instant the server reads as now.', {
        responses: answer('ClockAnswer'),
      }),
      post: route(
        'controlClock',
        'Set or move the clock',
        'Jumps to `set`, then moves by `advanceMs` and `advanceDays`. With `freeze: true` the clock stands still there and moves only when told: every expiry and limit the rules state is reckoned with it. 400 `validation` names a field that is not valid.',
        {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ClockBody') } },
          },
          responses: {
            ...answer('ClockAnswer'),
            '400': {
              description: 'Error: validation',
              content: { 'application/json': { schema: ref('Error') } },
            },
          },
        },
      ),
    },
    '/_mock/outbox': {
      get: route(
        'controlOutbox',
        'The emails sent',
        'Every email the rules sent since the last reset (R33), oldest first; with `to`, only those to that address. A link in an email carries its token as `?token=…`.',
        {
          parameters: [{ name: 'to', in: 'query', required: false, schema: { type: 'string' } }],
          responses: answer('OutboxAnswer'),
        },
      ),
    },
    '/_mock/digest': {
      get: route(
        'controlDigest',
        'A digest of the store',
        'A short hash of everything the API can change (any stable serialization will do). The suite compares digests before and after a refused request: they must be equal.',
        { responses: answer('DigestAnswer') },
      ),
    },
  };
}
