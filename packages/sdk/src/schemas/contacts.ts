// Trusted contacts (R27–R29, R31).
import * as z from 'zod/mini';
import { endpoint, list } from './common.js';
import { Invitation } from './invitations.js';
import { InviteLink } from './pools.js';
import type { ImportContactsBody, InviteContactBody } from './requests/contacts.js';

export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Visible to the inviting team only, never to the contact (R27). */
  links: z.array(z.string()),
  files: z.array(z.string()),
  skills: z.array(z.string()),
  status: z.enum(['invited', 'connection-requested', 'connected', 'declined']),
  personId: z.nullable(z.string()),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

export const InviteContactResult = z.object({
  outcome: z.enum(['invited', 'connection-requested']),
  contact: Contact,
  invitation: Invitation,
  offeredRoleId: z.nullable(z.string()),
});
export type InviteContactResult = z.infer<typeof InviteContactResult>;

export const contactFields = ['name', 'email', 'tags'] as const;

export const ImportContactsResult = z.object({
  rows: z.array(
    z.object({
      /** The row's number in the sheet (the header is row 1). */
      line: z.number(),
      name: z.string(),
      email: z.string(),
      tags: z.array(z.string()),
      problems: z.array(z.object({ field: z.enum(contactFields), message: z.string() })),
      outcome: z.enum(['reviewed', 'invited', 'connection-requested', 'skipped']),
      error: z.nullable(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
});
export type ImportContactsResult = z.infer<typeof ImportContactsResult>;

export const listContacts = endpoint()('GET', '/contacts', list(Contact));
export const inviteContact = endpoint<{ body: InviteContactBody }>()(
  'POST',
  '/contacts',
  InviteContactResult,
);
export const createContactLink = endpoint()('POST', '/contacts/links', InviteLink);
export const listContactLinks = endpoint()('GET', '/contacts/links', list(InviteLink));
export const importContacts = endpoint<{ body: ImportContactsBody }>()(
  'POST',
  '/contacts/import',
  ImportContactsResult,
);
