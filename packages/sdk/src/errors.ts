import { errorCodes, type ErrorBody, type ErrorCode, type FieldErrors } from './schemas/common.js';

export interface InvitekitErrorInit {
  /** A code of the contract, or any string a (newer) server sent; see `InvitekitError.code`. */
  code: ErrorCode | (string & {});
  status: number;
  message: string;
  fieldErrors?: FieldErrors | undefined;
  retryAfter?: number | undefined;
  details?: Record<string, unknown> | undefined;
  cause?: unknown;
}

const known = new Set<string>(errorCodes);
/** What a code this SDK does not know stands for, judged by the status it came with. */
const codeOfStatus: Partial<Record<number, ErrorCode>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
};

/** The one error every SDK call throws (besides an AbortError when its signal aborts). */
export class InvitekitError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'InvitekitError';
  /**
   * Stable machine code: branch on this, not on the message. Always one of `errorCodes`, so a
   * `switch` over it can be exhaustive: a code this SDK does not know (from a newer server) reads
   * as what its status stands for (`conflict` for a 409…, else `bad_response`), and arrives as it
   * came in `serverCode`.
   */
  readonly code: C;
  /** The code exactly as the server sent it (equal to `code` unless the SDK did not know it). */
  readonly serverCode: string;
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
    this.code = (
      known.has(init.code) ? init.code : (codeOfStatus[init.status] ?? 'bad_response')
    ) as C;
    this.serverCode = init.code;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfter = init.retryAfter;
    this.details = init.details ?? {};
  }
}

/**
 * Whether `error` is an InvitekitError, with one of `codes` when given:
 * `if (isInvitekitError(e, 'conflict')) e.details…`. Also true for one thrown by another copy of
 * the SDK (a one-file build and an npm install on the same page), where `instanceof` is not.
 */
export function isInvitekitError<C extends ErrorCode = ErrorCode>(
  error: unknown,
  ...codes: C[]
): error is InvitekitError<C> {
  const candidate = error as Partial<InvitekitError> | null;
  return (
    (error instanceof InvitekitError ||
      (error instanceof Error &&
        candidate?.name === 'InvitekitError' &&
        typeof candidate.code === 'string')) &&
    (codes.length === 0 || codes.includes(candidate?.code as C))
  );
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
