// The contract: entity and response schemas with their endpoints (light, for clients), and the
// request schemas with operation docs (for servers, forms and the OpenAPI document).
export * from './common.js';
export * from './error-body.js';
export * from './fields.js';
export * from './people.js';
export * from './invitations.js';
export * from './pools.js';
export * from './projects.js';
export * from './roles.js';
export * from './contacts.js';
export * from './invitee.js';
export * from './outbox.js';
export * from './control.js';
export * from './requests/index.js';

// Helpers for whoever validates with these schemas (forms, the mock API, benchmarks).
export { fieldErrorsFrom } from '../errors.js';
export { statusOfError } from '../status.js';
export { parseWith } from '../fast-parse.js';
