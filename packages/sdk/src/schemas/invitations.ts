// Invitations of every kind, listed and acted on by admins (R7–R9, R32).
import * as z from 'zod/mini';
import { countShape, endpoint, page } from './common.js';
import type { InvitationQuery } from './requests/invitations.js';

export const invitationKinds = ['workspace', 'pool', 'project', 'role', 'contact'] as const;
export type InvitationKind = (typeof invitationKinds)[number];

/**
 * `applied`: someone signed up through a shared link and waits for an admin's approval (R30);
 * approving accepts it, rejecting declines it.
 */
export const invitationStatuses = [
  'pending',
  'applied',
  'accepted',
  'declined',
  'expired',
  'revoked',
] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** An invitation as admins see it. The secret token is never part of it. */
const invitationShape = {
  id: z.string(),
  kind: z.enum(invitationKinds),
  targetId: z.string(),
  /** Workspace, pool, project or team name, for "what for". */
  targetName: z.string(),
  /** Project role or job title, when the kind has one. */
  role: z.nullable(z.string()),
  email: z.string(),
  personId: z.nullable(z.string()),
  personName: z.nullable(z.string()),
  message: z.nullable(z.string()),
  status: z.enum(invitationStatuses),
  sentAt: z.string(),
  expiresAt: z.string(),
  sendCount: z.number(),
  lastSentAt: z.string(),
  invitedBy: z.string(),
  respondedAt: z.nullable(z.string()),
  /** The sign-up behind an `applied` invitation (approve or reject it through this id, R30). */
  signupId: z.optional(z.nullable(z.string())),
};
export const Invitation = z.object(invitationShape);
export type Invitation = z.infer<typeof Invitation>;

/** One invitation with the link its invitee opens ("copy invite link"); null once it is closed. */
export const InvitationDetail = z.object({ ...invitationShape, link: z.nullable(z.string()) });
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
export type InvitationSortField = (typeof invitationSortFields)[number];

export const InvitationPage = page(Invitation, {
  /** Counts per status for the same filters, status aside (for filter chips). */
  counts: z.object({
    ...countShape(['pending', 'accepted', 'declined', 'expired', 'revoked'] as const),
    /** Sign-ups awaiting approval (R30); absent from servers without shareable links. */
    applied: z.optional(z.number()),
  }),
  /**
   * The server's clock when it worked the page out (ISO 8601): statuses and counts are as of
   * then, and a client that shows expiries can follow the server's clock instead of its own.
   */
  asOf: z.optional(z.string()),
});
export type InvitationPage = z.infer<typeof InvitationPage>;

export const listInvitations = endpoint<{ query?: InvitationQuery }>()(
  'GET',
  '/invitations',
  InvitationPage,
);
export const getInvitation = endpoint()('GET', '/invitations/{invitationId}', InvitationDetail);
export const resendInvitation = endpoint()(
  'POST',
  '/invitations/{invitationId}/resend',
  Invitation,
);
export const expireInvitation = endpoint()(
  'POST',
  '/invitations/{invitationId}/expire',
  Invitation,
);
export const reinviteInvitation = endpoint()(
  'POST',
  '/invitations/{invitationId}/reinvite',
  Invitation,
);
export const revokeInvitation = endpoint()(
  'POST',
  '/invitations/{invitationId}/revoke',
  Invitation,
);
