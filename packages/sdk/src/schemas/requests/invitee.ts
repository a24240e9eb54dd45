import * as z from 'zod/mini';
import { acceptInvitation, applyToRole, declineInvitation, viewInvitation } from '../invitee.js';
import { name, text } from '../fields.js';
import { operation } from './operation.js';

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
export const inviteeOperations = [
  operation(viewInvitation, {
    id: 'viewInvitation',
    tag,
    auth: 'invitee',
    errors: ['link_expired'],
    summary: 'The invitation the bearer token opens',
  }),
  operation(acceptInvitation, {
    id: 'acceptInvitation',
    tag,
    auth: 'invitee',
    body: AcceptBody,
    errors: ['validation', 'link_expired', 'inactive_user', 'invalid_transition'],
    summary: 'Accept: activates the account (R3), registers (R10) or joins (R20)',
  }),
  operation(declineInvitation, {
    id: 'declineInvitation',
    tag,
    auth: 'invitee',
    errors: ['link_expired', 'invalid_transition'],
    summary: 'Decline the invitation (a role invitation keeps an "invite declined" tag, R24)',
  }),
  operation(applyToRole, {
    id: 'applyToRole',
    tag,
    auth: 'invitee',
    errors: ['link_expired', 'invalid_transition', 'inactive_user'],
    summary: 'Apply for the role the invitation is for (R24)',
  }),
] as const;
