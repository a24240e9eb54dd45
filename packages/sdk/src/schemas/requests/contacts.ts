import * as z from 'zod/mini';
import {
  createContactLink,
  importContacts,
  inviteContact,
  listContactLinks,
  listContacts,
} from '../contacts.js';
import { email, id, message, name, text } from '../fields.js';
import { operation } from './operation.js';

const shortList = (label: string, max: number) =>
  z.optional(
    z.array(text(label).check(z.trim(), z.minLength(1), z.maxLength(max))).check(z.maxLength(50)),
  );

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

export const ContactRow = z.strictObject({
  name: text('Name').check(z.maxLength(500)),
  email: text('Email').check(z.maxLength(500)),
  tags: z.optional(text('Tags').check(z.maxLength(1000))),
});
export type ContactRow = z.input<typeof ContactRow>;

export const ImportContactsBody = z.strictObject({
  rows: z.array(ContactRow).check(z.minLength(1, 'The file has no rows'), z.maxLength(2000)),
  /** Row numbers (the header is row 1) to import; omit to review without importing. */
  select: z.optional(z.array(z.number().check(z.int(), z.minimum(2))).check(z.maxLength(2000))),
  message: z.optional(message),
});
export type ImportContactsBody = z.input<typeof ImportContactsBody>;

const tag = 'Contacts';
export const contactOperations = [
  operation(listContacts, {
    id: 'listContacts',
    tag,
    auth: 'admin',
    errors: [],
    summary: 'Trusted contacts of the team',
  }),
  operation(inviteContact, {
    id: 'inviteContact',
    tag,
    auth: 'admin',
    body: InviteContactBody,
    status: 201,
    errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
    summary: 'Invite a trusted contact, optionally offering a role (R27–R29)',
    description:
      "`offerRoleId` must be a role of the caller's workspace (403 otherwise). Someone whose profile belongs to other workspaces only is offered the role when they accept; until then they are not in its pipeline and the contact carries no `personId`.",
  }),
  operation(createContactLink, {
    id: 'createContactLink',
    tag,
    auth: 'admin',
    status: 201,
    errors: [],
    summary:
      'Generate a shareable link to become a trusted contact; sign-ups wait for approval (R30)',
  }),
  operation(listContactLinks, {
    id: 'listContactLinks',
    tag,
    auth: 'admin',
    errors: [],
    summary: 'Shareable contact links of the team',
  }),
  operation(importContacts, {
    id: 'importContacts',
    tag,
    auth: 'admin',
    body: ImportContactsBody,
    errors: ['validation'],
    summary: 'Review CSV contact rows, then import the selected ones (R31)',
  }),
] as const;
