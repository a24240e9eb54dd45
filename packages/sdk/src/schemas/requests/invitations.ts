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
  }),
  operation(revokeInvitation, {
    id: 'revokeInvitation',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition'],
    summary: 'Withdraw a pending invitation',
  }),
] as const;
