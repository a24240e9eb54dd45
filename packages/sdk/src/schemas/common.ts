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
export const FieldErrors = z.record(z.string(), z.array(z.string()));
export type FieldErrors = z.infer<typeof FieldErrors>;

export const ErrorBody = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fieldErrors: z.optional(FieldErrors),
  /** Seconds to wait before trying again (rate limits). */
  retryAfter: z.optional(z.number()),
  /** Machine-readable context: the conflicting role, the existing invitation id… */
  details: z.optional(z.record(z.string(), z.unknown())),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A cursor-paged list. `nextCursor` is null on the last page. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(z.string()), total: z.number() });

export const list = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Auth = 'admin' | 'invitee' | 'none';

/** One operation of the API: the SDK calls it, the mock API serves it, OpenAPI documents it. */
export interface Route<
  Path extends string = string,
  Query extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly id: string;
  readonly method: Method;
  readonly path: Path;
  readonly summary: string;
  readonly tag: string;
  readonly auth: Auth;
  readonly query?: Query;
  readonly body?: Body;
  readonly response: Response;
  /** Success status; 200 unless it creates something. */
  readonly status?: 200 | 201;
  /** Error codes this route can answer with, beyond the ones every route can. */
  readonly errors: readonly ErrorCode[];
}

export const route = <
  const Path extends string,
  Query extends z.ZodMiniType | undefined = undefined,
  Body extends z.ZodMiniType | undefined = undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
>(
  definition: Route<Path, Query, Body, Response>,
) => definition;

/** `'projectId'` for `/projects/{projectId}/members`. */
export type ParamNames<Path extends string> = Path extends `${string}{${infer Param}}${infer Rest}`
  ? Param | ParamNames<Rest>
  : never;

/** `{ projectId: string }` for `/projects/{projectId}/members`. */
export type PathParams<Path extends string> = { [K in ParamNames<Path>]: string };
