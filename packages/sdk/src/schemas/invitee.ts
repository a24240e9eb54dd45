// The invitee's side: the person holding an invitation link (bearer = the invitation token).
import * as z from 'zod/mini';
import { route } from './common.js';
import { id, name, text, timestamp } from './fields.js';
import { invitationKinds, invitationStatuses } from './invitations.js';
import { pipelineStages } from './roles.js';

/** What an invitee sees. Never the team's private notes on a contact (R27). */
export const InviteeView = z.object({
  invitationId: id,
  kind: z.enum(invitationKinds),
  targetName: z.string(),
  role: z.nullable(z.string()),
  email: z.string(),
  invitedBy: z.string(),
  message: z.nullable(z.string()),
  status: z.enum(invitationStatuses),
  expiresAt: timestamp,
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

/** Registration details, needed when the email has no profile yet (R10). */
export const AcceptBody = z.strictObject({
  firstName: z.optional(name('First name')),
  lastName: z.optional(name('Last name')),
  password: z.optional(
    text('Password').check(
      z.minLength(8, 'Password must be at least 8 characters'),
      z.maxLength(200),
    ),
  ),
});
export type AcceptBody = z.input<typeof AcceptBody>;

const tag = 'Invitee';
export const viewInvitation = route({
  id: 'viewInvitation',
  tag,
  method: 'GET',
  path: '/invitee/invitation',
  summary: 'The invitation the bearer token opens',
  auth: 'invitee',
  response: InviteeView,
  errors: ['link_expired'],
});
export const acceptInvitation = route({
  id: 'acceptInvitation',
  tag,
  method: 'POST',
  path: '/invitee/accept',
  summary: 'Accept: activates the account (R3), registers (R10) or joins (R20)',
  auth: 'invitee',
  body: AcceptBody,
  response: InviteeView,
  errors: ['validation', 'link_expired', 'inactive_user', 'invalid_transition'],
});
export const declineInvitation = route({
  id: 'declineInvitation',
  tag,
  method: 'POST',
  path: '/invitee/decline',
  summary: 'Decline the invitation (a role invitation keeps an "invite declined" tag, R24)',
  auth: 'invitee',
  response: InviteeView,
  errors: ['link_expired', 'invalid_transition'],
});
export const applyToRole = route({
  id: 'applyToRole',
  tag,
  method: 'POST',
  path: '/invitee/apply',
  summary: 'Apply for the role the invitation is for (R24)',
  auth: 'invitee',
  response: InviteeView,
  errors: ['link_expired', 'invalid_transition', 'inactive_user'],
});

export const inviteeRoutes = [
  viewInvitation,
  acceptInvitation,
  declineInvitation,
  applyToRole,
] as const;
