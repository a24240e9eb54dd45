import { statusOfError, type ErrorCode, type FieldErrors } from '@invitekit/sdk/schemas';

/** A rule said no. The handler layer turns it into the error body the contract describes. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      fieldErrors?: FieldErrors;
      details?: Record<string, unknown>;
      /** Seconds to wait before trying again (rate limits). */
      retryAfter?: number;
      status?: number;
    } = {},
  ) {
    super(message);
  }

  get status(): number {
    return this.extra.status ?? statusOfError[this.code];
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);
/** `details` says what blocks the move, for clients that word it themselves (`{ status }`). */
export const transition = (message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid_transition', message, details ? { details } : {});
