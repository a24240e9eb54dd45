// Every event an Invitekit element fires: names and detail types, declared on the element,
// document and window event maps, so `addEventListener('invitekit-invite-sent', e => e.detail…)`
// is typed wherever a host listens (the events bubble and are composed).
import type {
  InviteLink,
  Person,
  AddMemberBody,
  Candidate,
  PipelineStage,
  AddOneBody,
  BatchEntry,
  BatchSummary,
  ImportContactsResult,
  Contact,
  Invitation,
  InviteContactBody,
  InvitekitError,
  Member,
} from '@invitekit/sdk';

export type InviteMode = 'project' | 'pool' | 'contact';

/** What `<invite-form>` is about to send; listeners may change `body` or cancel the event. */
export type InviteRequestDetail =
  | { mode: 'project'; projectId: string; body: AddMemberBody }
  | { mode: 'pool'; poolId: string; batchId: string | null; body: AddOneBody }
  | { mode: 'contact'; body: InviteContactBody };

export interface InviteSentDetail {
  mode: InviteMode;
  /** `added` (R6), `invited` (R7, R18, R27), `accepted` (R19) or `connection-requested` (R29). */
  outcome: 'added' | 'invited' | 'accepted' | 'connection-requested';
  /** The invitation created, when one was. */
  invitation: Invitation | null;
  member: Member | null;
  entry: BatchEntry | null;
  contact: Contact | null;
}

export interface InviteFailedDetail {
  mode: InviteMode;
  error: InvitekitError;
}

export interface OpenInvitationDetail {
  invitationId: string;
}

/** `approve` and `reject` decide a sign-up through a shared link (R30). */
export type InvitationAction = 'resend' | 'expire' | 'reinvite' | 'approve' | 'reject';
export type AccountAction = 'invite' | 'disable' | 'enable';

/** Cancelable: an action the table is about to take, on one or many rows. */
export interface ActionRequestDetail {
  action: InvitationAction | AccountAction;
  ids: string[];
}

export interface InvitationChangedDetail {
  action: InvitationAction;
  /** The invitation after the action (for `reinvite`, the new one; after `approve`, accepted). */
  invitation: Invitation;
}

export interface BulkDoneDetail {
  action: InvitationAction;
  results: {
    id: string;
    ok: boolean;
    invitation: Invitation | null;
    error: InvitekitError | null;
  }[];
}

export interface AccountChangedDetail {
  action: AccountAction;
  person: Person;
}

/** One contact row as the API reviewed or imported it (R31). */
export type ContactRowResult = ImportContactsResult['rows'][number];

export interface BatchOpenedDetail {
  batch: BatchSummary;
  /** True when the admin started it now, false when reopened (R14). */
  created: boolean;
}

export interface FileReadDetail {
  name: string;
  rows: number;
  withProblems: number;
  /** Milliseconds the worker took, bytes to last checked row. */
  ms: number;
}

export interface RowsCheckedDetail {
  /** Pool mode: the batch after the upload, and the entries the API checked (R16). */
  batch: BatchSummary | null;
  entries: BatchEntry[];
  /** Contacts mode: the rows as the API reviewed them (R31). */
  contacts: ContactRowResult[];
}

/** Cancelable: `<batch-uploader>` is about to invite these rows. */
export interface BatchInviteRequestDetail {
  batchId: string | null;
  /** Pool mode: the entries to invite. */
  entryIds: string[];
  /** Each row's number in the sheet. */
  lines: (number | null)[];
  message: string;
}

export interface BatchInvitedDetail {
  batch: BatchSummary | null;
  /** Entries invited or accepted straight away (R18, R19). */
  entries: BatchEntry[];
  contacts: ContactRowResult[];
  /** Rows that failed, with why: retry them from the element. */
  failed: { entryId: string | null; line: number | null; message: string }[];
}

export interface RowCorrectedDetail {
  entry: BatchEntry | null;
  contact: ContactRowResult | null;
}

export interface RowsRemovedDetail {
  batch: BatchSummary | null;
  entryIds: string[];
  lines: (number | null)[];
}

/** What `<role-pipeline>` does to people: a stage action (R22, R25, R26) or a new place. */
export type StageAction = 'invite' | 'offer' | 'confirm' | 'reject' | 'reorder';

