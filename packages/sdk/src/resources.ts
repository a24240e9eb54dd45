// Every other resource, each a namespace over the shared transport.
import type { Http, RequestOptions } from './http.js';
import { Paged } from './paged.js';
import * as people from './schemas/people.js';
import * as pools from './schemas/pools.js';
import * as projects from './schemas/projects.js';
import * as roles from './schemas/roles.js';
import * as contacts from './schemas/contacts.js';
import * as invitee from './schemas/invitee.js';

type O = RequestOptions;

export const peopleResource = (http: Http) => ({
  list: (query: Omit<people.PeopleQuery, 'cursor'> = {}, options: O = {}) =>
    new Paged((cursor) =>
      http.call(people.listPeople, {
        ...options,
        query: { ...query, ...(cursor ? { cursor } : {}) },
      }),
    ),
  /** Does a profile exist for this personal email? (R15) */
  lookup: (email: string, options: O = {}) =>
    http.call(people.lookupPerson, { ...options, query: { email } }),
  get: (personId: string, options: O = {}) =>
    http.call(people.getPerson, { ...options, params: { personId } }),
  create: (body: people.CreatePersonBody, options: O = {}) =>
    http.call(people.createPerson, { ...options, body }),
  /** Send the platform invitation, or resend it while `invited` (R2). */
  sendInvite: (personId: string, body: { message?: string } = {}, options: O = {}) =>
    http.call(people.sendPlatformInvite, { ...options, params: { personId }, body }),
  disable: (personId: string, options: O = {}) =>
    http.call(people.disablePerson, { ...options, params: { personId } }),
  enable: (personId: string, options: O = {}) =>
    http.call(people.enablePerson, { ...options, params: { personId } }),
});

export const poolsResource = (http: Http) => ({
  list: (options: O = {}) => http.call(pools.listPools, options),
  batches: (poolId: string, options: O = {}) =>
    http.call(pools.listBatches, { ...options, params: { poolId } }),
  createBatch: (poolId: string, name: string, options: O = {}) =>
    http.call(pools.createBatch, { ...options, params: { poolId }, body: { name } }),
  createLink: (poolId: string, options: O = {}) =>
    http.call(pools.createInviteLink, { ...options, params: { poolId } }),
  links: (poolId: string, options: O = {}) =>
    http.call(pools.listInviteLinks, { ...options, params: { poolId } }),
  signups: (poolId: string, options: O = {}) =>
    http.call(pools.listSignups, { ...options, params: { poolId } }),
});

export const batchesResource = (http: Http) => ({
  /** Reopen a batch (R14). */
  get: (batchId: string, options: O = {}) =>
    http.call(pools.getBatch, { ...options, params: { batchId } }),
  /** Add and invite one person (R15). */
  addOne: (batchId: string, body: pools.AddOneBody, options: O = {}) =>
    http.call(pools.addPersonToBatch, { ...options, params: { batchId }, body }),
  /** Upload rows; each is checked (R16). */
  upload: (batchId: string, rows: pools.UploadRow[], options: O = {}) =>
    http.call(pools.uploadRows, { ...options, params: { batchId }, body: { rows } }),
  /** Correct a row in place and check it again (R17). */
  correct: (batchId: string, entryId: string, row: pools.UploadRow, options: O = {}) =>
    http.call(pools.correctEntry, { ...options, params: { batchId, entryId }, body: row }),
  /** Invite selected entries, or all valid ones with `{ all: true }` (R18). */
  invite: (batchId: string, body: pools.InviteBatchBody, options: O = {}) =>
    http.call(pools.inviteBatch, { ...options, params: { batchId }, body }),
});

export const linksResource = (http: Http) => ({
  revoke: (linkId: string, options: O = {}) =>
    http.call(pools.revokeInviteLink, { ...options, params: { linkId } }),
  approveSignup: (signupId: string, options: O = {}) =>
    http.call(pools.approveSignup, { ...options, params: { signupId } }),
  /** Sign up through a shared link (no admin token needed, R30). */
  signup: (linkToken: string, body: pools.SignupBody, options: O = {}) =>
    http.call(pools.signupThroughLink, { ...options, params: { linkToken }, body }),
});

export const projectsResource = (http: Http) => ({
  list: (options: O = {}) => http.call(projects.listProjects, options),
  get: (projectId: string, options: O = {}) =>
    http.call(projects.getProject, { ...options, params: { projectId } }),
  members: (projectId: string, options: O = {}) =>
    http.call(projects.listMembers, { ...options, params: { projectId } }),
  /** Add a member: `added` at once for active users (R6), else `invited` (R7). */
  addMember: (projectId: string, body: projects.AddMemberBody, options: O = {}) =>
    http.call(projects.addMember, { ...options, params: { projectId }, body }),
  roles: (projectId: string, options: O = {}) =>
    http.call(roles.listRoles, { ...options, params: { projectId } }),
});

export const rolesResource = (http: Http) => ({
  pipeline: (roleId: string, options: O = {}) =>
    http.call(roles.getPipeline, { ...options, params: { roleId } }),
  invite: (roleId: string, body: roles.BulkBody, options: O = {}) =>
    http.call(roles.inviteCandidates, { ...options, params: { roleId }, body }),
  offer: (roleId: string, body: roles.BulkBody, options: O = {}) =>
    http.call(roles.offerCandidates, { ...options, params: { roleId }, body }),
  confirm: (roleId: string, body: roles.BulkBody, options: O = {}) =>
    http.call(roles.confirmCandidates, { ...options, params: { roleId }, body }),
  reject: (roleId: string, body: roles.BulkBody, options: O = {}) =>
    http.call(roles.rejectCandidates, { ...options, params: { roleId }, body }),
  /** Move one candidate; a forbidden move fails with `invalid_transition` (R25). */
  move: (roleId: string, personId: string, body: roles.MoveBody, options: O = {}) =>
    http.call(roles.moveCandidate, { ...options, params: { roleId, personId }, body }),
});

export const contactsResource = (http: Http) => ({
  list: (options: O = {}) => http.call(contacts.listContacts, options),
  /** Invite, or "invite and offer job" with `offerRoleId` (R27–R29). */
  invite: (body: contacts.InviteContactBody, options: O = {}) =>
    http.call(contacts.inviteContact, { ...options, body }),
  /** Review rows (no `select`), or import the selected lines (R31). */
  import: (body: contacts.ImportContactsBody, options: O = {}) =>
    http.call(contacts.importContacts, { ...options, body }),
});

/** The invitee's side: every call takes the invitation token from the link. */
export const inviteeResource = (http: Http) => ({
  view: (token: string, options: O = {}) =>
    http.call(invitee.viewInvitation, { ...options, token }),
  accept: (token: string, body: invitee.AcceptBody = {}, options: O = {}) =>
    http.call(invitee.acceptInvitation, { ...options, token, body }),
  decline: (token: string, options: O = {}) =>
    http.call(invitee.declineInvitation, { ...options, token }),
  apply: (token: string, options: O = {}) => http.call(invitee.applyToRole, { ...options, token }),
});
