// The transport every resource shares: ky underneath, schemas on both sides, one error type.
import ky, { HTTPError, TimeoutError, isHTTPError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import type { Endpoint, ErrorCode, ParamNames, PathParams } from './schemas/common.js';
import { InvitekitError, readErrorBody } from './errors.js';
import { parseWith } from './fast-parse.js';

export interface ClientOptions {
  /** Where the API lives, e.g. `https://api.example.com/v1` or `/api/v1`. */
  baseUrl: string | URL;
  /** A bearer token; or use `getToken` to fetch a fresh one per request. */
  token?: string;
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  /** Milliseconds per attempt before a `timeout` error (default 10 000). */
  timeout?: number;
  /** How many times to retry on network errors, 408, 429 and 5xx (default 2). A Retry-After of at
   *  most `timeout` is waited for; a longer one ends the call at once with `retryAfter` set, so the
   *  caller decides (a 503 asking for an hour does not hold the call for an hour). */
  retry?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's token for this call (the invitee's invitation token, for example). */
  token?: string;
  /** Idempotency key for a mutating call; one is generated when omitted and kept across retries. */
  idempotencyKey?: string;
}

export type Output<E extends Endpoint> = z.infer<E['response']>;

/** What a call of endpoint E takes: path params, plus the query and body its contract names. */
export type CallInput<E extends Endpoint> =
  E extends Endpoint<infer P, infer I>
    ? RequestOptions &
        ([ParamNames<P>] extends [never] ? unknown : { params: PathParams<P> }) &
        (unknown extends I ? unknown : I)
    : never;

export interface Http {
  call<E extends Endpoint>(endpoint: E, input: CallInput<E>): Promise<Output<E>>;
}

interface LooseInput extends RequestOptions {
  params?: Record<string, string> | string[];
  query?: Record<string, string | number | boolean | string[] | undefined>;
  body?: unknown;
}

function toSearchParams(
  query: Record<string, string | number | boolean | string[] | undefined>,
): URLSearchParams {
  return new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, Array.isArray(value) ? value.join(',') : String(value)]],
    ),
  );
}

const fail = (code: ErrorCode, status: number, message: string, cause?: unknown) =>
  new InvitekitError({ code, status, message, cause });

/**
 * `/people/{personId}` with `{ personId: 'p 1' }` (or `['p 1']`, in path order) → `/people/p%201`.
 * An id of "", "." or ".." names nothing and is refused: URLs resolve dot segments (`%2E` too), so
 * it would reach another route (`/invitations/..` is `/`).
 */
function fillPath(path: string, params: Record<string, string> | string[] = {}): string {
  let index = 0;
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const id = (Array.isArray(params) ? params[index++] : params[key]) ?? '';
    if (/^\.{0,2}$/.test(id)) throw fail('not_found', 0, `No ${key} "${id}"`);
    return encodeURIComponent(id);
  });
}

/** A `Retry-After` header in seconds: delta-seconds or an HTTP date; undefined when absent. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = /^\d+(\.\d+)?$/.test(value)
    ? Number(value)
    : (Date.parse(value) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, seconds);
}

async function fromHttpError(error: HTTPError): Promise<InvitekitError> {
  const { status } = error.response;
  const body: unknown = await error.response.json().catch(() => undefined);
  const parsed = readErrorBody(body);
  if (parsed) {
    const retryAfter = parsed.retryAfter ?? retryAfterOf(error.response);
    return new InvitekitError({ ...parsed, status, retryAfter, cause: error });
  }
  const codes: Record<number, ErrorCode> = {
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    429: 'rate_limited',
  };
  return fail(
    codes[status] ?? 'bad_response',
    status,
    `The server answered ${status} ${error.response.statusText}`.trim(),
    error,
  );
}

/** Any failure of a sent call as an InvitekitError; an abort stays the signal's reason. */
async function toInvitekitError(
  error: unknown,
  signal: AbortSignal | undefined,
  status: number,
): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HTTPError) return fromHttpError(error);
  // A 2xx answer whose body is not JSON.
  if (error instanceof SyntaxError)
    return fail('bad_response', status, `The server answered ${status} with no JSON`, error);
  if (error instanceof TimeoutError)
    return fail('timeout', 0, 'The server took too long to answer. Try again.', error);
  // fetch rejects with a TypeError; a host's own fetch may reject with anything.
  return fail(
    'network',
    0,
    'Could not reach the server. Check the connection and try again.',
    error,
  );
}