/** Cancelable: people `<role-pipeline>` is about to move (nothing has changed yet). */
export interface StageRequestDetail {
  roleId: string;
  action: StageAction;
  /** Where they go. */
  stage: PipelineStage;
  /** The people who go, as they are now (each with the `stage` they leave). */
  candidates: Candidate[];
  /** People of the selection the rules leave where they are, and why (R23, R25). */
  skipped: { candidate: Candidate; reason: string }[];
  /** The invitation or offer message, the rejection reason and email choice, when given. */
  message?: string;
  reason?: string;
  notify?: boolean;
}

/** After the API has answered a move (an undone move never reaches it, and fires nothing). */
export interface StageChangedDetail {
  roleId: string;
  action: StageAction;
  stage: PipelineStage;
  /** The people moved, as the API now has them. */
  candidates: Candidate[];
  /** The people the API refused, with why; the board put them back where they were. */
  failed: { candidate: Candidate; error: { code: string; message: string } }[];
}

export interface ExportDetail {
  csv: string;
  filename: string;
}

export interface ViewInvitationDetail {
  invitation: Invitation;
}

/** A shareable link `<invite-form>` created or revoked (R30). */
export interface LinkDetail {
  link: InviteLink;
}

export interface InvitekitEventMap {
  /** Cancelable: fired before `<role-pipeline>` moves people (R22–R26). */
  'invitekit-stage-request': CustomEvent<StageRequestDetail>;
  /** People moved in a `<role-pipeline>`, once the API has agreed. */
  'invitekit-stage-changed': CustomEvent<StageChangedDetail>;
  /** Cancelable: fired before `<invitation-table>` acts on rows. */
  'invitekit-action-request': CustomEvent<ActionRequestDetail>;
  'invitekit-invitation-changed': CustomEvent<InvitationChangedDetail>;
  'invitekit-bulk-done': CustomEvent<BulkDoneDetail>;
  'invitekit-account-changed': CustomEvent<AccountChangedDetail>;
  /** Cancelable: a CSV `<invitation-table>` (its view) or `<batch-uploader>` (rows with problems) is about to download. */
  'invitekit-export': CustomEvent<ExportDetail>;
  /** The user asked to see one invitation's details. */
  'invitekit-view-invitation': CustomEvent<ViewInvitationDetail>;
  /** Cancelable: fired before an invitation is sent. */
  'invitekit-invite-request': CustomEvent<InviteRequestDetail>;
  'invitekit-invite-sent': CustomEvent<InviteSentDetail>;
  'invitekit-invite-failed': CustomEvent<InviteFailedDetail>;
  /** `<batch-uploader>` started or reopened a batch. */
  'invitekit-batch-opened': CustomEvent<BatchOpenedDetail>;
  /** A file was read and checked in the browser. */
  'invitekit-file-read': CustomEvent<FileReadDetail>;
  /** Rows were checked by the API (and, in pool mode, added to the batch). */
  'invitekit-rows-checked': CustomEvent<RowsCheckedDetail>;
  /** Cancelable: fired before `<batch-uploader>` invites rows. */
  'invitekit-batch-invite-request': CustomEvent<BatchInviteRequestDetail>;
  'invitekit-batch-invited': CustomEvent<BatchInvitedDetail>;
  'invitekit-row-corrected': CustomEvent<RowCorrectedDetail>;
  'invitekit-rows-removed': CustomEvent<RowsRemovedDetail>;
  /** The user asked to open an existing invitation (after a conflict). */
  'invitekit-open-invitation': CustomEvent<OpenInvitationDetail>;
  /** `<invite-form>` created a shareable link (R30). */
  'invitekit-link-created': CustomEvent<LinkDetail>;
  /** `<invite-form>` revoked a shareable link: nobody can sign up through it any more (R30). */
  'invitekit-link-revoked': CustomEvent<LinkDetail>;
}

export type InvitekitEventName = keyof InvitekitEventMap;
export type DetailOf<K extends InvitekitEventName> = InvitekitEventMap[K]['detail'];

/* eslint-disable @typescript-eslint/no-empty-object-type -- declaration merging */
declare global {
  interface HTMLElementEventMap extends InvitekitEventMap {}
  interface DocumentEventMap extends InvitekitEventMap {}
  interface WindowEventMap extends InvitekitEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
