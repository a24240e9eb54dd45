// The reference API: MSW handlers for every route of the contract, in front of the domain.
// The same handlers serve the browser (service worker), Node tests (msw/node) and serve.ts.
//
// Each request goes: path check → who is calling (a verified identity) → rate limit by that
// identity → 401/403 → Idempotency-Key → content type → size (Content-Length first, then the body
// read with a cap) → replay → query and body against the contract → the domain, as one unit that
// an error rolls back whole. Nothing is read before the caller is known, and nothing is kept
// without a bound.
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import {
  fieldErrorsFrom,
  operations,
  type ErrorBody,
  type ErrorCode,
  type Operation,
  type OutboxEmail,
  ClockBody,
} from '@invitekit/sdk/schemas';
import { CLOCK_MAX, CLOCK_MIN, createClock, DAY, type Clock } from './clock.js';
import { Domain, type Admin } from './domain.js';
import { DomainError } from './errors.js';
import { InjectedFault } from './journal.js';
import { hash, IdempotencyStore, RateLimiter, type RateLimit } from './limits.js';
import { handlerFor } from './operations.js';
import { seed, type SeedOptions } from './seed.js';
import { emptyState, type State } from './state.js';

export interface FaultRule {
  /** A route id (`listInvitations`) or `METHOD /path/{param}`; omit to match every route. */
  route?: string;
  /** `status`: answer with this status; `drop`: do the work, then lose the response;
   *  `hang`: never answer (until the client gives up); `crash`: throw in the middle of the
   *  work, at change number `atChange` (default 1), which is rolled back, and answer 500. */
  mode: 'status' | 'drop' | 'hang' | 'crash';
  status?: number;
  /** For `crash`: the change of the operation that fails (1 = the first). */
  atChange?: number;
  /** How many requests the rule hits before it retires itself (default: all). */
  times?: number;
}

export interface Faults {
  /** Share of requests (0–1) that fail with 503. */
  failRate: number;
  rules: FaultRule[];
}

export interface MockApiOptions {
  /** Where the API is mounted; MSW path syntax (default `*\/v1`, any origin). */
  baseUrl?: string;
  clock?: Clock;
  /** Seed options, or `false` for an empty store. */
  seed?: SeedOptions | false;
  /** A saved state to restore instead of seeding. */
  state?: State;
  /** Where invitation links in emails point (default `/invite`). */
  linkBase?: string;
  /** Milliseconds of latency added to every answer (default 0). */
  latencyMs?: number;
  /** Requests allowed per caller per window (default 600 a minute); `false` for none. */
  rateLimit?: RateLimit | false;
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Called after every change to the store (debounce it yourself if saving is slow). */
  onChange?: (state: State) => void;
}

export interface MockApi {
  readonly handlers: HttpHandler[];
  readonly clock: Clock;
  readonly faults: Faults;
  readonly options: Readonly<
    Required<Pick<MockApiOptions, 'baseUrl' | 'latencyMs' | 'maxBodyBytes'>>
  > & { rateLimit: MockApiOptions['rateLimit'] };
  /** The live domain (for tests that look behind the API). */
  domain: Domain;
  outbox(to?: string): OutboxEmail[];
  /** A short hash of the whole store: equal digests, equal stores (`GET /_mock/digest`). */
  digest(): string;
  /** Back to the seeded (or empty) store and the clock as it was made; faults cleared. */
  reset(): void;
  setLatency(ms: number): void;
  setRateLimit(limit: MockApiOptions['rateLimit']): void;
  /** Tokens the seeded data set knows, by name. */
  readonly tokens: typeof demoTokens;
}

export const demoTokens = {
  /** Admin of the seeded workspace. */
  admin: 'demo-admin',
  /** A member of the same workspace who is not an admin (403 on admin routes). */
  member: 'demo-member',
  /** Admin of another workspace (403 on the first workspace's records). */
  otherAdmin: 'demo-admin-other',
} as const;

