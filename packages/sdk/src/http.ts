// The transport every resource shares: ky underneath, schemas on both sides, one error type.
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
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
  /** How many times to retry on network errors, 408, 429 and 5xx (default 2). Retry-After is
   *  honoured, up to the timeout. */
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

/** `/people/{personId}` with `{ personId: 'p 1' }` (or `['p 1']`, in path order) → `/people/p%201`. */
function fillPath(path: string, params: Record<string, string> | string[] = {}): string {
  let index = 0;
  return path.replace(/\{(\w+)\}/g, (_, key: string) =>
    encodeURIComponent((Array.isArray(params) ? params[index++] : params[key]) ?? ''),
  );
}

async function fromHttpError(error: HTTPError): Promise<InvitekitError> {
  const { status } = error.response;
  const body: unknown = await error.response.json().catch(() => undefined);
  const parsed = readErrorBody(body);
  if (parsed) {
    const retryAfter =
      parsed.retryAfter ?? (Number(error.response.headers.get('retry-after')) || undefined);
    return new InvitekitError({ ...parsed, status, retryAfter, cause: error });
  }
  const codes: Record<number, ErrorCode> = {
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    429: 'rate_limited',
  };
  return new InvitekitError({
    code: codes[status] ?? 'bad_response',
    status,
    message: `The server answered ${status} ${error.response.statusText}`.trim(),
    cause: error,
  });
}

async function toInvitekitError(error: unknown, signal?: AbortSignal): Promise<unknown> {
  if (error instanceof InvitekitError) return error;
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HTTPError) return fromHttpError(error);
  if (error instanceof TimeoutError)
    return new InvitekitError({
      code: 'timeout',
      status: 0,
      message: 'The server took too long to answer. Try again.',
      cause: error,
    });
  if (error instanceof TypeError) {
    return new InvitekitError({
      code: 'network',
      status: 0,
      message: 'Could not reach the server. Check the connection and try again.',
      cause: error,
    });
  }
  return error;
}

export function createHttp(options: ClientOptions): Http {
  const api: KyInstance = ky.create({
    prefixUrl: String(options.baseUrl),
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: options.retry ?? 2,
      // Every mutating call carries an Idempotency-Key, so retrying it cannot create a duplicate.
      methods: ['get', 'post', 'patch', 'delete'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
    },
  });

  return {
    async call(endpoint, input) {
      const loose = input as LooseInput;
      const headers = new Headers();
      const token = loose.token || options.token || (await options.getToken?.());
      if (token) headers.set('authorization', `Bearer ${token}`);
      // Request bodies are validated by the server (and by forms, with the request schemas), so a
      // client that only calls the API does not carry those schemas.
      const json = loose.body;
      const searchParams = loose.query ? toSearchParams(loose.query) : undefined;
      if (endpoint.method !== 'GET')
        headers.set('idempotency-key', loose.idempotencyKey ?? crypto.randomUUID());
      const path = fillPath(endpoint.path, loose.params).slice(1);

      let body: unknown;
      try {
        body = await api(path, {
          method: endpoint.method,
          headers,
          ...(json === undefined ? {} : { json }),
          ...(searchParams ? { searchParams } : {}),
          ...(loose.signal ? { signal: loose.signal } : {}),
        }).json();
      } catch (error) {
        throw await toInvitekitError(error, loose.signal);
      }
      const parsed = parseWith(endpoint.response, body);
      if (!parsed.success) {
        const fieldErrors = Object.fromEntries(
          parsed.error.issues.map((i) => [i.path.join('.'), [i.message]]),
        );
        throw new InvitekitError({
          code: 'bad_response',
          status: 200,
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
