// Trusted contacts (R27–R29, R31).
import * as z from 'zod/mini';
import { list, route } from './common.js';
import { email, id, message, name, text, timestamp } from './fields.js';
import { Invitation } from './invitations.js';

const shortList = (label: string, max: number) =>
  z.optional(
    z.array(text(label).check(z.trim(), z.minLength(1), z.maxLength(max))).check(z.maxLength(50)),
  );

export const Contact = z.object({
  id,
  name: z.string(),
  email: z.string(),
  /** Visible to the inviting team only, never to the contact (R27). */
  links: z.array(z.string()),
  files: z.array(z.string()),
  skills: z.array(z.string()),
  status: z.enum(['invited', 'connection-requested', 'connected', 'declined']),
  personId: z.nullable(z.string()),
  createdAt: timestamp,
});
export type Contact = z.infer<typeof Contact>;

export const InviteContactBody = z.strictObject({
  name: name('Name', 200),
  email,
  links: z.optional(
    z
      .array(
        text('Link').check(
          z.trim(),
          z.maxLength(500),
          z.url({ protocol: /^https?$/, error: 'Links must start with http:// or https://' }),
        ),
      )
      .check(z.maxLength(20)),
  ),
  /** File names (uploaded elsewhere) to keep with the contact. */
  files: shortList('File', 255),
  skills: shortList('Skill', 100),
  message: z.optional(message),
  /** "Invite and offer job": also offer this role (R28). */
  offerRoleId: z.optional(id),
});
export type InviteContactBody = z.input<typeof InviteContactBody>;

export const InviteContactResult = z.object({
  outcome: z.enum(['invited', 'connection-requested']),
  contact: Contact,
  invitation: Invitation,
  offeredRoleId: z.nullable(z.string()),
});
export type InviteContactResult = z.infer<typeof InviteContactResult>;

export const ContactRow = z.strictObject({
  name: text('Name').check(z.maxLength(500)),
  email: text('Email').check(z.maxLength(500)),
  tags: z.optional(text('Tags').check(z.maxLength(1000))),
});
export type ContactRow = z.infer<typeof ContactRow>;

export const ImportContactsBody = z.strictObject({
  rows: z.array(ContactRow).check(z.minLength(1, 'The file has no rows'), z.maxLength(2000)),
  /** Lines (1-based) to import; the others are only reviewed. Omit to review without importing. */
  select: z.optional(z.array(z.number().check(z.int(), z.minimum(1))).check(z.maxLength(2000))),
  message: z.optional(message),
});
export type ImportContactsBody = z.input<typeof ImportContactsBody>;

export const ImportContactsResult = z.object({
  rows: z.array(
    z.object({
      line: z.number(),
      name: z.string(),
      email: z.string(),
      tags: z.array(z.string()),
      problems: z.array(
        z.object({ field: z.enum(['name', 'email', 'tags']), message: z.string() }),
      ),
      outcome: z.enum(['reviewed', 'invited', 'connection-requested', 'skipped']),
      error: z.optional(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
});
export type ImportContactsResult = z.infer<typeof ImportContactsResult>;

const tag = 'Contacts';
export const listContacts = route({
  id: 'listContacts',
  tag,
  method: 'GET',
  path: '/contacts',
  summary: 'Trusted contacts of the team',
  auth: 'admin',
  response: list(Contact),
  errors: [],
});
export const inviteContact = route({
  id: 'inviteContact',
  tag,
  method: 'POST',
  path: '/contacts',
  summary: 'Invite a trusted contact, optionally offering a role (R27–R29)',
  auth: 'admin',
  body: InviteContactBody,
  response: InviteContactResult,
  status: 201,
  errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
});
export const importContacts = route({
  id: 'importContacts',
  tag,
  method: 'POST',
  path: '/contacts/import',
  summary: 'Review CSV contact rows, then import the selected ones (R31)',
  auth: 'admin',
  body: ImportContactsBody,
  response: ImportContactsResult,
  errors: ['validation'],
});

export const contactRoutes = [listContacts, inviteContact, importContacts] as const;
