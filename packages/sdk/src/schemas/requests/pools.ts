import * as z from 'zod/mini';
import * as p from '../pools.js';
import { dateOfBirth, email, id, message, mobile, name, optionalName, text } from '../fields.js';
import { operation } from './operation.js';

const uploadRowShape = {
  email: text('Email').check(z.maxLength(500)),
  dateOfBirth: text('Date of birth').check(z.maxLength(100)),
  firstName: text('First name').check(z.maxLength(500)),
  middleNames: z.optional(text('Middle names').check(z.maxLength(500))),
  lastName: text('Last name').check(z.maxLength(500)),
  preferredName: z.optional(text('Preferred name').check(z.maxLength(500))),
  mobile: z.optional(text('Mobile').check(z.maxLength(100))),
};

/** One uploaded row: every cell is text, kept even when malformed, so it can be corrected (R17). */
export const UploadRow = z.strictObject(uploadRowShape);
export type UploadRow = z.input<typeof UploadRow>;

/** A row of a file being uploaded, with its number in the sheet (the header is row 1). */
export const SheetRow = z.strictObject({
  ...uploadRowShape,
  line: z.optional(
    z.number().check(z.int(), z.minimum(2, 'Line numbers start at 2, after the header')),
  ),
});
export type SheetRow = z.input<typeof SheetRow>;

/** The same row once every field is valid (R16): what a person is created from. */
export const ValidRow = z.strictObject({
  email,
  dateOfBirth,
  firstName: name('First name'),
  middleNames: z.optional(optionalName('Middle names', 200)),
  lastName: name('Last name'),
  preferredName: z.optional(optionalName('Preferred name')),
  mobile: z.optional(z.union([z.literal(''), mobile])),
});

export const CreateBatchBody = z.strictObject({ name: name('Batch name', 200) });
export type CreateBatchBody = z.input<typeof CreateBatchBody>;

/** Add one person (R15): email and date of birth; names only when no profile exists. */
export const AddOneBody = z.strictObject({
  email,
  dateOfBirth,
  firstName: z.optional(name('First name')),
  middleNames: z.optional(optionalName('Middle names', 200)),
  lastName: z.optional(name('Last name')),
  preferredName: z.optional(optionalName('Preferred name')),
  mobile: z.optional(mobile),
  message: z.optional(message),
});
export type AddOneBody = z.input<typeof AddOneBody>;

export const UploadRowsBody = z.strictObject({
  /** Rows in sheet order; each may carry its `line` (by default 2, 3, … in the order sent). */
  rows: z
    .array(SheetRow)
    .check(
      z.minLength(1, 'The file has no rows'),
      z.maxLength(5000, 'Upload at most 5000 rows at a time'),
    ),
});
export type UploadRowsBody = z.input<typeof UploadRowsBody>;

export const InviteBatchBody = z.strictObject({
  /** Entries to invite; or `all: true` for every valid uploaded entry (R18). */
  entryIds: z.optional(z.array(id).check(z.maxLength(5000))),
  all: z.optional(z.boolean()),
  message: z.optional(message),
});
export type InviteBatchBody = z.input<typeof InviteBatchBody>;

export const RemoveEntriesBody = z.strictObject({
  entryIds: z
    .array(id)
    .check(
      z.minLength(1, 'Select rows to remove'),
      z.maxLength(5000, 'Remove at most 5000 rows at a time'),
    ),
});
export type RemoveEntriesBody = z.input<typeof RemoveEntriesBody>;

export const SignupBody = z.strictObject({
  email,
  dateOfBirth,
  firstName: name('First name'),
  lastName: name('Last name'),
});
export type SignupBody = z.input<typeof SignupBody>;