/** Longest Idempotency-Key accepted (as the OpenAPI document says). */
const MAX_IDEMPOTENCY_KEY = 200;

const mswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Every URL under `baseUrl` (MSW path syntax), as a RegExp without groups, so MSW decodes nothing. */
function under(baseUrl: string): RegExp {
  const pattern = baseUrl.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${baseUrl.startsWith('/') ? '[a-z][a-z0-9+.-]*://[^/]+' : ''}${pattern}/`);
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as object, { status, headers });
}

function errorResponse(status: number, body: ErrorBody): Response {
  return json(
    status,
    body,
    body.retryAfter === undefined ? {} : { 'retry-after': String(body.retryAfter) },
  );
}

function errorBody(error: DomainError): ErrorBody {
  const body: ErrorBody = { code: error.code, message: error.message };
  if (error.extra.fieldErrors) body.fieldErrors = error.extra.fieldErrors;
  if (error.extra.retryAfter !== undefined) body.retryAfter = error.extra.retryAfter;
  if (error.extra.details) body.details = error.extra.details;
  return body;
}

function validationError(issues: z.core.$ZodIssue[], where: string): Response {
  const fieldErrors = fieldErrorsFrom(issues);
  const [field, messages] = Object.entries(fieldErrors)[0] ?? ['_', ['is not valid']];
  return errorResponse(400, {
    code: 'validation',
    message: `${where}: ${field}: ${messages[0] ?? ''}`,
    fieldErrors,
  });
}

const invalid = (field: string, message: string, status = 400) =>
  errorResponse(status, { code: 'validation', message, fieldErrors: { [field]: [message] } });

/**
 * `a=1&a=2&b=3` → `{ a: ['1', '2'], b: '3' }`. Built with `Object.fromEntries`, so a parameter
 * named `__proto__` is an own key the schema refuses, not the object's prototype.
 */
function queryObject(url: URL): Record<string, string | string[]> {
  return Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((key) => {
      const all = url.searchParams.getAll(key);
      return [key, all.length > 1 ? all : (all[0] ?? '')];
    }),
  );
}

const bearer = (request: Request) =>
  /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim() ?? null;

/** `application/json`, with parameters, or any `+json` type. */
const isJson = (type: string) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i.test(type);

/**
 * The body as text, read with a cap: a declared Content-Length over `max` is refused before
 * anything is read, and a stream that passes `max` is cancelled there.
 */
async function readText(
  request: Request,
  max: number,
): Promise<{ text: string } | { problem: 'too large' | 'not UTF-8' }> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) return { problem: 'too large' };
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not awaited: MSW keeps a clone of the request (a tee), and a tee's branch only
      // finishes cancelling when the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      return { problem: 'too large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'not UTF-8' };
  }
}

function faultCode(status: number): ErrorCode {
  return status === 429
    ? 'rate_limited'
    : status === 408 || status === 504
      ? 'timeout'
      : 'bad_response';
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = (options.baseUrl ?? '*/v1').replace(/\/$/, '');
  const clock = options.clock ?? createClock();
  const linkBase = options.linkBase ?? '/invite';
  const faults: Faults = { failRate: 0, rules: [] };
  const settings: {
    baseUrl: string;
    latencyMs: number;
    maxBodyBytes: number;
    rateLimit: MockApiOptions['rateLimit'];
  } = {
    baseUrl,
    latencyMs: options.latencyMs ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    rateLimit: options.rateLimit ?? { limit: 600, windowMs: 60_000 },
  };
  const idempotency = new IdempotencyStore();
  const limiter = new RateLimiter();

  const fresh = (state?: State) => {
    const initial = state ?? emptyState();
    const domain = new Domain(initial, {
      clock,
      linkBase,
      onChange: () => options.onChange?.(domain.state),
    });
    if (!state && options.seed !== false) {
      seed(domain, options.seed ?? {});
      domain.reindex();
    }
    return domain;
  };

  const api: MockApi = {
    handlers: [],
    clock,
    faults,
    options: settings,
    domain: fresh(options.state),
    tokens: demoTokens,
    outbox: (to) => api.domain.state.outbox.filter((m) => !to || m.to === to.trim().toLowerCase()),
    digest: () => hash(JSON.stringify(api.domain.state)),
    reset() {
      clock.reset?.();
      api.domain = fresh();
      faults.failRate = 0;
      faults.rules.length = 0;
      idempotency.clear();
      limiter.clear();
      options.onChange?.(api.domain.state);
    },
    setLatency: (ms) => (settings.latencyMs = ms),
    setRateLimit: (limit) => (settings.rateLimit = limit),
  };

  function faultFor(route: Operation): FaultRule | undefined {
    const rule = faults.rules.find(
      (r) =>
        !r.route ||
        r.route === route.id ||
        r.route === `${route.endpoint.method} ${route.endpoint.path}`,
    );
    if (rule?.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) faults.rules.splice(faults.rules.indexOf(rule), 1);
    }
    return rule;
  }

  /**
   * Who is calling, as far as the store can vouch for it: an admin account, the invitation a
   * token opens, or the invite link in the path. Null for anything unverified.
   */
  function identify(
    route: Operation,
    domain: Domain,
    token: string | null,
    params: Record<string, string>,
  ): string | null {
    switch (route.auth) {
      case 'admin': {
        const account = domain.accountFor(token);
        return account ? `admin ${account.workspaceId} ${account.token}` : null;
      }
      case 'invitee': {
        const invitation = domain.invitationForToken(token);
        return invitation ? `invitation ${invitation.id}` : null;
      }
      case 'none': {
        const link = domain.linkForToken(params.linkToken);
        return link ? `link ${link.id}` : null;
      }
    }
  }

  async function handle(
    route: Operation,
    request: Request,
    params: Record<string, string>,
  ): Promise<Response> {
    if (settings.latencyMs) await delay(settings.latencyMs);
    const fault = faultFor(route);
    if (fault?.mode === 'hang') {
      await new Promise<void>((resolve) => {
        if (request.signal.aborted) resolve();
        request.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      return HttpResponse.error();
    }
    if (
      fault?.mode === 'status' ||
      (!fault && faults.failRate > 0 && Math.random() < faults.failRate)
    ) {
      const status = fault?.status ?? 503;
      return errorResponse(status, {
        code: faultCode(status),
        message: `The service could not answer (${String(status)}). Try again.`,
        ...(status === 429 || status === 503 ? { retryAfter: 1 } : {}),
      });
    }

    const domain = api.domain;
    const token = bearer(request);
    const identity = identify(route, domain, token, params);
    // Unverified callers share one bucket: made-up tokens cannot each get their own, and their
    // junk never spends a real invitee's, sign-up link's or admin's allowance.
    const throttled = settings.rateLimit
      ? limiter.take(identity ?? 'unverified', settings.rateLimit)
      : null;
    if (throttled !== null) {
      return errorResponse(429, {
        code: 'rate_limited',
        message: `Too many requests. Try again in ${String(throttled)} s.`,
        retryAfter: throttled,
      });
    }

    let admin: Admin = { workspaceId: '', name: '' };
    if (route.auth === 'admin') {
      const account = domain.accountFor(token);
      if (!account) {
        return errorResponse(401, {
          code: 'unauthorized',
          message: token
            ? 'This token is not valid or has expired. Sign in again.'
            : 'Sign in first: send an Authorization: Bearer <token> header.',
        });
      }
      if (!account.isAdmin)
        return errorResponse(403, {
          code: 'forbidden',
          message: 'Only workspace admins can do this.',
        });
      admin = { workspaceId: account.workspaceId, name: account.name };
    }
    if (route.auth === 'invitee' && !identity) {
      return errorResponse(401, {
        code: 'unauthorized',
        message: 'This invitation link is not valid. Open the link from your email again.',
      });
    }

    // A read is idempotent by nature: its key, if any, is ignored.
    const key = route.endpoint.method === 'GET' ? null : request.headers.get('idempotency-key');
    if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)) {
      return invalid(
        'Idempotency-Key',
        `The Idempotency-Key header must be 1 to ${String(MAX_IDEMPOTENCY_KEY)} characters.`,
      );
    }

    let text = '';
    if (route.body) {
      const type = request.headers.get('content-type');
      if (type !== null && !isJson(type)) {
        return invalid(
          '_',
          `Send the body as JSON (Content-Type: application/json), not ${type}.`,
          415,
        );
      }
      const read = await readText(request, settings.maxBodyBytes);
      if ('problem' in read) {
        return read.problem === 'too large'
          ? invalid(
              '_',
              `The request body is larger than ${String(Math.round(settings.maxBodyBytes / 1024))} KiB. Send fewer rows at a time.`,
              413,
            )
          : invalid('_', 'The request body is not valid UTF-8 text.');
      }
      text = read.text;
      if (type === null && text.trim()) {
        return invalid('_', 'Send the body as JSON, with Content-Type: application/json.', 415);
      }
    }

    const scope = key === null ? null : `${identity ?? 'unverified'}\u0000${key}`;
    const fingerprint = `${route.endpoint.method} ${new URL(request.url).pathname}\u0000${String(text.length)}:${hash(text)}`;
    const previous = scope ? idempotency.get(scope, clock.now()) : undefined;
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        return errorResponse(409, {
          code: 'conflict',
          message: 'This Idempotency-Key was already used for a different request.',
        });
      }
      if (fault?.mode === 'drop') return HttpResponse.error();
      return new HttpResponse(previous.body, {
        status: previous.status,
        headers: { 'content-type': 'application/json' },
      });
    }

    let body: unknown;
    if (route.body) {
      try {
        body = text.trim() ? JSON.parse(text) : {};
      } catch {
        return errorResponse(400, {
          code: 'validation',
          message: 'The request body is not valid JSON.',
          fieldErrors: { _: ['Not valid JSON'] },
        });
      }
      const parsed = route.body.safeParse(body);
      if (!parsed.success) return validationError(parsed.error.issues, 'Request body');
      body = parsed.data;
    }
    let query: unknown;
    if (route.query) {
      const parsed = route.query.safeParse(queryObject(new URL(request.url)));
      if (!parsed.success) return validationError(parsed.error.issues, 'Query');
      query = parsed.data;
    }

    let status: number = route.status ?? 200;
    let result: unknown;
    try {
      const crashAt = fault?.mode === 'crash' ? (fault.atChange ?? 1) : undefined;
      result = domain.transaction(
        () => handlerFor(route)({ domain, admin, token, params, query, body }),
        { crashAt },
      );
    } catch (error) {
      if (!(error instanceof DomainError)) {
        // Rolled back already: the store is as it was before this request.
        if (!(error instanceof InjectedFault)) console.error(error);
        return errorResponse(500, {
          code: 'bad_response',
          message:
            error instanceof InjectedFault
              ? 'The mock API failed in the middle of this request (an injected fault). Nothing was changed; try again.'
              : 'The mock API failed unexpectedly. Nothing was changed; see its console.',
        });
      }
      status = error.status;
      result = errorBody(error);
    }
    const answer = JSON.stringify(result);
    if (scope) idempotency.set(scope, { fingerprint, status, body: answer, at: clock.now() });
    if (fault?.mode === 'drop') return HttpResponse.error();
    if (status >= 400) return errorResponse(status, result as ErrorBody);
    return new HttpResponse(answer, { status, headers: { 'content-type': 'application/json' } });
  }

  const mock = (path: string) => `${baseUrl}/_mock${path}`;
  const FaultsBody = z.strictObject({
    failRate: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    rules: z.optional(
      z
        .array(
          z.strictObject({
            route: z.optional(z.string().check(z.maxLength(200))),
            mode: z.enum(['status', 'drop', 'hang', 'crash']),
            status: z.optional(z.number().check(z.int(), z.minimum(400), z.maximum(599))),
            atChange: z.optional(z.number().check(z.int(), z.minimum(1))),
            times: z.optional(z.number().check(z.int(), z.minimum(1))),
          }),
        )
        .check(z.maxLength(100)),
    ),
    latencyMs: z.optional(z.number().check(z.minimum(0), z.maximum(60_000))),
  });
  /** A control's JSON body, or the answer that refuses it. */
  const controlBody = async (request: Request): Promise<unknown> => {
    const read = await readText(request, 64 * 1024);
    if ('problem' in read) return undefined;
    try {
      return read.text.trim() ? JSON.parse(read.text) : {};
    } catch {
      return undefined;
    }
  };

  api.handlers.push(
    // A path that is not valid percent-encoding is a 400 here, before any route tries to decode it.
    http.all(under(baseUrl), ({ request }) => {
      try {
        decodeURIComponent(new URL(request.url).pathname);
        return undefined;
      } catch {
        return invalid('_', 'The path is not valid percent-encoding (URL-encode it as UTF-8).');
      }
    }),
    // Mock-only controls: the outbox (R33), the clock, faults, reset, demo tokens, the digest.
    http.get(mock('/outbox'), ({ request }) =>
      HttpResponse.json({
        items: api.outbox(new URL(request.url).searchParams.get('to') ?? undefined),
      }),
    ),
    http.get(mock('/clock'), () => HttpResponse.json({ now: new Date(clock.now()).toISOString() })),
    http.post(mock('/clock'), async ({ request }) => {
      const parsed = ClockBody.safeParse(await controlBody(request));
      if (!parsed.success) return validationError(parsed.error.issues, 'Clock');
      const { advanceMs = 0, advanceDays = 0, set } = parsed.data;
      const from = set === undefined ? clock.now() : Date.parse(set);
      const to = from + advanceMs + advanceDays * DAY;
      const field = set === undefined ? (advanceDays ? 'advanceDays' : 'advanceMs') : 'set';
      if (!(to >= CLOCK_MIN && to < CLOCK_MAX)) {
        return invalid(field, 'The mock clock must stay between the years 1970 and 2999.');
      }
      if (parsed.data.freeze && clock.freeze) clock.freeze(to);
      else clock.set(to);
      options.onChange?.(api.domain.state);
      return HttpResponse.json({ now: new Date(clock.now()).toISOString() });
    }),
    http.post(mock('/faults'), async ({ request }) => {
      const parsed = FaultsBody.safeParse(await controlBody(request));
      if (!parsed.success) return validationError(parsed.error.issues, 'Faults');
      faults.failRate = parsed.data.failRate ?? 0;
      faults.rules.splice(0, faults.rules.length, ...((parsed.data.rules ?? []) as FaultRule[]));
      if (parsed.data.latencyMs !== undefined) settings.latencyMs = parsed.data.latencyMs;
      return HttpResponse.json({
        failRate: faults.failRate,
        rules: faults.rules,
        latencyMs: settings.latencyMs,
      });
    }),
    http.post(mock('/reset'), () => {
      api.reset();
      return HttpResponse.json({ ok: true });
    }),
    http.get(mock('/tokens'), () => HttpResponse.json(demoTokens)),
    http.get(mock('/digest'), () => HttpResponse.json({ digest: api.digest() })),
    ...operations.map((route: Operation) => {
      const method = route.endpoint.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
      return http[method](`${baseUrl}${mswPath(route.endpoint.path)}`, ({ request, params }) =>
        handle(route, request, params as Record<string, string>),
      );
    }),
  );
  return api;
}
