// Roles to fill inside a project, and their candidate pipeline (R21–R26).
import * as z from 'zod/mini';
import { endpoint, list } from './common.js';
import { accountStatuses } from './people.js';
import { ItemError } from './pools.js';
import type { BulkBody, MoveBody, RejectBody } from './requests/roles.js';

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
  id: z.string(),
  projectId: z.string(),
  poolId: z.string(),
  title: z.string(),
  requiredCertifications: z.array(z.string()),
  headcount: z.number(),
});
export type Role = z.infer<typeof Role>;

export const Candidate = z.object({
  personId: z.string(),
  /** The name to show: preferred name (or first name) and last name. */
  name: z.string(),
  /** First, middle and last names as on their identity documents. */
  legalName: z.string(),
  email: z.string(),
  stage: z.enum(pipelineStages),
  /** Required certifications this person lacks (a partial match when not empty). */
  missingCertifications: z.array(z.string()),
  /** Every certification the person holds. */
  certifications: z.array(z.string()),
  /** The person declined the invitation; they stay in `invited` with this tag (R24). */
  inviteDeclined: z.boolean(),
  accountStatus: z.enum(accountStatuses),
  /** Why this person cannot be invited now (R23), or null. */
  warning: z.nullable(z.string()),
  updatedAt: z.nullable(z.string()),
  /** When they entered their current stage; null while in Matches (never moved). */
  stageSince: z.nullable(z.string()),
  /** Why the team rejected them (kept for the team, never sent to the person), or null. */
  rejectionReason: z.nullable(z.string()),
});
export type Candidate = z.infer<typeof Candidate>;

export const Pipeline = z.object({ role: Role, candidates: z.array(Candidate) });
export type Pipeline = z.infer<typeof Pipeline>;

export const BulkResult = z.object({
  results: z.array(
    z.object({
      personId: z.string(),
      ok: z.boolean(),
      candidate: z.nullable(Candidate),
      error: z.nullable(ItemError),
    }),
  ),
  pipeline: Pipeline,
});
export type BulkResult = z.infer<typeof BulkResult>;

const bulk = <const Path extends string>(path: Path) =>
  endpoint<{ body: BulkBody }>()('POST', path, BulkResult);

export const listRoles = endpoint()('GET', '/projects/{projectId}/roles', list(Role));
export const getPipeline = endpoint()('GET', '/roles/{roleId}/pipeline', Pipeline);
export const inviteCandidates = bulk('/roles/{roleId}/invite');
export const offerCandidates = bulk('/roles/{roleId}/offer');
export const confirmCandidates = bulk('/roles/{roleId}/confirm');
export const rejectCandidates = endpoint<{ body: RejectBody }>()(
  'POST',
  '/roles/{roleId}/reject',
  BulkResult,
);
export const moveCandidate = endpoint<{ body: MoveBody }>()(
  'PATCH',
  '/roles/{roleId}/candidates/{personId}',
  Candidate,
);
