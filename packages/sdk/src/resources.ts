// Every other resource, each a namespace over the shared transport.
import { caller, type Http, type RequestOptions } from './http.js';
import { Paged } from './paged.js';
import * as people from './schemas/people.js';
import * as pools from './schemas/pools.js';
import * as projects from './schemas/projects.js';
import * as roles from './schemas/roles.js';
import * as contacts from './schemas/contacts.js';
import * as invitee from './schemas/invitee.js';
import type { PeopleQuery, CreatePersonBody } from './schemas/requests/people.js';
import type {
  AddOneBody,
  InviteBatchBody,
  SheetRow,
  SignupBody,
  UploadRow,
} from './schemas/requests/pools.js';
import type { AddMemberBody } from './schemas/requests/projects.js';
import type { BulkBody, MoveBody, RejectBody } from './schemas/requests/roles.js';
import type { ImportContactsBody, InviteContactBody } from './schemas/requests/contacts.js';
import type { AcceptBody } from './schemas/requests/invitee.js';

type O = RequestOptions;

export const peopleResource = (http: Http) => {
  const c = caller(http);
  return {
    list: (query: Omit<PeopleQuery, 'cursor'> = {}, options?: O) =>
      new Paged((cursor) =>
        http.call(people.listPeople, {
          ...options,
          query: { ...query, ...(cursor ? { cursor } : {}) },
        }),
      ),
    /** Does a profile exist for this personal email? (R15) */
    lookup: (email: string, options?: O) =>
      http.call(people.lookupPerson, { ...options, query: { email } }),
    get: (personId: string, options?: O) => c(people.getPerson, [personId], options),
    create: (body: CreatePersonBody, options?: O) => c(people.createPerson, [], options, body),
    /** Send the platform invitation, or resend it while `invited` (R2). */
    sendInvite: (personId: string, body: { message?: string } = {}, options?: O) =>
      c(people.sendPlatformInvite, [personId], options, body),
    disable: (personId: string, options?: O) => c(people.disablePerson, [personId], options),
    enable: (personId: string, options?: O) => c(people.enablePerson, [personId], options),
  };
};

export const poolsResource = (http: Http) => {
  const c = caller(http);
  return {
    list: (options?: O) => c(pools.listPools, [], options),
    batches: (poolId: string, options?: O) => c(pools.listBatches, [poolId], options),
    createBatch: (poolId: string, name: string, options?: O) =>
      c(pools.createBatch, [poolId], options, { name }),
    createLink: (poolId: string, options?: O) => c(pools.createInviteLink, [poolId], options),
    links: (poolId: string, options?: O) => c(pools.listInviteLinks, [poolId], options),
    signups: (poolId: string, options?: O) => c(pools.listSignups, [poolId], options),
  };
};

export const batchesResource = (http: Http) => {
  const c = caller(http);
  return {
    /** Reopen a batch (R14). */
    get: (batchId: string, options?: O) => c(pools.getBatch, [batchId], options),
    /** Add and invite one person (R15). */
    addOne: (batchId: string, body: AddOneBody, options?: O) =>
      c(pools.addPersonToBatch, [batchId], options, body),
    /** Upload rows (up to 5000 a call, each with its sheet `line`); each is checked (R16). */
    upload: (batchId: string, rows: SheetRow[], options?: O) =>
      c(pools.uploadRows, [batchId], options, { rows }),
    /** Remove rows not invited yet (all or nothing). */
    remove: (batchId: string, entryIds: string[], options?: O) =>
      c(pools.removeEntries, [batchId], options, { entryIds }),
    /** Correct a row in place and check it again (R17). */
    correct: (batchId: string, entryId: string, row: UploadRow, options?: O) =>
      c(pools.correctEntry, [batchId, entryId], options, row),
    /** Invite selected entries, or all valid ones with `{ all: true }` (R18). */
    invite: (batchId: string, body: InviteBatchBody, options?: O) =>
      c(pools.inviteBatch, [batchId], options, body),
  };
};

