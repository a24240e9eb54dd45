// The contract: every schema and route of the Invitekit API.
export * from './common.js';
export * from './fields.js';
export * from './people.js';
export * from './invitations.js';
export * from './pools.js';
export * from './projects.js';
export * from './roles.js';
export * from './contacts.js';
export * from './invitee.js';
export * from './outbox.js';

import { peopleRoutes } from './people.js';
import { invitationRoutes } from './invitations.js';
import { poolRoutes } from './pools.js';
import { projectRoutes } from './projects.js';
import { roleRoutes } from './roles.js';
import { contactRoutes } from './contacts.js';
import { inviteeRoutes } from './invitee.js';

/** Every route of the API, for the mock server and the OpenAPI document. */
export const routes = [
  ...peopleRoutes,
  ...invitationRoutes,
  ...poolRoutes,
  ...projectRoutes,
  ...roleRoutes,
  ...contactRoutes,
  ...inviteeRoutes,
] as const;