export function createHttp(options: ClientOptions): Http {
  const timeout = options.timeout ?? 10_000;
  const api: KyInstance = ky.create({
    prefixUrl: String(options.baseUrl),
    timeout,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: options.retry ?? 2,
      // Every mutating call carries an Idempotency-Key, so retrying it cannot create a duplicate:
      // not after a 5xx, and not after a timeout (the first attempt may have landed).
      methods: ['get', 'post', 'patch', 'delete'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      retryOnTimeout: true,
      // Retry-After is honoured on these; ky caps the wait at maxRetryAfter...
      afterStatusCodes: [429, 503],
      maxRetryAfter: timeout,
      // ...but a wait longer than the timeout is not ours to take: the call fails at once with
      // `retryAfter` set, and the caller decides (ky alone would wait `timeout` and try again).
      shouldRetry: ({ error }) =>
        isHTTPError(error) && (retryAfterOf(error.response) ?? 0) * 1000 > timeout
          ? false
          : undefined,
    },
  });

  return {
    async call(endpoint, input) {
      const loose = input as LooseInput;
      const { signal } = loose;
      // An aborted call does nothing, not even ask for a token.
      signal?.throwIfAborted();
      const path = fillPath(endpoint.path, loose.params).slice(1);
      const headers = new Headers({ accept: 'application/json' });
      let token: string | undefined;
      try {
        token = loose.token || options.token || (await options.getToken?.());
      } catch (error) {
        throw fail('unauthorized', 0, 'Could not get a token to sign in with', error);
      }
      if (token) headers.set('authorization', `Bearer ${token}`);
      // Request bodies are validated by the server (and by forms, with the request schemas), so a
      // client that only calls the API does not carry those schemas.
      const json = loose.body;
      const searchParams = loose.query ? toSearchParams(loose.query) : undefined;
      if (endpoint.method !== 'GET')
        headers.set('idempotency-key', loose.idempotencyKey ?? crypto.randomUUID());

      let status = 0;
      let body: unknown;
      try {
        // Again, after getToken: ky only listens for the abort event, which has fired by now.
        signal?.throwIfAborted();
        const response = await api(path, {
          method: endpoint.method,
          headers,
          ...(json === undefined ? {} : { json }),
          ...(searchParams ? { searchParams } : {}),
          ...(signal ? { signal } : {}),
        });
        status = response.status;
        body = await response.json();
      } catch (error) {
        throw await toInvitekitError(error, signal, status);
      }
      const parsed = parseWith(endpoint.response, body);
      if (!parsed.success) {
        const fieldErrors = Object.fromEntries(
          parsed.error.issues.map((i) => [i.path.join('.'), [i.message]]),
        );
        throw new InvitekitError({
          code: 'bad_response',
          status,
          message: `Unexpected answer from ${endpoint.method} ${endpoint.path} (${Object.keys(fieldErrors).join(', ')})`,
          fieldErrors,
        });
      }
      return parsed.data as Output<typeof endpoint>;
    },
  };
}

type BodyOf<E> =
  E extends Endpoint<string, infer I> ? (I extends { body: infer B } ? B : undefined) : never;

/**
 * Calls an endpoint with its path params given in path order, then its body: the short form the
 * resource namespaces use (`caller(http)(getPerson, [personId], options)`).
 */
export const caller =
  (http: Http) =>
  <E extends Endpoint>(
    endpoint: E,
    ids: string[],
    options?: RequestOptions,
    body?: BodyOf<E>,
  ): Promise<Output<E>> =>
    http.call(endpoint, { ...options, params: ids, body } as unknown as CallInput<E>);
