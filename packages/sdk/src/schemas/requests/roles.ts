import * as z from 'zod/mini';
import * as r from '../roles.js';
import { id, message } from '../fields.js';
import { operation } from './operation.js';

export const BulkBody = z.strictObject({
  personIds: z.array(id).check(z.minLength(1, 'Select at least one person'), z.maxLength(1000)),
  message: z.optional(message),
});
export type BulkBody = z.input<typeof BulkBody>;

export const MoveBody = z.strictObject({
  stage: z.enum(r.pipelineStages),
  message: z.optional(message),
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
    body: BulkBody,
    errors: ['validation', 'not_found'],
    summary: 'Reject people at any stage (R26)',
  }),
  operation(r.moveCandidate, {
    id: 'moveCandidate',
    tag,
    auth: 'admin',
    body: MoveBody,
    errors: ['validation', 'not_found', 'invalid_transition', 'inactive_user'],
    summary: 'Move one candidate to a stage; a move the rules forbid changes nothing (R25)',
  }),
] as const;
