// Pools, invitation batches and invite links (R14–R20, R30).
import * as z from 'zod/mini';
import { list, route } from './common.js';
import {
  dateOfBirth,
  email,
  id,
  message,
  mobile,
  name,
  optionalName,
  text,
  timestamp,
} from './fields.js';
import { accountStatuses } from './people.js';

export const Pool = z.object({ id, name: z.string(), memberCount: z.number() });
export type Pool = z.infer<typeof Pool>;

/** Columns of the people upload, in template order (R16). */
export const personColumns = [
  'email',
  'dateOfBirth',
  'firstName',
  'middleNames',
  'lastName',
  'preferredName',
  'mobile',
] as const;
export type PersonColumn = (typeof personColumns)[number];

/** One uploaded row as typed in the sheet: every cell is kept as text, even when malformed. */
export const UploadRow = z.strictObject({
  email: text('Email').check(z.maxLength(500)),
  dateOfBirth: text('Date of birth').check(z.maxLength(100)),
  firstName: text('First name').check(z.maxLength(500)),
  middleNames: z.optional(text('Middle names').check(z.maxLength(500))),
  lastName: text('Last name').check(z.maxLength(500)),
  preferredName: z.optional(text('Preferred name').check(z.maxLength(500))),
  mobile: z.optional(text('Mobile').check(z.maxLength(100))),
});
export type UploadRow = z.infer<typeof UploadRow>;

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

export const entryChecks = ['existing', 'new', 'invalid'] as const;
export type EntryCheck = (typeof entryChecks)[number];
export const entryStages = ['uploaded', 'invited', 'accepted', 'declined', 'expired'] as const;
export type EntryStage = (typeof entryStages)[number];

export const EntryProblem = z.object({ field: z.enum(personColumns), message: z.string() });

export const BatchEntry = z.object({
  id,
  /** 1-based line in the uploaded sheet (after the header), or null when added one at a time. */
  line: z.nullable(z.number()),
  details: UploadRow,
  check: z.enum(entryChecks),
  /** Every field that is malformed or disagrees with the existing profile. */
  problems: z.array(EntryProblem),
  stage: z.enum(entryStages),
  personId: z.nullable(z.string()),
  invitationId: z.nullable(z.string()),
  /** Set while the person still has to activate their platform account (R20). */
  accountStatus: z.nullable(z.enum(accountStatuses)),
});
export type BatchEntry = z.infer<typeof BatchEntry>;

export const BatchSummary = z.object({
  id,
  poolId: id,
  name: z.string(),
  createdAt: timestamp,
  counts: z.record(z.enum(entryStages), z.number()),
});
export type BatchSummary = z.infer<typeof BatchSummary>;

export const Batch = z.extend(BatchSummary, { entries: z.array(BatchEntry) });
export type Batch = z.infer<typeof Batch>;

export const CreateBatchBody = z.strictObject({ name: name('Batch name', 200) });

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

export const entryOutcomes = ['invited', 'accepted'] as const;

export const AddOneResult = z.object({
  outcome: z.enum(entryOutcomes),
  entry: BatchEntry,
  invitationId: z.nullable(z.string()),
});
export type AddOneResult = z.infer<typeof AddOneResult>;

export const UploadRowsBody = z.strictObject({
  rows: z
    .array(UploadRow)
    .check(
      z.minLength(1, 'The file has no rows'),
      z.maxLength(5000, 'Upload at most 5000 rows at a time'),
    ),
});

export const InviteBatchBody = z.strictObject({
  /** Entries to invite; omit with `all: true` to invite every valid uploaded entry (R18). */
  entryIds: z.optional(z.array(id).check(z.maxLength(5000))),
  all: z.optional(z.boolean()),
  message: z.optional(message),
});
export type InviteBatchBody = z.input<typeof InviteBatchBody>;

export const ItemError = z.object({ code: z.string(), message: z.string() });

export const InviteBatchResult = z.object({
  batch: Batch,
  results: z.array(
    z.object({
      entryId: id,
      outcome: z.enum(['invited', 'accepted', 'skipped']),
      error: z.optional(ItemError),
    }),
  ),
});
export type InviteBatchResult = z.infer<typeof InviteBatchResult>;

export const InviteLink = z.object({
  id,
  poolId: id,
  url: z.string(),
  status: z.enum(['active', 'revoked']),
  createdAt: timestamp,
  signupCount: z.number(),
});
export type InviteLink = z.infer<typeof InviteLink>;

export const Signup = z.object({
  id,
  linkId: id,
  poolId: id,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  status: z.enum(['applied', 'approved']),
  personId: id,
  accountStatus: z.enum(accountStatuses),
  createdAt: timestamp,
});
export type Signup = z.infer<typeof Signup>;

export const SignupBody = z.strictObject({
  email,
  dateOfBirth,
  firstName: name('First name'),
  lastName: name('Last name'),
});
export type SignupBody = z.input<typeof SignupBody>;

