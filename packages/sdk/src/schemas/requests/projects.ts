import * as z from 'zod/mini';
import {
  addMember,
  checkMember,
  getProject,
  listMembers,
  listProjects,
  projectRoles,
} from '../projects.js';
import { email, message } from '../fields.js';
import { operation } from './operation.js';

export const AddMemberBody = z.strictObject({
  email,
  role: z.enum(projectRoles, { error: 'Choose a project role' }),
  message: z.optional(message),
});
export type AddMemberBody = z.input<typeof AddMemberBody>;

const tag = 'Projects';
export const projectOperations = [
  operation(listProjects, {
    id: 'listProjects',
    tag,
    auth: 'admin',
    errors: [],
    summary: 'Projects of the workspace',
  }),
  operation(getProject, {
    id: 'getProject',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'One project with the roles a member can be given',
  }),
  operation(listMembers, {
    id: 'listMembers',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Members of a project',
  }),
  operation(addMember, {
    id: 'addMember',
    tag,
    auth: 'admin',
    body: AddMemberBody,
    status: 201,
    errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
    summary: 'Add a member by email and project role: added at once or invited (R5–R13)',
    description:
      "R6 (added at once) applies to an active person who already belongs to the caller's workspace. Anyone else, a new email or a profile of other workspaces only, gets a pending invitation and joins when they accept (R10). R11 and R12 refuse with the conflicting platform role or the account status, naming the person by the email given.",
  }),
  operation(checkMember, {
    id: 'checkMember',
    tag,
    auth: 'admin',
    body: AddMemberBody,
    errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
    summary:
      'What adding this member would do, without doing it: the review step (R5), refusals included (R11–R13)',
  }),
] as const;
