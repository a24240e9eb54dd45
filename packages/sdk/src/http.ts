// The transport every resource shares: ky underneath, schemas on both sides, one error type.
import ky, { HTTPError, NetworkError, TimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { ErrorBody, type ParamNames, type PathParams, type Route } from './schemas/common.js';
import { InvitekitError, fieldErrorsFrom } from './errors.js';

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
  /** Retries on network errors, timeouts, 408, 429 and 5xx (default 2; Retry-After is honoured). */
  retry?: number | { limit?: number; maxRetryAfter?: number };
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's token for this call (the invitee's invitation token, for example). */
  token?: string;
  /** Idempotency key for a mutating call; one is generated when omitted and kept across retries. */
  idempotencyKey?: string;
}

export type Output<R extends Route> = z.infer<R['response']>;

/** What a call of route R needs: path params, query and body, each typed from the contract. */
export type CallInput<R extends Route> =
  R extends Route<infer P, infer Q, infer B>
    ? RequestOptions &
        ([ParamNames<P>] extends [never] ? unknown : { params: PathParams<P> }) &
        ([Q] extends [z.ZodMiniType] ? { query?: z.input<Q> } : unknown) &
        ([B] extends [z.ZodMiniType] ? { body: z.input<B> } : unknown)
    : never;

export interface Http {
  call<R extends Route>(route: R, input: CallInput<R>): Promise<Output<R>>;
}

interface LooseInput extends RequestOptions {
  params?: Record<string, string>;
  query?: unknown;
  body?: unknown;
}

function validation(issues: z.core.$ZodIssue[], what: string): InvitekitError {
  const fieldErrors = fieldErrorsFrom(issues);
  const first = Object.entries(fieldErrors)[0];
  return new InvitekitError({
    code: 'validation',
    status: 0,
    message: first ? `${what}: ${first[0]}: ${first[1][0] ?? ''}` : `${what} is not valid`,
    fieldErrors,
  });
}

function toSearchParams(
  query: Record<string, string | number | boolean | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (!value)
      throw new InvitekitError({
        code: 'validation',
        status: 0,
        message: `${key} is required`,
        fieldErrors: { [key]: [`${key} is required`] },
      });
    return encodeURIComponent(value);
  });
}

async function fromHttpError(error: HTTPError): Promise<InvitekitError> {
  const { status } = error.response;
  let body: unknown = error.data;
  if (body === undefined) body = await error.response.json().catch(() => undefined);
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const retryAfter =
      parsed.data.retryAfter ?? (Number(error.response.headers.get('retry-after')) || undefined);
    return new InvitekitError({ ...parsed.data, status, retryAfter, cause: error });
  }
  return new InvitekitError({
    code:
      status >= 500
        ? 'bad_response'
        : status === 401
          ? 'unauthorized'
          : status === 403
            ? 'forbidden'
            : status === 404
              ? 'not_found'
              : status === 429
                ? 'rate_limited'
                : 'bad_response',
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
  if (error instanceof NetworkError || error instanceof TypeError) {
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
  const retry =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const api: KyInstance = ky.create({
    baseUrl: String(options.baseUrl).replace(/\/?$/, '/'),
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: retry.limit ?? 2,
      // Every mutating call carries an Idempotency-Key, so retrying it cannot create a duplicate.
      methods: ['get', 'post', 'patch', 'delete'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: retry.maxRetryAfter ?? 60_000,
      retryOnTimeout: true,
    },
  });

  return {
    async call(route, input) {
      const loose = input as LooseInput;
      const headers = new Headers({ accept: 'application/json' });
      const token = loose.token || options.token || (await options.getToken?.());
      if (token) headers.set('authorization', `Bearer ${token}`);
      let json: unknown;
      if (route.body) {
        const parsed = route.body.safeParse(loose.body ?? {});
        if (!parsed.success) throw validation(parsed.error.issues, 'Request');
        json = parsed.data;
      }
      let searchParams: URLSearchParams | undefined;
      if (route.query && loose.query) {
        const parsed = route.query.safeParse(loose.query);
        if (!parsed.success) throw validation(parsed.error.issues, 'Query');
        searchParams = toSearchParams(
          parsed.data as Record<string, string | number | boolean | string[] | undefined>,
        );
      }
      if (route.method !== 'GET')
        headers.set('idempotency-key', loose.idempotencyKey ?? crypto.randomUUID());
      const path = fillPath(route.path, loose.params).slice(1);

      let body: unknown;
      try {
        body = await api(path, {
          method: route.method,
          headers,
          ...(json === undefined ? {} : { json }),
          ...(searchParams ? { searchParams } : {}),
          ...(loose.signal ? { signal: loose.signal } : {}),
        }).json();
      } catch (error) {
        throw await toInvitekitError(error, loose.signal);
      }
      const parsed = route.response.safeParse(body);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsFrom(parsed.error.issues);
        throw new InvitekitError({
          code: 'bad_response',
          status: 200,
          message: `The server's answer to ${route.id} did not match the contract (${Object.keys(fieldErrors).slice(0, 3).join(', ')})`,
          fieldErrors,
        });
      }
      return parsed.data as Output<typeof route>;
    },
  };
}
