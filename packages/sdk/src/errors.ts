import type { ErrorBody, ErrorCode, FieldErrors } from './schemas/common.js';

export interface InvitekitErrorInit {
  code: ErrorCode | (string & {});
  status: number;
  message: string;
  fieldErrors?: FieldErrors | undefined;
  retryAfter?: number | undefined;
  details?: Record<string, unknown> | undefined;
  cause?: unknown;
}

/** The one error every SDK call throws (besides an AbortError when its signal aborts). */
export class InvitekitError extends Error {
  override readonly name = 'InvitekitError';
  /**
   * Stable machine code: branch on this, not on the message. One of `errorCodes`, or a newer
   * code from a newer server, passed through as it came.
   */
  readonly code: ErrorCode | (string & {});
  /** HTTP status, or 0 when no response arrived (network, timeout, failing getToken, an id of
   *  "", "." or "..", which is refused unsent). */
  readonly status: number;
  /** Field path → messages, for validation errors. */
  readonly fieldErrors: FieldErrors;
  /** Seconds to wait before retrying, for rate limits. */
  readonly retryAfter: number | undefined;
  /** Context such as `{ conflictingRole }` or `{ invitationId }`. */
  readonly details: Record<string, unknown>;

  constructor(init: InvitekitErrorInit) {
    super(init.message, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfter = init.retryAfter;
    this.details = init.details ?? {};
  }
}

/**
 * Issues from a zod parse as `{ 'rows.2.email': ['…'] }`. Field names come from the request, so
 * they are collected in a Map: a field called `constructor` or `__proto__` is one more own key,
 * never a lookup into `Object.prototype`.
 */
export function fieldErrorsFrom(
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    code?: string;
    keys?: readonly string[];
  }[],
): FieldErrors {
  const out = new Map<string, string[]>();
  for (const issue of issues) {
    const paths =
      issue.code === 'unrecognized_keys' && issue.keys
        ? issue.keys.map((key) => [...issue.path, key].map(String).join('.'))
        : [issue.path.map(String).join('.')];
    const message = issue.code === 'unrecognized_keys' ? 'Unknown field' : issue.message;
    for (const path of paths) {
      const key = path || '_';
      const messages = out.get(key);
      if (messages) messages.push(message);
      else out.set(key, [message]);
    }
  }
  return Object.fromEntries(out);
}

/** An error body as the contract describes it (a code and a message), or undefined. */
export function readErrorBody(body: unknown): ErrorBody | undefined {
  const candidate = body as Partial<ErrorBody> | null;
  return typeof candidate?.code === 'string' && typeof candidate.message === 'string'
    ? (candidate as ErrorBody)
    : undefined;
}
