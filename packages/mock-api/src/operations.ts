// Which domain operation answers which route of the contract.
import type * as z from 'zod/mini';
import * as c from '@invitekit/sdk/schemas';
import type { Endpoint, Operation, PathParams } from '@invitekit/sdk/schemas';
import type { Admin, Domain } from './domain.js';

type Operations = (typeof c.operations)[number];
type OperationOf<E> = Extract<Operations, { endpoint: E }>;
type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a handler gets: path params, and query and body already parsed by the contract. */
interface Call<E extends Endpoint> {
  domain: Domain;
  admin: Admin;
  token: string | null;
  params: E extends Endpoint<infer P> ? PathParams<P> : never;
  query: OperationOf<E> extends Operation<E, infer Q> ? Parsed<Q> : never;
  body: OperationOf<E> extends Operation<E, infer _Q, infer B> ? Parsed<B> : never;
}

type LooseHandler = (call: {
  domain: Domain;
  admin: Admin;
  token: string | null;
  params: Record<string, string>;
  query: unknown;
  body: unknown;
}) => unknown;

const table = new Map<Endpoint, LooseHandler>();
const on = <E extends Endpoint>(endpoint: E, handler: (call: Call<E>) => unknown) => {
  table.set(endpoint, handler as unknown as LooseHandler);
};

// People (R1–R4)
on(c.listPeople, ({ domain, admin, query }) => domain.listPeople(admin, query));
on(c.lookupPerson, ({ domain, admin, query }) => domain.lookupPerson(admin, query.email));
on(c.getPerson, ({ domain, admin, params }) => domain.getPerson(admin, params.personId));
on(c.createPerson, ({ domain, admin, body }) => domain.createPerson(admin, body));
on(c.sendPlatformInvite, ({ domain, admin, params, body }) =>
  domain.sendPlatformInvite(admin, params.personId, body.message),
);
on(c.disablePerson, ({ domain, admin, params }) => domain.disablePerson(admin, params.personId));
on(c.enablePerson, ({ domain, admin, params }) => domain.enablePerson(admin, params.personId));
// Invitations (R7–R9, R32)
on(c.listInvitations, ({ domain, admin, query }) => domain.listInvitations(admin, query));
on(c.getInvitation, ({ domain, admin, params }) =>
  domain.getInvitation(admin, params.invitationId),
);
on(c.resendInvitation, ({ domain, admin, params }) =>
  domain.resendInvitation(admin, params.invitationId),
);
on(c.expireInvitation, ({ domain, admin, params }) =>
  domain.expireInvitation(admin, params.invitationId),
);
on(c.reinviteInvitation, ({ domain, admin, params }) =>
  domain.reinvite(admin, params.invitationId),
);
on(c.revokeInvitation, ({ domain, admin, params }) =>
  domain.revokeInvitation(admin, params.invitationId),
);
// Pools, batches, links (R14–R20, R30)
on(c.listPools, ({ domain, admin }) => domain.listPools(admin));
on(c.listBatches, ({ domain, admin, params }) => domain.listBatches(admin, params.poolId));
on(c.createBatch, ({ domain, admin, params, body }) =>
  domain.createBatch(admin, params.poolId, body.name),
);
on(c.getBatch, ({ domain, admin, params }) => domain.getBatch(admin, params.batchId));
on(c.addPersonToBatch, ({ domain, admin, params, body }) =>
  domain.addOne(admin, params.batchId, body),
);
on(c.uploadRows, ({ domain, admin, params, body }) =>
  domain.uploadRows(admin, params.batchId, body.rows),
);
on(c.removeEntries, ({ domain, admin, params, body }) =>
  domain.removeEntries(admin, params.batchId, body.entryIds),
);
on(c.correctEntry, ({ domain, admin, params, body }) =>
  domain.correctEntry(admin, params.batchId, params.entryId, body),
);
on(c.inviteBatch, ({ domain, admin, params, body }) =>
  domain.inviteBatch(admin, params.batchId, body),
);
on(c.createInviteLink, ({ domain, admin, params }) => domain.createLink(admin, params.poolId));
on(c.listInviteLinks, ({ domain, admin, params }) => domain.listLinks(admin, params.poolId));
on(c.revokeInviteLink, ({ domain, admin, params }) => domain.revokeLink(admin, params.linkId));
on(c.listSignups, ({ domain, admin, params }) => domain.listSignups(admin, params.poolId));
on(c.approveSignup, ({ domain, admin, params }) => domain.approveSignup(admin, params.signupId));
on(c.rejectSignup, ({ domain, admin, params }) => domain.rejectSignup(admin, params.signupId));
on(c.signupThroughLink, ({ domain, params, body }) => domain.signup(params.linkToken, body));
// Projects (R5–R13)
on(c.listProjects, ({ domain, admin }) => domain.listProjects(admin));
on(c.getProject, ({ domain, admin, params }) => domain.getProject(admin, params.projectId));
on(c.listMembers, ({ domain, admin, params }) => domain.listMembers(admin, params.projectId));
on(c.addMember, ({ domain, admin, params, body }) =>
  domain.addMember(admin, params.projectId, body),
);
on(c.checkMember, ({ domain, admin, params, body }) =>
  domain.checkMember(admin, params.projectId, body),
);
// Roles (R21–R26)
on(c.listRoles, ({ domain, admin, params }) => domain.listRoles(admin, params.projectId));
on(c.getPipeline, ({ domain, admin, params }) => domain.pipeline(admin, params.roleId));
on(c.inviteCandidates, ({ domain, admin, params, body }) =>
  domain.bulk(admin, params.roleId, 'invited', body.personIds, body),
);
on(c.offerCandidates, ({ domain, admin, params, body }) =>
  domain.bulk(admin, params.roleId, 'offered', body.personIds, body),
);
on(c.confirmCandidates, ({ domain, admin, params, body }) =>
  domain.bulk(admin, params.roleId, 'confirmed', body.personIds, body),
);
on(c.rejectCandidates, ({ domain, admin, params, body }) =>
  domain.bulk(admin, params.roleId, 'rejected', body.personIds, body),
);
on(c.moveCandidate, ({ domain, admin, params, body }) =>
  domain.moveCandidate(admin, params.roleId, params.personId, body.stage, body),
);
// Contacts (R27–R29, R31)
on(c.listContacts, ({ domain, admin }) => domain.listContacts(admin));
on(c.inviteContact, ({ domain, admin, body }) => domain.inviteContact(admin, body));
on(c.importContacts, ({ domain, admin, body }) => domain.importContacts(admin, body));
on(c.createContactLink, ({ domain, admin }) => domain.createContactLink(admin));
on(c.listContactLinks, ({ domain, admin }) => domain.listContactLinks(admin));
// The invitee (R3, R10, R20, R24)
on(c.viewInvitation, ({ domain, token }) => domain.viewAsInvitee(token));
on(c.acceptInvitation, ({ domain, token, body }) => domain.accept(token, body));
on(c.declineInvitation, ({ domain, token }) => domain.decline(token));
on(c.applyToRole, ({ domain, token }) => domain.apply(token));

export function handlerFor(operation: Operation): LooseHandler {
  const handler = table.get(operation.endpoint);
  if (!handler) throw new Error(`No mock handler for operation ${operation.id}`);
  return handler;
}

/** Operations of the contract the mock does not serve (should be none). */
export const unservedOperations = (): Operation[] =>
  c.operations.filter((operation: Operation) => !table.has(operation.endpoint));
