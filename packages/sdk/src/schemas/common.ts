// What every route shares: error codes and body, paging, and the route description itself.
import * as z from 'zod/mini';

export const errorCodes = [
  'validation',
  'not_found',
  'unauthorized',
  'forbidden',
  'conflict',
  'inactive_user',
  'invalid_transition',
  'link_expired',
  'rate_limited',
  'network',
  'timeout',
  'bad_response',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Field path (dotted, e.g. `rows.3.email`) → messages for that field. */
export type FieldErrors = Record<string, string[]>;

/** The body of every error answer. Its schema (`ErrorBody`) lives in `error-body.ts`. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** Seconds to wait before trying again (rate limits). */
  retryAfter?: number;
  /** Machine-readable context: the conflicting role, the existing invitation id… */
  details?: Record<string, unknown>;
}

/** A cursor-paged list. `nextCursor` is null on the last page. */
export const page = <T extends z.ZodMiniType, Extra extends z.core.$ZodLooseShape>(
  item: T,
  extra: Extra,
) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.number(),
    ...extra,
  });

/** The shape of `counts()`, to combine with optional counts a newer server adds. */
export const countShape = <const T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, z.number()])) as { [K in T[number]]: z.ZodMiniNumber };

/** `{ pending: number, accepted: number, … }`: a count for every value. */
export const counts = <const T extends readonly string[]>(values: T) =>
  z.object(countShape(values));

export const list = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Auth = 'admin' | 'invitee' | 'none';

/** `'projectId'` for `/projects/{projectId}/members`. */
export type ParamNames<Path extends string> = Path extends `${string}{${infer Param}}${infer Rest}`
  ? Param | ParamNames<Rest>
  : never;

/** `{ projectId: string }` for `/projects/{projectId}/members`. */
export type PathParams<Path extends string> = { [K in ParamNames<Path>]: string };

/**
 * What a client needs to call one operation: method, path and the response schema. `Input` is the
 * type of `{ query?, body }` the call takes; the request schemas themselves live in
 * `schemas/requests/`, so a client that only calls the API does not carry them.
 */
export interface Endpoint<
  Path extends string = string,
  Input = unknown,
  Response extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly method: Method;
  readonly path: Path;
  readonly response: Response;
  /** Type-only: what the call takes besides path params. Never set at run time. */
  readonly input?: Input;
}

/** `endpoint<{ body: AddMemberBody }>()('POST', '/projects/{projectId}/members', AddMemberResult)` */
export const endpoint =
  <Input = unknown>() =>
  <const Path extends string, Response extends z.ZodMiniType>(
    method: Method,
    path: Path,
    response: Response,
  ): Endpoint<Path, Input, Response> => ({ method, path, response });
