// Projects and their members (R5–R13).
import * as z from 'zod/mini';
import { list, route } from './common.js';
import { email, id, message, timestamp } from './fields.js';
import { Invitation } from './invitations.js';

export const projectRoles = ['Administrator', 'Manager', 'Member', 'Viewer'] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const Project = z.object({
  id,
  name: z.string(),
  /** Roles a member can be given, in the order to offer them. */
  roles: z.array(z.enum(projectRoles)),
  memberCount: z.number(),
});
export type Project = z.infer<typeof Project>;

export const Member = z.object({
  personId: id,
  email: z.string(),
  name: z.string(),
  role: z.enum(projectRoles),
  addedAt: timestamp,
});
export type Member = z.infer<typeof Member>;

export const AddMemberBody = z.strictObject({
  email,
  role: z.enum(projectRoles, { error: 'Choose a project role' }),
  message: z.optional(message),
});
export type AddMemberBody = z.input<typeof AddMemberBody>;

/** `added`: an active user joined at once (R6); `invited`: a pending invitation was sent (R7). */
export const AddMemberResult = z.object({
  outcome: z.enum(['added', 'invited']),
  member: z.nullable(Member),
  invitation: z.nullable(Invitation),
});
export type AddMemberResult = z.infer<typeof AddMemberResult>;

const tag = 'Projects';
export const listProjects = route({
  id: 'listProjects',
  tag,
  method: 'GET',
  path: '/projects',
  summary: 'Projects of the workspace',
  auth: 'admin',
  response: list(Project),
  errors: [],
});
export const getProject = route({
  id: 'getProject',
  tag,
  method: 'GET',
  path: '/projects/{projectId}',
  summary: 'One project with the roles a member can be given',
  auth: 'admin',
  response: Project,
  errors: ['not_found'],
});
export const listMembers = route({
  id: 'listMembers',
  tag,
  method: 'GET',
  path: '/projects/{projectId}/members',
  summary: 'Members of a project',
  auth: 'admin',
  response: list(Member),
  errors: ['not_found'],
});
export const addMember = route({
  id: 'addMember',
  tag,
  method: 'POST',
  path: '/projects/{projectId}/members',
  summary: 'Add a member by email and project role: added at once or invited (R5–R13)',
  auth: 'admin',
  body: AddMemberBody,
  response: AddMemberResult,
  status: 201,
  errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
});

export const projectRoutes = [listProjects, getProject, listMembers, addMember] as const;
