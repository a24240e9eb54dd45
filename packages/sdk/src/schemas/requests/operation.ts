// An operation of the API as the server and its documentation see it: the endpoint plus the
// request schemas that validate it, who may call it, and what it can answer.
import type * as z from 'zod/mini';
import type { Auth, Endpoint, ErrorCode } from '../common.js';

type InputOf<E> = E extends Endpoint<string, infer I> ? I : never;
type BodyOf<E> = InputOf<E> extends { body: infer B } ? B : undefined;
type QueryOf<E> = InputOf<E> extends { query?: infer Q } ? Q : undefined;

export interface Operation<
  E extends Endpoint = Endpoint,
  Query extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
> {
  readonly id: string;
  readonly endpoint: E;
  readonly summary: string;
  /** What a server must do beyond the summary: isolation, consent, limits (OpenAPI `description`). */
  readonly description?: string;
  readonly tag: string;
  readonly auth: Auth;
  readonly query?: Query;
  readonly body?: Body;
  /** Success status; 200 unless it creates something. */
  readonly status?: 200 | 201;
  /** Error codes this operation can answer with, beyond the ones every route can. */
  readonly errors: readonly ErrorCode[];
}

/**
 * Declares an operation. The request schemas must accept exactly what the endpoint's callers
 * send: a body schema whose input differs from the endpoint's `body` type does not compile.
 */
export const operation = <
  E extends Endpoint,
  Query extends z.ZodMiniType<unknown, QueryOf<E>> | undefined = undefined,
  Body extends z.ZodMiniType<unknown, BodyOf<E>> | undefined = undefined,
>(
  endpoint: E,
  definition: Omit<Operation<E, Query, Body>, 'endpoint'>,
): Operation<E, Query, Body> => ({ endpoint, ...definition });
