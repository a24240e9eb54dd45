// Roles to fill inside a project, and their candidate pipeline (R21–R26).
import * as z from 'zod/mini';
import { list, route } from './common.js';
import { id, message, timestamp } from './fields.js';
import { accountStatuses } from './people.js';
import { ItemError } from './pools.js';

export const pipelineStages = [
  'matches',
  'invited',
  'applied',
  'offered',
  'confirmed',
  'rejected',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];

export const Role = z.object({
  id,
  projectId: id,
  poolId: id,
  title: z.string(),
  requiredCertifications: z.array(z.string()),
  headcount: z.number(),
});
export type Role = z.infer<typeof Role>;

export const Candidate = z.object({
  personId: id,
  name: z.string(),
  email: z.string(),
  stage: z.enum(pipelineStages),
  /** Required certifications this person lacks (a partial match when not empty). */
  missingCertifications: z.array(z.string()),
  /** The person declined the invitation; they stay in `invited` with this tag (R24). */
  inviteDeclined: z.boolean(),
  accountStatus: z.enum(accountStatuses),
  /** Why this person cannot be invited now (R23), or null. */
  warning: z.nullable(z.string()),
  updatedAt: z.nullable(timestamp),
});
export type Candidate = z.infer<typeof Candidate>;

export const Pipeline = z.object({ role: Role, candidates: z.array(Candidate) });
export type Pipeline = z.infer<typeof Pipeline>;

export const BulkBody = z.strictObject({
  personIds: z.array(id).check(z.minLength(1, 'Select at least one person'), z.maxLength(1000)),
  message: z.optional(message),
});
export type BulkBody = z.input<typeof BulkBody>;

export const BulkResult = z.object({
  results: z.array(
    z.object({
      personId: id,
      ok: z.boolean(),
      candidate: z.optional(Candidate),
      error: z.optional(ItemError),
    }),
  ),
  pipeline: Pipeline,
});
export type BulkResult = z.infer<typeof BulkResult>;

export const MoveBody = z.strictObject({
  stage: z.enum(pipelineStages),
  message: z.optional(message),
});
export type MoveBody = z.input<typeof MoveBody>;

const tag = 'Roles';
export const listRoles = route({
  id: 'listRoles',
  tag,
  method: 'GET',
  path: '/projects/{projectId}/roles',
  summary: 'Roles to fill in a project',
  auth: 'admin',
  response: list(Role),
  errors: ['not_found'],
});
export const getPipeline = route({
  id: 'getPipeline',
  tag,
  method: 'GET',
  path: '/roles/{roleId}/pipeline',
  summary: 'The role with every candidate and their stage; matches come from the pool (R21)',
  auth: 'admin',
  response: Pipeline,
  errors: ['not_found'],
});
const bulk = (verb: 'invite' | 'offer' | 'confirm' | 'reject', summary: string) =>
  route({
    id: `${verb}Candidates`,
    tag,
    method: 'POST',
    path: `/roles/{roleId}/${verb}`,
    summary,
    auth: 'admin',
    body: BulkBody,
    response: BulkResult,
    errors: ['validation', 'not_found'],
  });
export const inviteCandidates = bulk('invite', 'Invite one or many people to the role (R22, R23)');
export const offerCandidates = bulk('offer', 'Offer the role to applicants (R25)');
export const confirmCandidates = bulk('confirm', 'Confirm people who were offered the role (R25)');
export const rejectCandidates = bulk('reject', 'Reject people at any stage (R26)');
export const moveCandidate = route({
  id: 'moveCandidate',
  tag,
  method: 'PATCH',
  path: '/roles/{roleId}/candidates/{personId}',
  summary: 'Move one candidate to a stage; a move the rules forbid changes nothing (R25)',
  auth: 'admin',
  body: MoveBody,
  response: Candidate,
  errors: ['validation', 'not_found', 'invalid_transition', 'inactive_user'],
});

export const roleRoutes = [
  listRoles,
  getPipeline,
  inviteCandidates,
  offerCandidates,
  confirmCandidates,
  rejectCandidates,
  moveCandidate,
] as const;
