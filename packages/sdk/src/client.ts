import { createHttp, type ClientOptions } from './http.js';
import { invitations } from './invitations.js';
import {
  batchesResource,
  contactsResource,
  inviteeResource,
  linksResource,
  peopleResource,
  poolsResource,
  projectsResource,
  rolesResource,
} from './resources.js';

/** A client for the whole API, resources as namespaces: `client.invitations.list()`. */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    people: peopleResource(http),
    pools: poolsResource(http),
    batches: batchesResource(http),
    links: linksResource(http),
    projects: projectsResource(http),
    roles: rolesResource(http),
    invitations: invitations(http),
    contacts: contactsResource(http),
    invitee: inviteeResource(http),
  };
}

export type InvitekitClient = ReturnType<typeof createClient>;
