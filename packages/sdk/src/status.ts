import type { ErrorCode } from './schemas/common.js';

/** The HTTP status each error code is answered with. */
export const statusOfError: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  link_expired: 410,
  inactive_user: 422,
  rate_limited: 429,
  bad_response: 500,
  network: 503,
  timeout: 504,
};
