import * as z from 'zod/mini';
import * as r from '../roles.js';
import { id, message, text } from '../fields.js';
import { operation } from './operation.js';

const personIds = z
  .array(id)
  .check(z.minLength(1, 'Select at least one person'), z.maxLength(1000));

/** Why someone is rejected: for the team's records, never sent to the person (R26). */
export const reason = text('Reason').check(
  z.trim(),
  z.maxLength(500, 'Reason must be at most 500 characters'),
);

export const BulkBody = z.strictObject({
  personIds,
  message: z.optional(message),
});
export type BulkBody = z.input<typeof BulkBody>;

export const RejectBody = z.strictObject({
  personIds,
  reason: z.optional(reason),
  /** Email them the decision (default true). People still in Matches were never contacted and
   *  are never emailed. */
  notify: z.optional(z.boolean()),
});
export type RejectBody = z.input<typeof RejectBody>;

export const MoveBody = z.strictObject({
  stage: z.enum(r.pipelineStages),
  message: z.optional(message),
  /** With `stage: 'rejected'`: see `RejectBody`. */
  reason: z.optional(reason),
  notify: z.optional(z.boolean()),
  /**
   * Where in the stage they land: just before this person, or at the end when null or absent.
   * With `before` given and `stage` unchanged, the candidate is only reordered: no transition,
   * no email.
   */
  before: z.optional(z.nullable(id)),
});
export type MoveBody = z.input<typeof MoveBody>;

const tag = 'Roles';
export const roleOperations = [
  operation(r.listRoles, {
    id: 'listRoles',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Roles to fill in a project',
  }),
  operation(r.getPipeline, {
    id: 'getPipeline',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'The role with every candidate and their stage; matches come from the pool (R21)',
  }),
  operation(r.inviteCandidates, {
    id: 'inviteCandidates',
    tag,
    auth: 'admin',
    body: BulkBody,
    errors: ['validation', 'not_found'],
    summary: 'Invite one or many people to the role (R22, R23)',
  }),
  operation(r.offerCandidates, {
    id: 'offerCandidates',
    tag,
    auth: 'admin',
    body: BulkBody,
    errors: ['validation', 'not_found'],
    summary: 'Offer the role to applicants (R25)',
  }),
  operation(r.confirmCandidates, {
    id: 'confirmCandidates',
    tag,
    auth: 'admin',
    body: BulkBody,
    errors: ['validation', 'not_found'],
    summary: 'Confirm people who were offered the role (R25)',
  }),
  operation(r.rejectCandidates, {
    id: 'rejectCandidates',
    tag,
    auth: 'admin',
    body: RejectBody,
    errors: ['validation', 'not_found'],
    summary:
      'Reject people at any stage, with a reason kept for the team; `notify: false` sends no email (R26)',
  }),
  operation(r.moveCandidate, {
    id: 'moveCandidate',
    tag,
    auth: 'admin',
    body: MoveBody,
    errors: ['validation', 'not_found', 'invalid_transition', 'inactive_user'],
    summary:
      'Move one candidate to a stage (or, with `before` and the same stage, reorder them); a move the rules forbid changes nothing (R25)',
  }),
] as const;
