// The in-memory records behind the API. Plain data, so the store can be saved and restored.
import type {
  AccountStatus,
  BatchEntry,
  ContactRow,
  EntryCheck,
  InvitationKind,
  OutboxEmail,
  PipelineStage,
  ProjectRole,
  UploadRow,
} from '@invitekit/sdk/schemas';

export interface Workspace {
  id: string;
  name: string;
}

export interface Account {
  token: string;
  workspaceId: string;
  name: string;
  isAdmin: boolean;
}

export interface PersonRecord {
  id: string;
  email: string;
  dateOfBirth: string | null;
  firstName: string;
  middleNames: string;
  lastName: string;
  preferredName: string | null;
  mobile: string | null;
  skills: string[];
  certifications: string[];
  accountStatus: AccountStatus;
  /** What the account was before it was disabled, to restore on enable (R4). */
  statusBeforeDisable: AccountStatus | null;
  /** A platform role held elsewhere; `client` conflicts with managing projects (R11). */
  platformRole: 'staff' | 'client';
  workspaceIds: string[];
  createdAt: number;
}

export interface PoolRecord {
  id: string;
  workspaceId: string;
  name: string;
  memberIds: string[];
}

export interface EntryRecord {
  id: string;
  line: number | null;
  details: UploadRow;
  check: EntryCheck;
  problems: BatchEntry['problems'];
  /** Stored stage while no invitation drives it (uploaded, or accepted straight away, R19). */
  stage: 'uploaded' | 'accepted';
  personId: string | null;
  invitationId: string | null;
}

export interface BatchRecord {
  id: string;
  workspaceId: string;
  poolId: string;
  name: string;
  createdAt: number;
  entries: EntryRecord[];
}

export interface ProjectRecord {
  id: string;
  workspaceId: string;
  name: string;
  members: { personId: string; role: ProjectRole; addedAt: number }[];
}

export interface CandidateRecord {
  personId: string;
  stage: Exclude<PipelineStage, 'matches'>;
  inviteDeclined: boolean;
  invitationId: string | null;
  updatedAt: number;
  /** When they entered `stage` (stores saved before it existed: `updatedAt`). */
  stageSince?: number;
  /** Order within the stage, lowest first; records without one come first, as stored. */
  rank?: number;
  /** Why the team rejected them (R26). */
  rejectionReason?: string | null;
}

export interface RoleRecord {
  id: string;
  workspaceId: string;
  projectId: string;
  poolId: string;
  title: string;
  requiredCertifications: string[];
  headcount: number;
  candidates: CandidateRecord[];
}

export interface InvitationRecord {
  id: string;
  token: string;
  workspaceId: string;
  kind: InvitationKind;
  targetId: string;
  role: string | null;
  email: string;
  personId: string | null;
  message: string | null;
  /** `pending` turns into `expired` on read once `expiresAt` has passed; `applied`: a sign-up
   *  through a shared link, waiting for approval (R30). */
  status: 'pending' | 'applied' | 'accepted' | 'declined' | 'expired' | 'revoked';
  sentAt: number;
  expiresAt: number;
  sendCount: number;
  lastSentAt: number;
  invitedBy: string;
  respondedAt: number | null;
  /** When it was sent within the resend window, oldest first (R7 throttle); absent in older stores. */
  recentSends?: number[];
  /** The sign-up an `applied` invitation stands for (R30). */
  signupId?: string;
}

export interface ContactRecord {
  id: string;
  workspaceId: string;
  name: string;
  email: string;
  links: string[];
  files: string[];
  skills: string[];
  tags: string[];
  status: 'invited' | 'connection-requested' | 'connected' | 'declined';
  personId: string | null;
  invitationId: string;
  /** A role offered with the invitation (R28), waiting for the person to accept and join. */
  offerRoleId?: string | null;
  createdAt: number;
}

export interface LinkRecord {
  id: string;
  token: string;
  workspaceId: string;
  /** A pool link fills `poolId`; a contact link has none. (Stores saved before contact links
   *  existed have no `kind`: pool.) */
  kind?: 'pool' | 'contact';
  poolId: string | null;
  status: 'active' | 'revoked';
  createdAt: number;
  createdBy?: string;
}

export interface SignupRecord {
  id: string;
  linkId: string;
  workspaceId: string;
  kind?: 'pool' | 'contact';
  poolId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  personId: string;
  /** True when this sign-up created the profile; approving then activates it (R30). A sign-up
   *  for an email that already had a profile never activates or exposes it. */
  createdPerson?: boolean;
  status: 'applied' | 'approved' | 'rejected';
  /** The `applied` invitation that lists it (absent in stores saved before). */
  invitationId?: string;
  createdAt: number;
}

export interface State {
  seq: number;
  workspaces: Workspace[];
  accounts: Account[];
  people: PersonRecord[];
  pools: PoolRecord[];
  batches: BatchRecord[];
  projects: ProjectRecord[];
  roles: RoleRecord[];
  invitations: InvitationRecord[];
  contacts: ContactRecord[];
  links: LinkRecord[];
  signups: SignupRecord[];
  outbox: OutboxEmail[];
}

export type { ContactRow };

export const emptyState = (): State => ({
  seq: 0,
  workspaces: [],
  accounts: [],
  people: [],
  pools: [],
  batches: [],
  projects: [],
  roles: [],
  invitations: [],
  contacts: [],
  links: [],
  signups: [],
  outbox: [],
});