const tag = 'Pools';
export const listPools = route({
  id: 'listPools',
  tag,
  method: 'GET',
  path: '/pools',
  summary: 'Pools of the workspace',
  auth: 'admin',
  response: list(Pool),
  errors: [],
});
export const listBatches = route({
  id: 'listBatches',
  tag,
  method: 'GET',
  path: '/pools/{poolId}/batches',
  summary: 'Batches filling a pool (to reopen one, R14)',
  auth: 'admin',
  response: list(BatchSummary),
  errors: ['not_found'],
});
export const createBatch = route({
  id: 'createBatch',
  tag,
  method: 'POST',
  path: '/pools/{poolId}/batches',
  summary: 'Start a named invitation batch for a pool (R14)',
  auth: 'admin',
  body: CreateBatchBody,
  response: Batch,
  status: 201,
  errors: ['validation', 'not_found'],
});
export const getBatch = route({
  id: 'getBatch',
  tag,
  method: 'GET',
  path: '/batches/{batchId}',
  summary: 'Reopen a batch with its entries and counts (R14, R18)',
  auth: 'admin',
  response: Batch,
  errors: ['not_found'],
});
export const addPersonToBatch = route({
  id: 'addPersonToBatch',
  tag,
  method: 'POST',
  path: '/batches/{batchId}/people',
  summary: 'Add and invite one person by email and date of birth (R15, R19, R20)',
  auth: 'admin',
  body: AddOneBody,
  response: AddOneResult,
  status: 201,
  errors: ['validation', 'not_found', 'conflict', 'inactive_user'],
});
export const uploadRows = route({
  id: 'uploadRows',
  tag,
  method: 'POST',
  path: '/batches/{batchId}/rows',
  summary: 'Upload rows; each is checked existing, new or invalid (R16)',
  auth: 'admin',
  body: UploadRowsBody,
  response: Batch,
  errors: ['validation', 'not_found'],
});
export const correctEntry = route({
  id: 'correctEntry',
  tag,
  method: 'PATCH',
  path: '/batches/{batchId}/entries/{entryId}',
  summary: 'Correct an uploaded row in place and check it again (R17)',
  auth: 'admin',
  body: UploadRow,
  response: BatchEntry,
  errors: ['validation', 'not_found', 'invalid_transition'],
});
export const inviteBatch = route({
  id: 'inviteBatch',
  tag,
  method: 'POST',
  path: '/batches/{batchId}/invite',
  summary: 'Invite selected or all valid entries, with an optional message (R18, R19)',
  auth: 'admin',
  body: InviteBatchBody,
  response: InviteBatchResult,
  errors: ['validation', 'not_found'],
});
export const createInviteLink = route({
  id: 'createInviteLink',
  tag,
  method: 'POST',
  path: '/pools/{poolId}/links',
  summary: 'Generate a shareable invite link to the pool (R30)',
  auth: 'admin',
  response: InviteLink,
  status: 201,
  errors: ['not_found'],
});
export const listInviteLinks = route({
  id: 'listInviteLinks',
  tag,
  method: 'GET',
  path: '/pools/{poolId}/links',
  summary: 'Invite links of a pool',
  auth: 'admin',
  response: list(InviteLink),
  errors: ['not_found'],
});
export const revokeInviteLink = route({
  id: 'revokeInviteLink',
  tag,
  method: 'POST',
  path: '/links/{linkId}/revoke',
  summary: 'Revoke an invite link; it stops working at once (R30)',
  auth: 'admin',
  response: InviteLink,
  errors: ['not_found'],
});
export const listSignups = route({
  id: 'listSignups',
  tag,
  method: 'GET',
  path: '/pools/{poolId}/signups',
  summary: 'People who signed up through a link, waiting for approval (R30)',
  auth: 'admin',
  response: list(Signup),
  errors: ['not_found'],
});
export const approveSignup = route({
  id: 'approveSignup',
  tag,
  method: 'POST',
  path: '/signups/{signupId}/approve',
  summary: 'Approve a sign-up: the person becomes active and joins the pool (R30)',
  auth: 'admin',
  response: Signup,
  errors: ['not_found', 'invalid_transition'],
});
export const signupThroughLink = route({
  id: 'signupThroughLink',
  tag: 'Invitee',
  method: 'POST',
  path: '/links/{linkToken}/signups',
  summary: 'Sign up through a shared invite link; lands as applied (R30)',
  auth: 'none',
  body: SignupBody,
  response: Signup,
  status: 201,
  errors: ['validation', 'link_expired', 'conflict'],
});

export const poolRoutes = [
  listPools,
  listBatches,
  createBatch,
  getBatch,
  addPersonToBatch,
  uploadRows,
  correctEntry,
  inviteBatch,
  createInviteLink,
  listInviteLinks,
  revokeInviteLink,
  listSignups,
  approveSignup,
  signupThroughLink,
] as const;
