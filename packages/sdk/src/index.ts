export { createClient, type InvitekitClient } from './client.js';
export {
  createHttp,
  type ClientOptions,
  type Http,
  type RequestOptions,
  type CallInput,
} from './http.js';
export {
  InvitekitError,
  fieldErrorsFrom,
  readErrorBody,
  type InvitekitErrorInit,
} from './errors.js';
export { Paged, type PageShape } from './paged.js';
export * from './schemas/index.js';
export { statusOfError } from './status.js';
export { parseWith } from './fast-parse.js';
