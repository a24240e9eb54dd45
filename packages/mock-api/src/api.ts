// The reference API: MSW handlers for every route of the contract, in front of the domain.
// The same handlers serve the browser (service worker), Node tests (msw/node) and serve.ts.
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import {
  fieldErrorsFrom,
  operations,
  type ErrorBody,
  type ErrorCode,
  type Operation,
  type OutboxEmail,
} from '@invitekit/sdk/schemas';
import { createClock, DAY, type Clock } from './clock.js';
import { Domain, type Admin } from './domain.js';
import { DomainError } from './errors.js';
import { handlerFor } from './operations.js';
import { seed, type SeedOptions } from './seed.js';
import { emptyState, type State } from './state.js';

export interface FaultRule {
  /** A route id (`listInvitations`) or `METHOD /path/{param}`; omit to match every route. */
  route?: string;
  /** `status`: answer with this status; `drop`: do the work, then lose the response;
   *  `hang`: never answer (until the client gives up). */
  mode: 'status' | 'drop' | 'hang';
  status?: number;
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
  /** Requests allowed per token per window (default 600 a minute); `false` for none. */
  rateLimit?: { limit: number; windowMs: number } | false;
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
  /** Back to the seeded (or empty) store, faults cleared. */
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

const mswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function errorResponse(
  status: number,
  body: ErrorBody,
  headers: Record<string, string> = {},
): Response {
  return HttpResponse.json(body, { status, headers });
}

function errorBody(error: DomainError): ErrorBody {
  const body: ErrorBody = { code: error.code, message: error.message };
  if (error.extra.fieldErrors) body.fieldErrors = error.extra.fieldErrors;
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

/** `a=1&a=2&b=3` → `{ a: ['1', '2'], b: '3' }`. */
function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

const bearer = (request: Request) =>
  /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim() ?? null;

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
  const idempotency = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  const hits = new Map<string, number[]>();

  const fresh = (state?: State) => {
    const initial = state ?? emptyState();
    const domain = new Domain(initial, {
      clock,
      linkBase,
      onChange: () => options.onChange?.(domain.state),
    });
    if (!state && options.seed !== false) seed(domain, options.seed ?? {});
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
    reset() {
      api.domain = fresh();
      faults.failRate = 0;
      faults.rules.length = 0;
      idempotency.clear();
      hits.clear();
      options.onChange?.(api.domain.state);
    },
    setLatency: (ms) => (settings.latencyMs = ms),
    setRateLimit: (limit) => (settings.rateLimit = limit),
  };

  /** Requests over the limit get 429 with the seconds until the window frees a slot. */
  function rateLimited(key: string): number | null {
    const limit = settings.rateLimit;
    if (!limit) return null;
    const now = Date.now();
    const recent = (hits.get(key) ?? []).filter((t) => t > now - limit.windowMs);
    if (recent.length >= limit.limit) {
      hits.set(key, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) + limit.windowMs - now) / 1000));
    }
    recent.push(now);
    hits.set(key, recent);
    return null;
  }

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
      return errorResponse(
        status,
        {
          code: faultCode(status),
          message: `The service could not answer (${status}). Try again.`,
          ...(status === 429 ? { retryAfter: 1 } : {}),
        },
        status === 429 || status === 503 ? { 'retry-after': '1' } : {},
      );
    }

    const token = bearer(request);
    const throttled = rateLimited(token ?? 'anonymous');
    if (throttled !== null) {
      return errorResponse(
        429,
        {
          code: 'rate_limited',
          message: `Too many requests. Try again in ${throttled} s.`,
          retryAfter: throttled,
        },
        { 'retry-after': String(throttled) },
      );
    }

    const text = request.method === 'GET' ? '' : await request.text();
    if (new TextEncoder().encode(text).byteLength > settings.maxBodyBytes) {
      return errorResponse(413, {
        code: 'validation',
        message: `The request body is larger than ${Math.round(settings.maxBodyBytes / 1024)} KiB. Send fewer rows at a time.`,
        fieldErrors: { _: ['Request body too large'] },
      });
    }

    const domain = api.domain;
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

    const key = request.headers.get('idempotency-key');
    const scope = key ? `${token ?? ''}\u0000${key}` : null;
    const fingerprint = `${route.endpoint.method} ${new URL(request.url).pathname}\u0000${text}`;
    const previous = scope ? idempotency.get(scope) : undefined;
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        return errorResponse(409, {
          code: 'conflict',
          message: 'This Idempotency-Key was already used for a different request.',
        });
      }
      return fault?.mode === 'drop'
        ? HttpResponse.error()
        : HttpResponse.json(previous.body as object, { status: previous.status });
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
      result = handlerFor(route)({ domain, admin, token, params, query, body });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      status = error.status;
      result = errorBody(error);
    }
    if (scope) idempotency.set(scope, { fingerprint, status, body: result });
    if (fault?.mode === 'drop') return HttpResponse.error();
    return HttpResponse.json(result as object, { status });
  }

  const mock = (path: string) => `${baseUrl}/_mock${path}`;
  const ClockBody = z.strictObject({
    advanceMs: z.optional(z.number()),
    advanceDays: z.optional(z.number()),
    set: z.optional(z.string()),
  });
  const FaultsBody = z.strictObject({
    failRate: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    rules: z.optional(
      z.array(
        z.object({
          route: z.optional(z.string()),
          mode: z.enum(['status', 'drop', 'hang']),
          status: z.optional(z.number()),
          times: z.optional(z.number()),
        }),
      ),
    ),
    latencyMs: z.optional(z.number().check(z.minimum(0))),
  });

  api.handlers.push(
    // Mock-only controls: the outbox (R33), the clock, faults, reset, demo tokens.
    http.get(mock('/outbox'), ({ request }) =>
      HttpResponse.json({
        items: api.outbox(new URL(request.url).searchParams.get('to') ?? undefined),
      }),
    ),
    http.get(mock('/clock'), () => HttpResponse.json({ now: new Date(clock.now()).toISOString() })),
    http.post(mock('/clock'), async ({ request }) => {
      const parsed = ClockBody.safeParse(await request.json().catch(() => ({})));
      if (!parsed.success) return validationError(parsed.error.issues, 'Clock');
      const { advanceMs = 0, advanceDays = 0, set } = parsed.data;
      if (set) clock.set(Date.parse(set));
      clock.advance(advanceMs + advanceDays * DAY);
      options.onChange?.(api.domain.state);
      return HttpResponse.json({ now: new Date(clock.now()).toISOString() });
    }),
    http.post(mock('/faults'), async ({ request }) => {
      const parsed = FaultsBody.safeParse(await request.json().catch(() => ({})));
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
    ...operations.map((route: Operation) => {
      const method = route.endpoint.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
      return http[method](`${baseUrl}${mswPath(route.endpoint.path)}`, ({ request, params }) =>
        handle(route, request, params as Record<string, string>),
      );
    }),
  );
  return api;
}
