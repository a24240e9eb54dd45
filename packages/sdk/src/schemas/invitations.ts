// Invitations of every kind, listed and acted on by admins (R7–R9, R32).
import * as z from 'zod/mini';
import { page, route } from './common.js';
import { cursor, enumList, id, pageLimit, search, sortOrder, timestamp } from './fields.js';

export const invitationKinds = ['workspace', 'pool', 'project', 'role', 'contact'] as const;
export type InvitationKind = (typeof invitationKinds)[number];

export const invitationStatuses = [
  'pending',
  'accepted',
  'declined',
  'expired',
  'revoked',
] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** An invitation as admins see it. The secret token is never part of it. */
export const Invitation = z.object({
  id,
  kind: z.enum(invitationKinds),
  targetId: id,
  /** Workspace, pool, project, role or team name, for "what for". */
  targetName: z.string(),
  /** Project role or job title, when the kind has one. */
  role: z.nullable(z.string()),
  email: z.string(),
  personId: z.nullable(z.string()),
  personName: z.nullable(z.string()),
  message: z.nullable(z.string()),
  status: z.enum(invitationStatuses),
  sentAt: timestamp,
  expiresAt: timestamp,
  sendCount: z.number(),
  lastSentAt: timestamp,
  invitedBy: z.string(),
  respondedAt: z.nullable(timestamp),
});
export type Invitation = z.infer<typeof Invitation>;

/** One invitation with the link its invitee opens ("copy invite link"). */
export const InvitationDetail = z.extend(Invitation, { link: z.nullable(z.string()) });
export type InvitationDetail = z.infer<typeof InvitationDetail>;

export const invitationSortFields = [
  'sentAt',
  'expiresAt',
  'email',
  'personName',
  'status',
  'sendCount',
  'targetName',
  'invitedBy',
] as const;

export const InvitationQuery = z.strictObject({
  kind: enumList(invitationKinds),
  targetId: z.optional(id),
  status: enumList(invitationStatuses),
  q: search,
  sort: z.optional(z.enum(invitationSortFields)),
  order: sortOrder,
  cursor,
  limit: pageLimit,
});
export type InvitationQuery = z.input<typeof InvitationQuery>;

export const InvitationPage = z.extend(page(Invitation), {
  /** Counts per status for the same filters, status aside (for filter chips). */
  counts: z.record(z.enum(invitationStatuses), z.number()),
});
export type InvitationPage = z.infer<typeof InvitationPage>;

const action = (
  verb: string,
  path: string,
  summary: string,
  errors: ('not_found' | 'invalid_transition' | 'inactive_user' | 'conflict')[],
) =>
  route({
    id: `${verb}Invitation`,
    tag: 'Invitations',
    method: 'POST',
    path: `/invitations/{invitationId}/${path}`,
    summary,
    auth: 'admin',
    response: Invitation,
    errors,
  });

export const listInvitations = route({
  id: 'listInvitations',
  tag: 'Invitations',
  method: 'GET',
  path: '/invitations',
  summary: 'List invitations by kind, target and status; search, sort and page (R32)',
  auth: 'admin',
  query: InvitationQuery,
  response: InvitationPage,
  errors: ['validation'],
});
export const getInvitation = route({
  id: 'getInvitation',
  tag: 'Invitations',
  method: 'GET',
  path: '/invitations/{invitationId}',
  summary: 'One invitation with its invite link',
  auth: 'admin',
  response: InvitationDetail,
  errors: ['not_found'],
});
export const resendInvitation = action(
  'resend',
  'resend',
  'Resend a pending invitation: 30 more days, sendCount + 1 (R7)',
  ['not_found', 'invalid_transition', 'inactive_user'],
);
export const expireInvitation = action(
  'expire',
  'expire',
  'Expire a pending invitation now; its link stops working (R8)',
  ['not_found', 'invalid_transition'],
);
export const reinviteInvitation = action(
  'reinvite',
  'reinvite',
  'Invite again after expiry: a fresh pending invitation (R9)',
  ['not_found', 'invalid_transition', 'conflict', 'inactive_user'],
);
export const revokeInvitation = action('revoke', 'revoke', 'Withdraw a pending invitation', [
  'not_found',
  'invalid_transition',
]);

export const invitationRoutes = [
  listInvitations,
  getInvitation,
  resendInvitation,
  expireInvitation,
  reinviteInvitation,
  revokeInvitation,
] as const;
