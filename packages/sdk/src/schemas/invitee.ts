// The invitee's side: the person holding an invitation link (bearer = the invitation token).
import * as z from 'zod/mini';
import { endpoint } from './common.js';
import { invitationKinds, invitationStatuses } from './invitations.js';
import { pipelineStages } from './roles.js';
import type { AcceptBody } from './requests/invitee.js';

/** What an invitee sees. Never the team's private notes on a contact (R27). */
export const InviteeView = z.object({
  invitationId: z.string(),
  kind: z.enum(invitationKinds),
  targetName: z.string(),
  role: z.nullable(z.string()),
  email: z.string(),
  invitedBy: z.string(),
  message: z.nullable(z.string()),
  status: z.enum(invitationStatuses),
  expiresAt: z.string(),
  /** The account must be activated before this invitation can be accepted (R20). */
  needsActivation: z.boolean(),
  /** "View job details" for role invitations (R22). */
  job: z.nullable(
    z.object({
      title: z.string(),
      projectName: z.string(),
      requiredCertifications: z.array(z.string()),
      stage: z.enum(pipelineStages),
      inviteDeclined: z.boolean(),
    }),
  ),
});
export type InviteeView = z.infer<typeof InviteeView>;

export const viewInvitation = endpoint()('GET', '/invitee/invitation', InviteeView);
export const acceptInvitation = endpoint<{ body: AcceptBody }>()(
  'POST',
  '/invitee/accept',
  InviteeView,
);
export const declineInvitation = endpoint()('POST', '/invitee/decline', InviteeView);
export const applyToRole = endpoint()('POST', '/invitee/apply', InviteeView);