export const linksResource = (http: Http) => {
  const c = caller(http);
  return {
    revoke: (linkId: string, options?: O) => c(pools.revokeInviteLink, [linkId], options),
    approveSignup: (signupId: string, options?: O) => c(pools.approveSignup, [signupId], options),
    /** Reject a sign-up through a link: nobody gets access; the person is told (R30). */
    rejectSignup: (signupId: string, options?: O) => c(pools.rejectSignup, [signupId], options),
    /** Sign up through a shared link (no admin token needed, R30). */
    signup: (linkToken: string, body: SignupBody, options?: O) =>
      c(pools.signupThroughLink, [linkToken], options, body),
  };
};

export const projectsResource = (http: Http) => {
  const c = caller(http);
  return {
    list: (options?: O) => c(projects.listProjects, [], options),
    get: (projectId: string, options?: O) => c(projects.getProject, [projectId], options),
    members: (projectId: string, options?: O) => c(projects.listMembers, [projectId], options),
    /** Add a member: `added` at once for active users (R6), else `invited` (R7). */
    addMember: (projectId: string, body: AddMemberBody, options?: O) =>
      c(projects.addMember, [projectId], options, body),
    /** What `addMember` would do, changing nothing; throws the error it would get (R5, R11–R13). */
    checkMember: (projectId: string, body: AddMemberBody, options?: O) =>
      c(projects.checkMember, [projectId], options, body),
    roles: (projectId: string, options?: O) => c(roles.listRoles, [projectId], options),
  };
};

export const rolesResource = (http: Http) => {
  const c = caller(http);
  return {
    pipeline: (roleId: string, options?: O) => c(roles.getPipeline, [roleId], options),
    invite: (roleId: string, body: BulkBody, options?: O) =>
      c(roles.inviteCandidates, [roleId], options, body),
    offer: (roleId: string, body: BulkBody, options?: O) =>
      c(roles.offerCandidates, [roleId], options, body),
    confirm: (roleId: string, body: BulkBody, options?: O) =>
      c(roles.confirmCandidates, [roleId], options, body),
    /** Reject at any stage, with a reason for the team; `notify: false` emails no one (R26). */
    reject: (roleId: string, body: RejectBody, options?: O) =>
      c(roles.rejectCandidates, [roleId], options, body),
    /** Move one candidate (or reorder, with `before`); a forbidden move fails with
     *  `invalid_transition` (R25). */
    move: (roleId: string, personId: string, body: MoveBody, options?: O) =>
      c(roles.moveCandidate, [roleId, personId], options, body),
  };
};

export const contactsResource = (http: Http) => {
  const c = caller(http);
  return {
    list: (options?: O) => c(contacts.listContacts, [], options),
    /** A shareable link to become a trusted contact; sign-ups wait for approval (R30). */
    createLink: (options?: O) => c(contacts.createContactLink, [], options),
    links: (options?: O) => c(contacts.listContactLinks, [], options),
    /** Invite, or "invite and offer job" with `offerRoleId` (R27–R29). */
    invite: (body: InviteContactBody, options?: O) => c(contacts.inviteContact, [], options, body),
    /** Review rows (no `select`), or import the selected lines (R31). */
    import: (body: ImportContactsBody, options?: O) =>
      c(contacts.importContacts, [], options, body),
  };
};

/** The invitee's side: every call takes the invitation token from the link. */
export const inviteeResource = (http: Http) => {
  const c = caller(http);
  return {
    view: (token: string, options?: O) => c(invitee.viewInvitation, [], { ...options, token }),
    accept: (token: string, body: AcceptBody = {}, options?: O) =>
      c(invitee.acceptInvitation, [], { ...options, token }, body),
    decline: (token: string, options?: O) =>
      c(invitee.declineInvitation, [], { ...options, token }),
    apply: (token: string, options?: O) => c(invitee.applyToRole, [], { ...options, token }),
  };
};
