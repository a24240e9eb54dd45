// Request schemas and operation docs: what the server validates and OpenAPI describes.
export * from './operation.js';
export * from './people.js';
export * from './invitations.js';
export * from './pools.js';
export * from './projects.js';
export * from './roles.js';
export * from './contacts.js';
export * from './invitee.js';

import { peopleOperations } from './people.js';
import { invitationOperations } from './invitations.js';
import { poolOperations } from './pools.js';
import { projectOperations } from './projects.js';
import { roleOperations } from './roles.js';
import { contactOperations } from './contacts.js';
import { inviteeOperations } from './invitee.js';

/** Every operation of the API, for the mock server and the OpenAPI document. */
export const operations = [
  ...peopleOperations,
  ...invitationOperations,
  ...poolOperations,
  ...projectOperations,
  ...roleOperations,
  ...contactOperations,
  ...inviteeOperations,
] as const;
