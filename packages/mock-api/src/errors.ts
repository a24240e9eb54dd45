import { statusOfError, type ErrorCode, type FieldErrors } from '@invitekit/sdk/schemas';

/** A rule said no. The handler layer turns it into the error body the contract describes. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      fieldErrors?: FieldErrors;
      details?: Record<string, unknown>;
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
export const transition = (message: string) => new DomainError('invalid_transition', message);