const tag = 'Pools';
export const poolOperations = [
  operation(p.listPools, {
    id: 'listPools',
    tag,
    auth: 'admin',
    errors: [],
    summary: 'Pools of the workspace',
  }),
  operation(p.listBatches, {
    id: 'listBatches',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Batches filling a pool (to reopen one, R14)',
  }),
  operation(p.createBatch, {
    id: 'createBatch',
    tag,
    auth: 'admin',
    body: CreateBatchBody,
    status: 201,
    errors: ['validation', 'not_found'],
    summary: 'Start a named invitation batch for a pool (R14)',
  }),
  operation(p.getBatch, {
    id: 'getBatch',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Reopen a batch with its entries and counts (R14, R18)',
  }),
  operation(p.addPersonToBatch, {
    id: 'addPersonToBatch',
    tag,
    auth: 'admin',
    body: AddOneBody,
    status: 201,
    errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
    summary: 'Add and invite one person by email and date of birth (R15, R19, R20)',
    description:
      "The date of birth is checked against the profile only when the person already belongs to the caller's workspace. Someone whose profile belongs to other workspaces only is neither compared nor copied: the entry keeps what was typed, carries no `personId`, and they get a pool invitation; they join the workspace and the pool when they accept (R10, R19). Their profile is never changed.",
  }),
  operation(p.uploadRows, {
    id: 'uploadRows',
    tag,
    auth: 'admin',
    body: UploadRowsBody,
    errors: ['validation', 'not_found'],
    summary:
      'Upload rows (up to 5000 at a time, each with its sheet line); each is checked existing, new or invalid, and the answer holds the rows added (R16)',
    description:
      "A row is compared field by field (names, date of birth, mobile) only with a profile of the caller's workspace. A row whose email belongs to a profile of other workspaces only is `existing` whatever its other fields say, so no answer depends on a guess of that person's details, and it carries no `personId`; a mobile is reported as taken only by a profile of the caller's workspace. Rows are checked in time linear in the batch and the upload.",
  }),
  operation(p.removeEntries, {
    id: 'removeEntries',
    tag,
    auth: 'admin',
    body: RemoveEntriesBody,
    errors: ['validation', 'not_found', 'invalid_transition'],
    summary: 'Remove uploaded rows that were not invited; all or nothing (R17)',
  }),
  operation(p.correctEntry, {
    id: 'correctEntry',
    tag,
    auth: 'admin',
    body: UploadRow,
    errors: ['validation', 'not_found', 'invalid_transition'],
    summary: 'Correct an uploaded row in place and check it again (R17)',
    description:
      "Checked as an upload is (see uploadRows): compared only with profiles of the caller's workspace.",
  }),
  operation(p.inviteBatch, {
    id: 'inviteBatch',
    tag,
    auth: 'admin',
    body: InviteBatchBody,
    errors: ['validation', 'not_found'],
    summary: 'Invite selected or all valid entries, with an optional message (R18, R19)',
    description:
      "R19 (straight to accepted) applies to people of the caller's workspace only; anyone else gets a pool invitation and joins when they accept. Each entry goes ahead or is skipped with its own error; a skipped one changes nothing.",
  }),
  operation(p.createInviteLink, {
    id: 'createInviteLink',
    tag,
    auth: 'admin',
    status: 201,
    errors: ['not_found'],
    summary: 'Generate a shareable invite link to the pool (R30)',
  }),
  operation(p.listInviteLinks, {
    id: 'listInviteLinks',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Invite links of a pool',
  }),
  operation(p.revokeInviteLink, {
    id: 'revokeInviteLink',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Revoke an invite link; it stops working at once (R30)',
  }),
  operation(p.listSignups, {
    id: 'listSignups',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'People who signed up through a link, waiting for approval (R30)',
  }),
  operation(p.approveSignup, {
    id: 'approveSignup',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition', 'inactive_user'],
    summary:
      'Approve a sign-up: the person becomes active and joins the pool, or becomes a trusted contact (R30)',
    description:
      'A sign-up that created its profile is activated and joins the pool. A sign-up for an email that already had a profile proves nothing about who sent it: approving it activates nobody and exposes nothing, it only invites that email to the pool as an admin would (R18–R20), and the person joins when they accept.',
  }),
  operation(p.rejectSignup, {
    id: 'rejectSignup',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition'],
    summary: 'Reject a sign-up: nobody gets access, and the person is told (R30, R33)',
  }),
  operation(p.signupThroughLink, {
    id: 'signupThroughLink',
    tag: 'Invitee',
    auth: 'none',
    body: SignupBody,
    status: 201,
    errors: ['validation', 'link_expired', 'conflict'],
    summary: 'Sign up through a shared invite link; lands as applied (R30)',
    description:
      "Anyone can sign up with any email, so the answer (and the admins' list) names a profile, with `personId` and `accountStatus`, only when this sign-up created it or the person already belongs to the workspace; otherwise both are null.",
  }),
] as const;
