// The invitations resource on its own: `import { invitations } from '@invitekit/sdk/invitations'`.
import { caller, type Http, type RequestOptions } from './http.js';
import { Paged } from './paged.js';
import {
  expireInvitation,
  getInvitation,
  listInvitations,
  reinviteInvitation,
  resendInvitation,
  revokeInvitation,
} from './schemas/invitations.js';
import type { InvitationQuery } from './schemas/requests/invitations.js';

export { createHttp, type ClientOptions, type Http, type RequestOptions } from './http.js';
export { InvitekitError } from './errors.js';

export const invitations = (http: Http) => {
  const c = caller(http);
  return {
    /** Filtered, searched, sorted list (R32). Await it for one page; `for await` it for every item. */
    list: (query: Omit<InvitationQuery, 'cursor'> = {}, options?: RequestOptions) =>
      new Paged((cursor) =>
        http.call(listInvitations, {
          ...options,
          query: { ...query, ...(cursor ? { cursor } : {}) },
        }),
      ),
    get: (invitationId: string, options?: RequestOptions) =>
      c(getInvitation, [invitationId], options),
    /** Resend a pending invitation: 30 more days, sendCount + 1 (R7). */
    resend: (invitationId: string, options?: RequestOptions) =>
      c(resendInvitation, [invitationId], options),
    /** Expire a pending invitation now (R8). */
    expire: (invitationId: string, options?: RequestOptions) =>
      c(expireInvitation, [invitationId], options),
    /** A fresh pending invitation for an expired one (R9). */
    reinvite: (invitationId: string, options?: RequestOptions) =>
      c(reinviteInvitation, [invitationId], options),
    revoke: (invitationId: string, options?: RequestOptions) =>
      c(revokeInvitation, [invitationId], options),
  };
};
