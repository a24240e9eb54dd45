// Projects and their members (R5–R13).
import * as z from 'zod/mini';
import { endpoint, list } from './common.js';
import { Invitation } from './invitations.js';
import { accountStatuses } from './people.js';
import type { AddMemberBody } from './requests/projects.js';

export const projectRoles = ['Administrator', 'Manager', 'Member', 'Viewer'] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const Project = z.object({
  id: z.string(),
  name: z.string(),
  /** Roles a member can be given, in the order to offer them. */
  roles: z.array(z.enum(projectRoles)),
  memberCount: z.number(),
});
export type Project = z.infer<typeof Project>;

export const Member = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(projectRoles),
  addedAt: z.string(),
});
export type Member = z.infer<typeof Member>;

/** `added`: an active user joined at once (R6); `invited`: a pending invitation was sent (R7). */
export const AddMemberResult = z.object({
  outcome: z.enum(['added', 'invited']),
  member: z.nullable(Member),
  invitation: z.nullable(Invitation),
});
export type AddMemberResult = z.infer<typeof AddMemberResult>;

/**
 * What adding this member would do, worked out without doing it (for a review step, R5): `added`
 * at once or `invited`; with the person the email belongs to, if any. A refusal is the error
 * sending would get (R11, R12, R13), with the same code and details.
 */
export const MemberCheck = z.object({
  outcome: z.enum(['added', 'invited']),
  person: z.nullable(
    z.object({ id: z.string(), displayName: z.string(), accountStatus: z.enum(accountStatuses) }),
  ),
});
export type MemberCheck = z.infer<typeof MemberCheck>;

export const listProjects = endpoint()('GET', '/projects', list(Project));
export const getProject = endpoint()('GET', '/projects/{projectId}', Project);
export const listMembers = endpoint()('GET', '/projects/{projectId}/members', list(Member));
export const addMember = endpoint<{ body: AddMemberBody }>()(
  'POST',
  '/projects/{projectId}/members',
  AddMemberResult,
);
export const checkMember = endpoint<{ body: AddMemberBody }>()(
  'POST',
  '/projects/{projectId}/members/check',
  MemberCheck,
);
