import * as z from 'zod/mini';
import {
  expireInvitation,
  getInvitation,
  invitationKinds,
  invitationSortFields,
  invitationStatuses,
  listInvitations,
  reinviteInvitation,
  resendInvitation,
  revokeInvitation,
} from '../invitations.js';
import { cursor, enumList, id, pageLimit, search, sortOrder } from '../fields.js';
import { operation } from './operation.js';

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

const tag = 'Invitations';
export const invitationOperations = [
  operation(listInvitations, {
    id: 'listInvitations',
    tag,
    auth: 'admin',
    query: InvitationQuery,
    errors: ['validation'],
    summary: 'List invitations by kind, target and status; search, sort and page (R32)',
    description:
      "Only the caller's workspace's invitations, and counts of those. `personId` and `personName` are filled once the invitee belongs to the workspace (they accepted, or the workspace created their profile); a search by name looks only at those people. `cursor` is an opaque token from `nextCursor`; any other value is a 400.",
  }),
  operation(getInvitation, {
    id: 'getInvitation',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'One invitation with its invite link',
  }),
  operation(resendInvitation, {
    id: 'resendInvitation',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition', 'inactive_user'],
    summary: 'Resend a pending invitation: 30 more days, sendCount + 1 (R7)',
    description:
      'An invitation is emailed at most 3 times an hour; past that the answer is 429 `rate_limited` with `retryAfter` (seconds) and the `Retry-After` header.',
  }),
  operation(expireInvitation, {
    id: 'expireInvitation',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition'],
    summary: 'Expire a pending invitation now; its link stops working (R8)',
  }),
  operation(reinviteInvitation, {
    id: 'reinviteInvitation',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition', 'conflict', 'inactive_user'],
    summary: 'Invite again after expiry: a fresh pending invitation (R9)',
    description:
      'Expiring and re-inviting is still one address being emailed: the sends of the old invitation count. An invitation is emailed at most 3 times an hour; past that the answer is 429 `rate_limited` with `retryAfter` (seconds) and the `Retry-After` header.',
  }),
  operation(revokeInvitation, {
    id: 'revokeInvitation',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition'],
    summary: 'Withdraw a pending invitation',
  }),
] as const;
