// Pools, invitation batches and invite links (R14–R20, R30).
import * as z from 'zod/mini';
import { counts, endpoint, list } from './common.js';
import { accountStatuses } from './people.js';
import type {
  AddOneBody,
  CreateBatchBody,
  InviteBatchBody,
  RemoveEntriesBody,
  SignupBody,
  UploadRow,
  UploadRowsBody,
} from './requests/pools.js';

export const Pool = z.object({ id: z.string(), name: z.string(), memberCount: z.number() });
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

/** An uploaded row as it was typed: every cell kept as text, even when malformed. */
export const RowDetails = z.object({
  email: z.string(),
  dateOfBirth: z.string(),
  firstName: z.string(),
  middleNames: z.string(),
  lastName: z.string(),
  preferredName: z.string(),
  mobile: z.string(),
});

export const entryChecks = ['existing', 'new', 'invalid'] as const;
export type EntryCheck = (typeof entryChecks)[number];
export const entryStages = ['uploaded', 'invited', 'accepted', 'declined', 'expired'] as const;
export type EntryStage = (typeof entryStages)[number];

export const BatchEntry = z.object({
  id: z.string(),
  /** The row's number in the sheet (the header is row 1), or null when added one at a time. */
  line: z.nullable(z.number()),
  details: RowDetails,
  check: z.enum(entryChecks),
  /** Every field that is malformed or disagrees with the existing profile. */
  problems: z.array(z.object({ field: z.enum(personColumns), message: z.string() })),
  stage: z.enum(entryStages),
  personId: z.nullable(z.string()),
  invitationId: z.nullable(z.string()),
  /** The person's account status; anything but `active` earns a warning marker (R20). */
  accountStatus: z.nullable(z.enum(accountStatuses)),
});
export type BatchEntry = z.infer<typeof BatchEntry>;

const batchSummaryShape = {
  id: z.string(),
  poolId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  counts: counts(entryStages),
};
export const BatchSummary = z.object(batchSummaryShape);
export type BatchSummary = z.infer<typeof BatchSummary>;

export const Batch = z.object({ ...batchSummaryShape, entries: z.array(BatchEntry) });
export type Batch = z.infer<typeof Batch>;

/**
 * The answer to an upload: the batch's counts and only the entries this call added, so a large
 * file sent in chunks is not answered with the whole batch every time.
 */
export const UploadResult = z.object({ batch: BatchSummary, entries: z.array(BatchEntry) });
export type UploadResult = z.infer<typeof UploadResult>;

export const AddOneResult = z.object({
  outcome: z.enum(['invited', 'accepted']),
  entry: BatchEntry,
  invitationId: z.nullable(z.string()),
});
export type AddOneResult = z.infer<typeof AddOneResult>;

/** A per-item failure inside a bulk answer. */
export const ItemError = z.object({ code: z.string(), message: z.string() });

export const InviteBatchResult = z.object({
  /** The batch's counts after the call. */
  batch: BatchSummary,
  /** The entries this call moved on (invited or accepted), as they are now. */
  entries: z.array(BatchEntry),
  results: z.array(
    z.object({
      entryId: z.string(),
      outcome: z.enum(['invited', 'accepted', 'skipped']),
      error: z.nullable(ItemError),
    }),
  ),
});
export type InviteBatchResult = z.infer<typeof InviteBatchResult>;

/** A shareable link: to a pool, or to become a trusted contact of the team (R30). */
export const InviteLink = z.object({
  id: z.string(),
  kind: z.enum(['pool', 'contact']),
  /** The pool it fills; null for a contact link. */
  poolId: z.nullable(z.string()),
  url: z.string(),
  status: z.enum(['active', 'revoked']),
  createdAt: z.string(),
  signupCount: z.number(),
});
export type InviteLink = z.infer<typeof InviteLink>;

export const Signup = z.object({
  id: z.string(),
  linkId: z.string(),
  kind: z.enum(['pool', 'contact']),
  poolId: z.nullable(z.string()),
  /** The `applied` invitation that lists the sign-up among the others. */
  invitationId: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  status: z.enum(['applied', 'approved', 'rejected']),
  /**
   * The profile and its account status when the sign-up created it or the person already
   * belongs to the workspace; null when the email belongs to someone else's profile, which a
   * sign-up (anyone can type any email) never exposes.
   */
  personId: z.nullable(z.string()),
  accountStatus: z.nullable(z.enum(accountStatuses)),
  createdAt: z.string(),
});
export type Signup = z.infer<typeof Signup>;

export const listPools = endpoint()('GET', '/pools', list(Pool));
export const listBatches = endpoint()('GET', '/pools/{poolId}/batches', list(BatchSummary));
export const createBatch = endpoint<{ body: CreateBatchBody }>()(
  'POST',
  '/pools/{poolId}/batches',
  Batch,
);
export const getBatch = endpoint()('GET', '/batches/{batchId}', Batch);
export const addPersonToBatch = endpoint<{ body: AddOneBody }>()(
  'POST',
  '/batches/{batchId}/people',
  AddOneResult,
);
export const uploadRows = endpoint<{ body: UploadRowsBody }>()(
  'POST',
  '/batches/{batchId}/rows',
  UploadResult,
);
/** Answers with the batch's counts after the removal. */
export const removeEntries = endpoint<{ body: RemoveEntriesBody }>()(
  'POST',
  '/batches/{batchId}/remove',
  BatchSummary,
);
export const correctEntry = endpoint<{ body: UploadRow }>()(
  'PATCH',
  '/batches/{batchId}/entries/{entryId}',
  BatchEntry,
);
export const inviteBatch = endpoint<{ body: InviteBatchBody }>()(
  'POST',
  '/batches/{batchId}/invite',
  InviteBatchResult,
);
export const createInviteLink = endpoint()('POST', '/pools/{poolId}/links', InviteLink);
export const listInviteLinks = endpoint()('GET', '/pools/{poolId}/links', list(InviteLink));
export const revokeInviteLink = endpoint()('POST', '/links/{linkId}/revoke', InviteLink);
export const listSignups = endpoint()('GET', '/pools/{poolId}/signups', list(Signup));
export const approveSignup = endpoint()('POST', '/signups/{signupId}/approve', Signup);
export const rejectSignup = endpoint()('POST', '/signups/{signupId}/reject', Signup);
export const signupThroughLink = endpoint<{ body: SignupBody }>()(
  'POST',
  '/links/{linkToken}/signups',
  Signup,
);
