// The invitations resource on its own: `import { invitations } from '@invitekit/sdk/invitations'`.
import type { Http, RequestOptions } from './http.js';
import { Paged } from './paged.js';
import {
  expireInvitation,
  getInvitation,
  listInvitations,
  reinviteInvitation,
  resendInvitation,
  revokeInvitation,
  type InvitationQuery,
} from './schemas/invitations.js';

export { createHttp, type ClientOptions, type Http, type RequestOptions } from './http.js';
export { InvitekitError } from './errors.js';

export const invitations = (http: Http) => ({
  /** Filtered, searched, sorted list (R32). Await it for one page; `for await` it for every item. */
  list: (query: Omit<InvitationQuery, 'cursor'> = {}, options: RequestOptions = {}) =>
    new Paged((cursor) =>
      http.call(listInvitations, {
        ...options,
        query: { ...query, ...(cursor ? { cursor } : {}) },
      }),
    ),
  get: (invitationId: string, options: RequestOptions = {}) =>
    http.call(getInvitation, { ...options, params: { invitationId } }),
  /** Resend a pending invitation: 30 more days, sendCount + 1 (R7). */
  resend: (invitationId: string, options: RequestOptions = {}) =>
    http.call(resendInvitation, { ...options, params: { invitationId } }),
  /** Expire a pending invitation now (R8). */
  expire: (invitationId: string, options: RequestOptions = {}) =>
    http.call(expireInvitation, { ...options, params: { invitationId } }),
  /** A fresh pending invitation for an expired one (R9). */
  reinvite: (invitationId: string, options: RequestOptions = {}) =>
    http.call(reinviteInvitation, { ...options, params: { invitationId } }),
  revoke: (invitationId: string, options: RequestOptions = {}) =>
    http.call(revokeInvitation, { ...options, params: { invitationId } }),
});
