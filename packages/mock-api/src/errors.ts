import type { ErrorCode, FieldErrors } from '@invitekit/sdk/schemas';

export const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  link_expired: 410,
  inactive_user: 422,
  rate_limited: 429,
  network: 503,
  timeout: 504,
  bad_response: 500,
};

/** A rule said no. The handler layer turns it into the error body the contract describes. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { fieldErrors?: FieldErrors; details?: Record<string, unknown>; status?: number } = {},
  ) {
    super(message);
  }

  get status(): number {
    return this.extra.status ?? statusOf[this.code];
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);
export const transition = (message: string) => new DomainError('invalid_transition', message);
