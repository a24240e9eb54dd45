// The domain: every rule of shared/domain.md (R1–R33), over the records in state.ts.
// Each public method is one API operation, run as one unit through the journal: a refusal or an
// unexpected error mid-way leaves the store exactly as it was (journal.ts).
//
// Isolation: profiles are global, keyed by email, but a workspace reads a person only once they
// belong to it (they accepted an invitation, or the workspace created them). About anyone else an
// admin learns only what the rules say when they act on an email they typed (ARCHITECTURE.md,
// "Isolation"): never names, date of birth, mobile or id, and no answer that depends on a guess
// of those.
import {
  ValidRow,
  personColumns,
  type AcceptBody,
  type AddMemberResult,
  type AddOneResult,
  type Batch,
  type BatchEntry,
  type BatchSummary,
  type BulkResult,
  type Candidate,
  type Contact,
  type EntryStage,
  type ImportContactsResult,
  type Invitation,
  type InvitationDetail,
  type InvitationPage,
  type InvitationQuery,
  type InvitationSortField,
  type InvitationStatus,
  type InviteBatchResult,
  type InviteContactResult,
  type InviteLink,
  type InviteeView,
  type Member,
  type MemberCheck,
  type OutboxEmail,
  type PeopleQuery,
  type Person,
  type PersonColumn,
  type PersonLookup,
  type Pipeline,
  type PipelineStage,
  type Pool,
  type Project,
  type ProjectRole,
  type Role,
  type SheetRow,
  type Signup,
  type UploadResult,
  type UploadRow,
  accountStatuses,
  email as emailSchema,
  invitationStatuses,
  name as nameSchema,
  projectRoles,
  entryStages,
} from '@invitekit/sdk/schemas';
import { DAY, type Clock } from './clock.js';
import { DomainError, notFound, transition } from './errors.js';
import { Journal } from './journal.js';
import type {
  Account,
  BatchRecord,
  CandidateRecord,
  ContactRecord,
  EntryRecord,
  InvitationRecord,
  LinkRecord,
  PersonRecord,
  PoolRecord,
  ProjectRecord,
  RoleRecord,
  SignupRecord,
  State,
} from './state.js';

/** Pending invitations are valid this long after they were (last) sent (R7). */
export const INVITATION_TTL = 30 * DAY;
/** One invitation is emailed at most this many times within `RESEND_WINDOW` (R7, R2, R9). */
export const RESEND_LIMIT = 3;
export const RESEND_WINDOW = 60 * 60_000;

export interface Admin {
  workspaceId: string;
  name: string;
}

/** Input shapes after the contract's schemas have parsed them. */
type Q<T> = { [K in keyof T]: Exclude<T[K], undefined> | undefined };
type InvitationFilter = Q<Omit<InvitationQuery, 'kind' | 'status' | 'limit'>> & {
  kind?: string[] | undefined;
  status?: string[] | undefined;
  limit?: number | undefined;
};
type PeopleFilter = Q<Omit<PeopleQuery, 'status' | 'limit'>> & {
  status?: string[] | undefined;
  limit?: number | undefined;
};

export interface DomainOptions {
  clock: Clock;
  /** Where invitation links point, e.g. `https://portal.example/invite`. */
  linkBase: string;
  /** Called after every operation that changed the store (the browser store saves itself then). */
  onChange?: () => void;
}

const fullName = (p: PersonRecord) => `${p.preferredName || p.firstName} ${p.lastName}`.trim();
const normal = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();
const same = (a: string | null | undefined, b: string | null | undefined) =>
  normal(a) === normal(b);
const iso = (time: number) => new Date(time).toISOString();
const contains = (haystack: string | null, needle: string) =>
  haystack !== null && haystack.toLowerCase().includes(needle);

/** Cursors this API hands out: `o` and an offset in base 36. Anything else is refused. */
const CURSOR = /^o[0-9a-z]{1,8}$/;

function pageOf<T>(items: T[], cursor: string | undefined, limit = 50) {
  const offset =
    cursor === undefined ? 0 : CURSOR.test(cursor) ? parseInt(cursor.slice(1), 36) : -1;
  if (offset < 0) {
    throw new DomainError('validation', 'The cursor is not valid', {
      fieldErrors: { cursor: ['Not a cursor from this API'] },
    });
  }
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? `o${end.toString(36)}` : null,
    total: items.length,
  };
}

function compareBy<T>(key: (item: T) => string | number, order: 'asc' | 'desc' = 'asc') {
  const sign = order === 'asc' ? 1 : -1;
  return (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  };
}

/** Names are needed when no profile exists yet; says which are missing. */
function requireNames(
  first: string | undefined,
  last: string | undefined,
  message: string,
): { firstName: string; lastName: string } {
  if (first && last) return { firstName: first, lastName: last };
  const fieldErrors: Record<string, string[]> = {};
  if (!first) fieldErrors.firstName = ['First name is required for someone new'];
  if (!last) fieldErrors.lastName = ['Last name is required for someone new'];
  throw new DomainError('validation', message, { fieldErrors });
}

type ImportRow = ImportContactsResult['rows'][number];

/** What a pipeline move may carry besides its stage (R22, R25, R26). */
export interface MoveOptions {
  /** Added to the invitation or offer email. */
  message?: string | undefined;
  /** Why a candidate is rejected; kept for the team. */
  reason?: string | undefined;
  /** Email a rejected candidate (default true). */
  notify?: boolean | undefined;
  /** Land just before this person in the stage; null: at the end. */
  before?: string | null | undefined;
}

const byRank = (a: CandidateRecord, b: CandidateRecord) => {
  const x = a.rank ?? Number.NEGATIVE_INFINITY;
  const y = b.rank ?? Number.NEGATIVE_INFINITY;
  return x < y ? -1 : x > y ? 1 : 0;
};

export class Domain {
  readonly state: State;
  readonly #clock: Clock;
  readonly #linkBase: string;
  readonly #journal: Journal;
  #peopleById = new Map<string, PersonRecord>();
  #peopleByEmail = new Map<string, PersonRecord>();
  #peopleByMobile = new Map<string, PersonRecord[]>();
  #invitationsById = new Map<string, InvitationRecord>();
  #invitationsByToken = new Map<string, InvitationRecord>();
  #invitationsByEmail = new Map<string, InvitationRecord[]>();
  #batchesById = new Map<string, BatchRecord>();
  #linksById = new Map<string, LinkRecord>();
  #linksByToken = new Map<string, LinkRecord>();
  #signupsById = new Map<string, SignupRecord>();
  #contactsByInvitation = new Map<string, ContactRecord>();

  constructor(state: State, options: DomainOptions) {
    this.state = state;
    this.#clock = options.clock;
    this.#linkBase = options.linkBase;
    this.#journal = new Journal(options.onChange);
    this.reindex();
  }

  get now(): number {
    return this.#clock.now();
  }

  /**
   * Runs one operation as a unit: if it throws, every change it made is undone. Public methods
   * that write call this themselves; the API wraps each request in it too, with `crashAt` for the
   * `crash` fault (fail at that change, to prove the rollback).
   */
  transaction<T>(operation: () => T, options: { crashAt?: number | undefined } = {}): T {
    return this.#journal.run(operation, options);
  }

  /** Runs `attempt`; if a rule refuses it, undoes only its changes and returns the refusal. */
  #attempt<T>(attempt: () => T): T | DomainError {
    const savepoint = this.#journal.size;
    try {
      return attempt();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.#journal.rollback(savepoint);
      return error;
    }
  }

  // ── ids, indexes, outbox ──────────────────────────────────────────────────────────────────

  /** Rebuilds every index from `state` (after loading or seeding it). */
  reindex(): void {
    const s = this.state;
    this.#peopleById = new Map(s.people.map((p) => [p.id, p]));
    this.#peopleByEmail = new Map(s.people.map((p) => [p.email, p]));
    this.#peopleByMobile = new Map();
    for (const p of s.people) if (p.mobile) this.#listed(this.#peopleByMobile, p.mobile).push(p);
    this.#invitationsById = new Map(s.invitations.map((i) => [i.id, i]));
    this.#invitationsByToken = new Map(s.invitations.map((i) => [i.token, i]));
    this.#invitationsByEmail = new Map();
    for (const i of s.invitations) this.#listed(this.#invitationsByEmail, i.email).push(i);
    this.#batchesById = new Map(s.batches.map((b) => [b.id, b]));
    this.#linksById = new Map(s.links.map((l) => [l.id, l]));
    this.#linksByToken = new Map(s.links.map((l) => [l.token, l]));
    this.#signupsById = new Map(s.signups.map((x) => [x.id, x]));
    this.#contactsByInvitation = new Map(s.contacts.map((c) => [c.invitationId, c]));
  }

  #listed<K, V>(map: Map<K, V[]>, key: K): V[] {
    const list = map.get(key);
    if (list) return list;
    const fresh: V[] = [];
    map.set(key, fresh);
    return fresh;
  }

  /** Sets a field of a record through the journal (so a failed operation can undo it). */
  #set<T extends object, K extends keyof T>(record: T, key: K, value: T[K]): void {
    this.#journal.set(record, key, value);
  }

  nextId(prefix: string): string {
    this.#set(this.state, 'seq', this.state.seq + 1);
    return `${prefix}_${this.state.seq.toString(36)}`;
  }

  #secret(prefix: string): string {
    return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
  }

  addPerson(person: PersonRecord): PersonRecord {
    this.#journal.push(this.state.people, person);
    this.#journal.index(this.#peopleById, person.id, person);
    this.#journal.index(this.#peopleByEmail, person.email, person);
    if (person.mobile) this.#journal.add(this.#peopleByMobile, person.mobile, person);
    return person;
  }

  addInvitation(invitation: InvitationRecord): InvitationRecord {
    this.#journal.push(this.state.invitations, invitation);
    this.#journal.index(this.#invitationsById, invitation.id, invitation);
    this.#journal.index(this.#invitationsByToken, invitation.token, invitation);
    this.#journal.add(this.#invitationsByEmail, invitation.email, invitation);
    return invitation;
  }

  personByEmail(email: string): PersonRecord | undefined {
    return this.#peopleByEmail.get(normal(email));
  }

  /** R33: one email for every change a person is told about. */
  #send(to: string, subject: string, text: string, link: string | null, rule: string): void {
    const email: OutboxEmail = {
      id: this.nextId('msg'),
      to,
      subject,
      text,
      link,
      sentAt: iso(this.now),
      rule,
    };
    this.#journal.push(this.state.outbox, email);
  }

  linkFor(invitation: InvitationRecord): string {
    return `${this.#linkBase}?token=${encodeURIComponent(invitation.token)}`;
  }

  #workspaceName(id: string): string {
    return this.state.workspaces.find((w) => w.id === id)?.name ?? 'your team';
  }

  // ── access ───────────────────────────────────────────────────────────────────────────────

  accountFor(token: string | null): Account | undefined {
    return token ? this.state.accounts.find((a) => a.token === token) : undefined;
  }

  /** The invitation a bearer token opens, whatever its status (for the API's identity). */
  invitationForToken(token: string | null): InvitationRecord | undefined {
    return token ? this.#invitationsByToken.get(token) : undefined;
  }

  /** The invite link a token names, active or not (for the API's identity). */
  linkForToken(token: string | undefined): LinkRecord | undefined {
    return token ? this.#linksByToken.get(token) : undefined;
  }

  /** The person, if the workspace may read them: only once they belong to it. */
  #known(person: PersonRecord | undefined, workspaceId: string): PersonRecord | undefined {
    return person?.workspaceIds.includes(workspaceId) ? person : undefined;
  }

  /** A person's id and name in `details`, for their own workspace only. */
  #named(
    person: PersonRecord | undefined,
    workspaceId: string,
  ): { personId?: string; personName?: string } {
    const known = this.#known(person, workspaceId);
    return known ? { personId: known.id, personName: fullName(known) } : {};
  }

  /** How a message names a person: by name to their own workspace, by email to anyone else. */
  #who(person: PersonRecord, workspaceId: string): string {
    return person.workspaceIds.includes(workspaceId) ? fullName(person) : person.email;
  }

  /** A record of another workspace is forbidden, not merely missing. */
  #own<T extends { workspaceId: string }>(admin: Admin, record: T | undefined, what: string): T {
    if (!record) throw notFound(what);
    if (record.workspaceId !== admin.workspaceId) {
      throw new DomainError('forbidden', `${what} belongs to another workspace.`);
    }
    return record;
  }

  #person(admin: Admin, id: string): PersonRecord {
    const person = this.#peopleById.get(id);
    if (!person) throw notFound('That person');
    if (!this.#known(person, admin.workspaceId)) {
      throw new DomainError('forbidden', 'That person belongs to another workspace.');
    }
    return person;
  }

  #invitation(admin: Admin, id: string): InvitationRecord {
    return this.#own(admin, this.#invitationsById.get(id), 'That invitation');
  }

  #pool(admin: Admin, id: string): PoolRecord {
    return this.#own(
      admin,
      this.state.pools.find((p) => p.id === id),
      'That pool',
    );
  }

  #batch(admin: Admin, id: string): BatchRecord {
    return this.#own(admin, this.#batchesById.get(id), 'That batch');
  }

  #project(admin: Admin, id: string) {
    return this.#own(
      admin,
      this.state.projects.find((p) => p.id === id),
      'That project',
    );
  }

  #role(admin: Admin, id: string): RoleRecord {
    return this.#own(
      admin,
      this.state.roles.find((r) => r.id === id),
      'That role',
    );
  }

  // ── invitations (R7–R9, R13, R32) ───────────────────────────────────────────────────────

  statusOf(invitation: InvitationRecord): InvitationStatus {
    return invitation.status === 'pending' && invitation.expiresAt <= this.now
      ? 'expired'
      : invitation.status;
  }

  #targetName(invitation: InvitationRecord): string {
    const id = invitation.targetId;
    switch (invitation.kind) {
      case 'workspace':
      case 'contact':
        return this.#workspaceName(id);
      case 'pool':
        return this.state.pools.find((p) => p.id === id)?.name ?? id;
      case 'project':
        return this.state.projects.find((p) => p.id === id)?.name ?? id;
      case 'role': {
        const role = this.state.roles.find((r) => r.id === id);
        const project = role && this.state.projects.find((p) => p.id === role.projectId);
        return project ? project.name : id;
      }
    }
  }

  invitationView(invitation: InvitationRecord): Invitation {
    const person = this.#knownInvitee(invitation);
    return {
      id: invitation.id,
      kind: invitation.kind,
      targetId: invitation.targetId,
      targetName: this.#targetName(invitation),
      role: invitation.role,
      email: invitation.email,
      personId: person?.id ?? null,
      personName: person ? fullName(person) : null,
      message: invitation.message,
      status: this.statusOf(invitation),
      sentAt: iso(invitation.sentAt),
      expiresAt: iso(invitation.expiresAt),
      sendCount: invitation.sendCount,
      lastSentAt: iso(invitation.lastSentAt),
      invitedBy: invitation.invitedBy,
      respondedAt: invitation.respondedAt === null ? null : iso(invitation.respondedAt),
      signupId: invitation.signupId ?? null,
    };
  }

  /** Invitations to `email`, newest last (an index, so no write scans the whole store). */
  #invitationsTo(email: string): InvitationRecord[] {
    return this.#invitationsByEmail.get(email) ?? [];
  }

  /** R13: one pending invitation per email and target. */
  #assertNoPending(
    workspaceId: string,
    kind: InvitationRecord['kind'],
    targetId: string,
    email: string,
  ): void {
    const existing = this.#invitationsTo(email).find(
      (i) =>
        i.workspaceId === workspaceId &&
        i.kind === kind &&
        i.targetId === targetId &&
        this.statusOf(i) === 'pending',
    );
    if (existing) {
      throw new DomainError(
        'conflict',
        `${email} already has a pending invitation to ${this.#targetName(existing)}${existing.role ? ` as ${existing.role}` : ''}, sent ${iso(existing.lastSentAt).slice(0, 10)}.`,
        {
          details: {
            reason: 'pending_invitation',
            invitationId: existing.id,
            role: existing.role,
            sentAt: iso(existing.lastSentAt),
          },
        },
      );
    }
  }

  #createInvitation(
    admin: Admin,
    fields: Pick<InvitationRecord, 'kind' | 'targetId' | 'role' | 'email' | 'personId'> & {
      message?: string | undefined;
      recentSends?: number[];
    },
  ): InvitationRecord {
    const now = this.now;
    const { recentSends = [], ...rest } = fields;
    return this.addInvitation({
      id: this.nextId('inv'),
      token: this.#secret('it'),
      workspaceId: admin.workspaceId,
      ...rest,
      message: fields.message || null,
      status: 'pending',
      sentAt: now,
      expiresAt: now + INVITATION_TTL,
      sendCount: 1,
      lastSentAt: now,
      invitedBy: admin.name,
      respondedAt: null,
      recentSends: [...recentSends, now],
    });
  }

  /** Sends of `invitation` within the resend window, oldest first. */
  #recentSends(invitation: InvitationRecord): number[] {
    const since = this.now - RESEND_WINDOW;
    return (invitation.recentSends ?? [invitation.lastSentAt]).filter((t) => t > since);
  }

  /** R7 (and R2, R9): an invitation is emailed at most RESEND_LIMIT times per RESEND_WINDOW. */
  #assertCanResend(invitation: InvitationRecord): void {
    const recent = this.#recentSends(invitation);
    if (recent.length < RESEND_LIMIT) return;
    const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? 0) + RESEND_WINDOW - this.now) / 1000));
    const minutes = Math.ceil(retryAfter / 60);
    throw new DomainError(
      'rate_limited',
      `This invitation was already sent ${String(RESEND_LIMIT)} times in the last hour. It can be sent again in ${String(minutes)} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfter, details: { invitationId: invitation.id, retryAfter } },
    );
  }

  /** Counts one more send of a pending invitation: 30 more days (R7). */
  #resent(invitation: InvitationRecord, message?: string): void {
    const now = this.now;
    this.#set(invitation, 'sendCount', invitation.sendCount + 1);
    this.#set(invitation, 'lastSentAt', now);
    this.#set(invitation, 'expiresAt', now + INVITATION_TTL);
    this.#set(invitation, 'recentSends', [...this.#recentSends(invitation), now]);
    if (message) this.#set(invitation, 'message', message);
  }

  /** The email an invitation sends, by kind. */
  #sendInvitationEmail(invitation: InvitationRecord, rule: string, extra = ''): void {
    const team = this.#workspaceName(invitation.workspaceId);
    const target = this.#targetName(invitation);
    const note = invitation.message
      ? `\n\nMessage from ${invitation.invitedBy}: ${invitation.message}`
      : '';
    const expires = `This invitation expires on ${iso(invitation.expiresAt).slice(0, 10)}.`;
    const link = this.linkFor(invitation);
    const by = invitation.invitedBy;
    switch (invitation.kind) {
      case 'workspace':
        this.#send(
          invitation.email,
          `Activate your ${team} account`,
          `${by} invited you to ${team}. Set a password to activate your account.${note}\n\n${expires}`,
          link,
          rule,
        );
        return;
      case 'project':
        this.#send(
          invitation.email,
          `You're invited to ${target}`,
          `${by} invited you to join ${target} as ${invitation.role ?? 'a member'}.${note}\n\n${expires}`,
          link,
          rule,
        );
        return;
      case 'pool':
        this.#send(
          invitation.email,
          `Join ${target} at ${team}`,
          `${by} invited you to the ${target} pool at ${team}.${note}\n\n${expires}`,
          link,
          rule,
        );
        return;
      case 'role':
        this.#send(
          invitation.email,
          `Job invitation: ${invitation.role ?? 'a role'} on ${target}`,
          `${by} invited you to apply for ${invitation.role ?? 'a role'} on ${target}. View job details to see the required certifications, then apply or decline.${note}\n\n${expires}`,
          link,
          rule,
        );
        return;
      case 'contact':
        this.#send(
          invitation.email,
          extra ? `${team} wants to connect` : `Join ${team} as a trusted contact`,
          `${extra || `${by} invited you to join ${team} as a trusted contact.`}${note}\n\n${expires}`,
          link,
          rule,
        );
        return;
    }
  }

  /** The person an invitation is for, when a profile exists. */
  #invitee(invitation: InvitationRecord): PersonRecord | undefined {
    return invitation.personId
      ? this.#peopleById.get(invitation.personId)
      : this.personByEmail(invitation.email);
  }

  /** The invitee as the inviting workspace may see them: only once they belong to it. */
  #knownInvitee(invitation: InvitationRecord): PersonRecord | undefined {
    return this.#known(this.#invitee(invitation), invitation.workspaceId);
  }

  /** R32. Filters and sorts the records themselves; only the returned page becomes views. */
  listInvitations(admin: Admin, query: InvitationFilter): InvitationPage {
    const needle = query.q?.trim().toLowerCase();
    const kinds = query.kind?.length ? new Set(query.kind) : undefined;
    const statuses = query.status?.length ? new Set(query.status) : undefined;
    const counts = Object.fromEntries(
      invitationStatuses.map((s) => [s, 0]),
    ) as InvitationPage['counts'];
    const matched: InvitationRecord[] = [];
    for (const record of this.state.invitations) {
      if (record.workspaceId !== admin.workspaceId) continue;
      if (kinds && !kinds.has(record.kind)) continue;
      if (query.targetId && record.targetId !== query.targetId) continue;
      if (needle && !record.email.includes(needle)) {
        const person = this.#knownInvitee(record);
        if (!person || !contains(fullName(person), needle)) continue;
      }
      const status = this.statusOf(record);
      counts[status] += 1;
      if (statuses && !statuses.has(status)) continue;
      matched.push(record);
    }
    const keys: Record<InvitationSortField, (r: InvitationRecord) => string | number> = {
      sentAt: (r) => r.sentAt,
      expiresAt: (r) => r.expiresAt,
      email: (r) => r.email,
      personName: (r) => {
        const person = this.#knownInvitee(r);
        return person ? fullName(person).toLowerCase() : '';
      },
      status: (r) => this.statusOf(r),
      sendCount: (r) => r.sendCount,
      targetName: (r) => this.#targetName(r).toLowerCase(),
      invitedBy: (r) => r.invitedBy.toLowerCase(),
    };
    const key = keys[query.sort ?? 'sentAt'];
    const sortKeys = new Map(matched.map((r) => [r, key(r)]));
    matched.sort(
      compareBy(
        (r: InvitationRecord) => sortKeys.get(r) ?? '',
        query.order ?? (query.sort ? 'asc' : 'desc'),
      ),
    );
    const page = pageOf(matched, query.cursor, query.limit);
    return {
      ...page,
      items: page.items.map((r) => this.invitationView(r)),
      counts,
      asOf: iso(this.now),
    };
  }

  getInvitation(admin: Admin, id: string): InvitationDetail {
    const invitation = this.#invitation(admin, id);
    const live = this.statusOf(invitation) === 'pending';
    return { ...this.invitationView(invitation), link: live ? this.linkFor(invitation) : null };
  }

  #assertCanBeInvited(person: PersonRecord | undefined, workspaceId: string): void {
    if (person?.accountStatus === 'disabled') {
      throw new DomainError(
        'inactive_user',
        `${this.#who(person, workspaceId)}'s account is disabled, so they cannot be invited. Re-enable it first.`,
        { details: { accountStatus: 'disabled', ...this.#named(person, workspaceId) } },
      );
    }
  }

  /** R7: resending resets the 30 days and counts the send. */
  resendInvitation(admin: Admin, id: string): Invitation {
    return this.transaction(() => {
      const invitation = this.#invitation(admin, id);
      const status = this.statusOf(invitation);
      if (status !== 'pending') {
        throw transition(
          status === 'expired'
            ? 'This invitation has expired: re-invite instead of resending.'
            : `Only pending invitations can be resent; this one is ${status}.`,
          { status },
        );
      }
      this.#assertCanBeInvited(
        invitation.personId ? this.#peopleById.get(invitation.personId) : undefined,
        admin.workspaceId,
      );
      this.#assertCanResend(invitation);
      this.#resent(invitation);
      this.#sendInvitationEmail(invitation, 'R7');
      return this.invitationView(invitation);
    });
  }

  /** R8: expire early; the link stops working at once. */
  expireInvitation(admin: Admin, id: string): Invitation {
    return this.transaction(() => {
      const invitation = this.#invitation(admin, id);
      const status = this.statusOf(invitation);
      if (status !== 'pending')
        throw transition(`Only pending invitations can be expired; this one is ${status}.`, {
          status,
        });
      this.#set(invitation, 'status', 'expired');
      this.#set(invitation, 'expiresAt', this.now);
      return this.invitationView(invitation);
    });
  }

  revokeInvitation(admin: Admin, id: string): Invitation {
    return this.transaction(() => {
      const invitation = this.#invitation(admin, id);
      const status = this.statusOf(invitation);
      if (status !== 'pending')
        throw transition(`Only pending invitations can be withdrawn; this one is ${status}.`, {
          status,
        });
      this.#set(invitation, 'status', 'revoked');
      this.#set(invitation, 'respondedAt', this.now);
      return this.invitationView(invitation);
    });
  }

  /** R9: an expired (or withdrawn) invitation can be sent afresh. */
  reinvite(admin: Admin, id: string): Invitation {
    return this.transaction(() => {
      const old = this.#invitation(admin, id);
      const status = this.statusOf(old);
      if (status !== 'expired' && status !== 'revoked') {
        throw transition(
          `Only expired or withdrawn invitations can be re-invited; this one is ${status}.`,
          { status },
        );
      }
      this.#assertNoPending(old.workspaceId, old.kind, old.targetId, old.email);
      this.#assertCanBeInvited(
        old.personId ? this.#peopleById.get(old.personId) : undefined,
        admin.workspaceId,
      );
      // Expire-and-reinvite is still one address being emailed: the throttle carries over.
      this.#assertCanResend(old);
      const fresh = this.#createInvitation(admin, {
        kind: old.kind,
        targetId: old.targetId,
        role: old.role,
        email: old.email,
        personId: old.personId,
        message: old.message ?? undefined,
        recentSends: this.#recentSends(old),
      });
      this.#repoint(old, fresh);
      this.#sendInvitationEmail(fresh, 'R9');
      return this.invitationView(fresh);
    });
  }

  /** Whatever pointed at the old invitation (a batch entry, a candidate, a contact) follows the new one. */
  #repoint(old: InvitationRecord, fresh: InvitationRecord): void {
    const follow = (holder: { invitationId: string | null }) => {
      if (holder.invitationId === old.id) this.#set(holder, 'invitationId', fresh.id);
    };
    switch (old.kind) {
      case 'pool':
        for (const batch of this.state.batches)
          if (batch.poolId === old.targetId) batch.entries.forEach(follow);
        return;
      case 'role':
        this.state.roles.find((r) => r.id === old.targetId)?.candidates.forEach(follow);
        return;
      case 'contact': {
        const contact = this.#contactsByInvitation.get(old.id);
        if (!contact) return;
        this.#set(contact, 'invitationId', fresh.id);
        this.#journal.index(this.#contactsByInvitation, fresh.id, contact);
        return;
      }
      default:
        return;
    }
  }

  // ── people and accounts (R1–R4) ─────────────────────────────────────────────────────────

  personView(person: PersonRecord, workspaceId: string): Person {
    return {
      id: person.id,
      email: person.email,
      dateOfBirth: person.dateOfBirth,
      firstName: person.firstName,
      middleNames: person.middleNames,
      lastName: person.lastName,
      preferredName: person.preferredName,
      mobile: person.mobile,
      skills: person.skills,
      certifications: person.certifications,
      accountStatus: person.accountStatus,
      poolIds: this.state.pools
        .filter((p) => p.workspaceId === workspaceId && p.memberIds.includes(person.id))
        .map((p) => p.id),
      createdAt: iso(person.createdAt),
    };
  }

  listPeople(admin: Admin, query: PeopleFilter) {
    const needle = query.q?.trim().toLowerCase();
    const statuses = query.status?.length ? new Set(query.status) : undefined;
    const pool = query.poolId ? new Set(this.#pool(admin, query.poolId).memberIds) : undefined;
    const counts = Object.fromEntries(accountStatuses.map((s) => [s, 0])) as Record<
      (typeof accountStatuses)[number],
      number
    >;
    const matched: PersonRecord[] = [];
    for (const person of this.state.people) {
      if (!person.workspaceIds.includes(admin.workspaceId)) continue;
      if (pool && !pool.has(person.id)) continue;
      if (
        needle &&
        !contains(person.email, needle) &&
        !contains(
          `${person.firstName} ${person.middleNames} ${person.lastName} ${person.preferredName ?? ''}`,
          needle,
        )
      )
        continue;
      counts[person.accountStatus] += 1;
      if (statuses && !statuses.has(person.accountStatus)) continue;
      matched.push(person);
    }
    const keys = {
      name: (p: PersonRecord) => `${p.lastName} ${p.firstName}`.toLowerCase(),
      email: (p: PersonRecord) => p.email,
      accountStatus: (p: PersonRecord) => p.accountStatus,
      createdAt: (p: PersonRecord) => p.createdAt,
    };
    matched.sort(compareBy(keys[query.sort ?? 'name'], query.order ?? 'asc'));
    const page = pageOf(matched, query.cursor, query.limit);
    return { ...page, items: page.items.map((p) => this.personView(p, admin.workspaceId)), counts };
  }

  getPerson(admin: Admin, id: string): Person {
    return this.personView(this.#person(admin, id), admin.workspaceId);
  }

  /**
   * R15: profiles are global, so an admin may learn whether one exists for an email. Whose it is
   * (id, name, account status) only when the person already belongs to the admin's workspace.
   */
  lookupPerson(admin: Admin, email: string): PersonLookup {
    const person = this.personByEmail(email);
    if (!person) return { match: 'none', person: null };
    if (!this.#known(person, admin.workspaceId)) return { match: 'existing', person: null };
    return {
      match: 'existing',
      person: {
        id: person.id,
        displayName: fullName(person),
        accountStatus: person.accountStatus,
      },
    };
  }

  #newPerson(
    admin: Admin,
    fields: Partial<PersonRecord> & Pick<PersonRecord, 'email' | 'firstName' | 'lastName'>,
  ): PersonRecord {
    return this.addPerson({
      id: this.nextId('per'),
      dateOfBirth: null,
      middleNames: '',
      preferredName: null,
      mobile: null,
      skills: [],
      certifications: [],
      accountStatus: 'initial',
      statusBeforeDisable: null,
      platformRole: 'staff',
      workspaceIds: [admin.workspaceId],
      createdAt: this.now,
      ...fields,
    });
  }

  /** The person joins a workspace: only when they accept (R10, R20) or an admin approves (R30). */
  #joinWorkspace(person: PersonRecord, workspaceId: string): void {
    if (!person.workspaceIds.includes(workspaceId))
      this.#journal.push(person.workspaceIds, workspaceId);
  }

  /** R1: a person created by an admin starts `initial`. */
  createPerson(
    admin: Admin,
    body: {
      email: string;
      dateOfBirth?: string | undefined;
      firstName: string;
      middleNames?: string | undefined;
      lastName: string;
      preferredName?: string | undefined;
      mobile?: string | undefined;
      skills?: string[] | undefined;
      certifications?: string[] | undefined;
    },
  ): Person {
    return this.transaction(() => {
      const existing = this.personByEmail(body.email);
      if (existing) {
        const known = this.#known(existing, admin.workspaceId);
        throw new DomainError('conflict', `A profile for ${body.email} already exists.`, {
          details: known ? { personId: known.id } : {},
        });
      }
      const person = this.#newPerson(admin, {
        email: body.email,
        dateOfBirth: body.dateOfBirth ?? null,
        firstName: body.firstName,
        middleNames: body.middleNames ?? '',
        lastName: body.lastName,
        preferredName: body.preferredName || null,
        mobile: body.mobile ?? null,
        skills: body.skills ?? [],
        certifications: body.certifications ?? [],
      });
      return this.personView(person, admin.workspaceId);
    });
  }

  /** R2: send the platform invitation (initial → invited), or resend it while invited. */
  #platformInvite(admin: Admin, person: PersonRecord, message?: string): InvitationRecord {
    if (person.accountStatus === 'disabled') {
      throw new DomainError(
        'inactive_user',
        `${this.#who(person, admin.workspaceId)}'s account is disabled: it cannot be invited or activated until it is re-enabled.`,
        { details: { accountStatus: 'disabled' } },
      );
    }
    if (person.accountStatus === 'active')
      throw transition(
        `${this.#who(person, admin.workspaceId)} has already activated their account.`,
      );
    const pending = this.#invitationsTo(person.email).find(
      (i) =>
        i.kind === 'workspace' &&
        i.personId === person.id &&
        i.targetId === admin.workspaceId &&
        this.statusOf(i) === 'pending',
    );
    if (pending) {
      this.#assertCanResend(pending);
      this.#resent(pending, message);
      this.#sendInvitationEmail(pending, 'R2');
      return pending;
    }
    const invitation = this.#createInvitation(admin, {
      kind: 'workspace',
      targetId: admin.workspaceId,
      role: null,
      email: person.email,
      personId: person.id,
      message,
    });
    this.#set(person, 'accountStatus', 'invited');
    this.#sendInvitationEmail(invitation, 'R2');
    return invitation;
  }

  sendPlatformInvite(admin: Admin, personId: string, message?: string) {
    return this.transaction(() => {
      const person = this.#person(admin, personId);
      const invitation = this.#platformInvite(admin, person, message);
      return { person: this.personView(person, admin.workspaceId), invitationId: invitation.id };
    });
  }

  /** R4: disable, and re-enable to what the account was before. */
  disablePerson(admin: Admin, personId: string): Person {
    return this.transaction(() => {
      const person = this.#person(admin, personId);
      if (person.accountStatus !== 'disabled') {
        this.#set(person, 'statusBeforeDisable', person.accountStatus);
        this.#set(person, 'accountStatus', 'disabled');
      }
      return this.personView(person, admin.workspaceId);
    });
  }

  enablePerson(admin: Admin, personId: string): Person {
    return this.transaction(() => {
      const person = this.#person(admin, personId);
      if (person.accountStatus !== 'disabled')
        throw transition(`${fullName(person)}'s account is not disabled.`);
      this.#set(person, 'accountStatus', person.statusBeforeDisable ?? 'initial');
      this.#set(person, 'statusBeforeDisable', null);
      return this.personView(person, admin.workspaceId);
    });
  }

  // ── projects and members (R5–R13) ───────────────────────────────────────────────────────

  #projectView(project: State['projects'][number]): Project {
    return {
      id: project.id,
      name: project.name,
      roles: [...projectRoles],
      memberCount: project.members.length,
    };
  }

  listProjects(admin: Admin): { items: Project[] } {
    return {
      items: this.state.projects
        .filter((p) => p.workspaceId === admin.workspaceId)
        .map((p) => this.#projectView(p)),
    };
  }

  getProject(admin: Admin, id: string): Project {
    return this.#projectView(this.#project(admin, id));
  }

  #memberView(member: State['projects'][number]['members'][number]): Member {
    const person = this.#peopleById.get(member.personId);
    return {
      personId: member.personId,
      email: person?.email ?? '',
      name: person ? fullName(person) : '',
      role: member.role,
      addedAt: iso(member.addedAt),
    };
  }

  listMembers(admin: Admin, projectId: string): { items: Member[] } {
    return { items: this.#project(admin, projectId).members.map((m) => this.#memberView(m)) };
  }

  #inactive(person: PersonRecord, workspaceId: string): DomainError {
    const why =
      person.accountStatus === 'disabled'
        ? 'their account has been disabled'
        : 'they have not activated their account yet (they must accept the platform invitation first)';
    return new DomainError(
      'inactive_user',
      `Inactive user: ${this.#who(person, workspaceId)} cannot be added because ${why}.`,
      { details: { accountStatus: person.accountStatus, ...this.#named(person, workspaceId) } },
    );
  }

  /**
   * R5–R13 without acting: who the email belongs to and whether they would be added at once or
   * invited; throws the refusal sending would get. `addMember` and `checkMember` share it.
   */
  #memberPlan(
    admin: Admin,
    projectId: string,
    body: { email: string; role: ProjectRole },
  ): { project: ProjectRecord; person: PersonRecord | undefined } {
    const project = this.#project(admin, projectId);
    const person = this.personByEmail(body.email);
    if (person) {
      const named = this.#named(person, admin.workspaceId);
      const membership = project.members.find((m) => m.personId === person.id);
      if (membership) {
        throw new DomainError(
          'conflict',
          `${this.#who(person, admin.workspaceId)} is already a member of ${project.name} as ${membership.role}.`,
          { details: { reason: 'already_member', conflictingRole: membership.role, ...named } },
        );
      }
      // R11: a platform role held elsewhere can rule a project role out.
      if (person.platformRole === 'client' && body.role !== 'Viewer') {
        throw new DomainError(
          'conflict',
          `${this.#who(person, admin.workspaceId)} holds the Client platform role, which conflicts with ${body.role}. Invite them as Viewer, or ask a platform administrator.`,
          {
            details: {
              reason: 'platform_role',
              conflictingRole: 'Client',
              requestedRole: body.role,
              allowedRole: 'Viewer',
              ...named,
            },
          },
        );
      }
      if (person.accountStatus !== 'active') throw this.#inactive(person, admin.workspaceId); // R12
      // R6 adds at once only the workspace's own people; anyone else is invited (R10).
      if (named.personId) return { project, person };
    }
    this.#assertNoPending(admin.workspaceId, 'project', project.id, body.email); // R13
    return { project, person: undefined };
  }

  checkMember(
    admin: Admin,
    projectId: string,
    body: { email: string; role: ProjectRole },
  ): MemberCheck {
    const { person } = this.#memberPlan(admin, projectId, body);
    return {
      outcome: person ? 'added' : 'invited',
      person: person
        ? { id: person.id, displayName: fullName(person), accountStatus: person.accountStatus }
        : null,
    };
  }

  addMember(
    admin: Admin,
    projectId: string,
    body: { email: string; role: ProjectRole; message?: string | undefined },
  ): AddMemberResult {
    return this.transaction(() => {
      const { project, person } = this.#memberPlan(admin, projectId, body);
      if (person) {
        // R6: an active person of the workspace joins at once and is told.
        const member = { personId: person.id, role: body.role, addedAt: this.now };
        this.#journal.push(project.members, member);
        this.#send(
          person.email,
          `You've been added to ${project.name}`,
          `${admin.name} added you to ${project.name} as ${body.role}.${body.message ? `\n\nMessage from ${admin.name}: ${body.message}` : ''}`,
          null,
          'R6',
        );
        return { outcome: 'added', member: this.#memberView(member), invitation: null };
      }
      // R7: anyone else is invited; someone active elsewhere joins only by accepting (R10).
      const invitation = this.#createInvitation(admin, {
        kind: 'project',
        targetId: project.id,
        role: body.role,
        email: body.email,
        personId: null,
        message: body.message,
      });
      this.#sendInvitationEmail(invitation, 'R7');
      return { outcome: 'invited', member: null, invitation: this.invitationView(invitation) };
    });
  }

  // ── pools, batches, entries (R14–R20) ───────────────────────────────────────────────────

  listPools(admin: Admin): { items: Pool[] } {
    return {
      items: this.state.pools
        .filter((p) => p.workspaceId === admin.workspaceId)
        .map((p) => ({ id: p.id, name: p.name, memberCount: p.memberIds.length })),
    };
  }

  entryStage(entry: EntryRecord): EntryStage {
    if (!entry.invitationId) return entry.stage;
    const invitation = this.#invitationsById.get(entry.invitationId);
    const status = invitation ? this.statusOf(invitation) : 'pending';
    // (A batch entry's invitation is never a sign-up's: `applied` cannot occur here.)
    return status === 'pending' || status === 'applied'
      ? 'invited'
      : status === 'revoked'
        ? 'expired'
        : status;
  }

  #entryView(batch: BatchRecord, entry: EntryRecord): BatchEntry {
    const person = entry.personId ? this.#peopleById.get(entry.personId) : undefined;
    const known = this.#known(person, batch.workspaceId);
    return {
      id: entry.id,
      line: entry.line,
      details: {
        ...entry.details,
        middleNames: entry.details.middleNames ?? '',
        preferredName: entry.details.preferredName ?? '',
        mobile: entry.details.mobile ?? '',
      },
      check: entry.check,
      problems: entry.problems,
      stage: this.entryStage(entry),
      // Someone from outside the workspace stays anonymous until they accept; the account
      // status is the warning marker R20 asks for wherever they appear.
      personId: known?.id ?? null,
      invitationId: entry.invitationId,
      accountStatus: person ? person.accountStatus : null,
    };
  }

  #batchSummary(batch: BatchRecord): BatchSummary {
    const counts = Object.fromEntries(entryStages.map((s) => [s, 0])) as BatchSummary['counts'];
    for (const entry of batch.entries) counts[this.entryStage(entry)] += 1;
    return {
      id: batch.id,
      poolId: batch.poolId,
      name: batch.name,
      createdAt: iso(batch.createdAt),
      counts,
    };
  }

  batchView(batch: BatchRecord): Batch {
    return {
      ...this.#batchSummary(batch),
      entries: batch.entries.map((e) => this.#entryView(batch, e)),
    };
  }

  listBatches(admin: Admin, poolId: string): { items: BatchSummary[] } {
    this.#pool(admin, poolId);
    return {
      items: this.state.batches
        .filter((b) => b.poolId === poolId)
        .map((b) => this.#batchSummary(b)),
    };
  }

  createBatch(admin: Admin, poolId: string, name: string): Batch {
    return this.transaction(() => {
      this.#pool(admin, poolId);
      const batch: BatchRecord = {
        id: this.nextId('bat'),
        workspaceId: admin.workspaceId,
        poolId,
        name,
        createdAt: this.now,
        entries: [],
      };
      this.#journal.push(this.state.batches, batch);
      this.#journal.index(this.#batchesById, batch.id, batch);
      return this.batchView(batch);
    });
  }

  getBatch(admin: Admin, batchId: string): Batch {
    return this.batchView(this.#batch(admin, batchId));
  }

  /**
   * R16: `existing` when a profile matches, `new` when none does, `invalid` when a field is
   * malformed or disagrees with the profile. Only profiles the workspace can read are compared
   * (field by field, and by mobile): for anyone else the row is `existing` whatever was typed, so
   * no answer depends on a guess of their details (no date-of-birth oracle).
   * `emails` holds the batch's other emails (normalised) with their line, so a check is O(1).
   */
  checkRow(
    row: UploadRow,
    workspaceId: string,
    emails: Map<string, number | null>,
  ): Pick<EntryRecord, 'check' | 'problems' | 'personId'> {
    const problems: EntryRecord['problems'] = [];
    const add = (field: PersonColumn, message: string) => {
      if (!problems.some((p) => p.field === field)) problems.push({ field, message });
    };
    const parsed = ValidRow.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (typeof field === 'string' && (personColumns as readonly string[]).includes(field))
          add(field as PersonColumn, issue.message);
      }
      return { check: 'invalid', problems, personId: null };
    }
    const valid = parsed.data;
    if (emails.has(valid.email)) {
      const line = emails.get(valid.email);
      add('email', `This email is already in the batch${line ? ` on line ${String(line)}` : ''}`);
    }
    const person = this.personByEmail(valid.email);
    const mobile = valid.mobile || null;
    const known = this.#known(person, workspaceId);
    if (known) {
      const mismatch = 'Does not match the existing profile for this email';
      if (known.dateOfBirth && known.dateOfBirth !== valid.dateOfBirth)
        add('dateOfBirth', mismatch);
      if (!same(known.firstName, valid.firstName)) add('firstName', mismatch);
      if (!same(known.lastName, valid.lastName)) add('lastName', mismatch);
      if (valid.middleNames && !same(known.middleNames, valid.middleNames))
        add('middleNames', mismatch);
      if (mobile && known.mobile && known.mobile !== mobile) add('mobile', mismatch);
    } else if (!person && mobile) {
      const owner = this.#peopleByMobile.get(mobile)?.some((p) => this.#known(p, workspaceId));
      if (owner) add('email', 'This mobile belongs to a profile with a different email');
    }
    if (problems.length) return { check: 'invalid', problems, personId: person?.id ?? null };
    return { check: person ? 'existing' : 'new', problems, personId: person?.id ?? null };
  }

  /** The batch's emails (normalised) and their line, for duplicate checks in O(1) a row. */
  #emailsOf(batch: BatchRecord, except?: EntryRecord): Map<string, number | null> {
    const emails = new Map<string, number | null>();
    for (const entry of batch.entries) {
      const email = normal(entry.details.email);
      if (entry !== except && !emails.has(email)) emails.set(email, entry.line);
    }
    return emails;
  }

  /**
   * R16: rows arrive in chunks (each with its sheet line); the answer holds only the entries
   * added. Linear in the batch and the rows: one map of the batch's emails, indexes elsewhere.
   */
  uploadRows(admin: Admin, batchId: string, rows: SheetRow[]): UploadResult {
    return this.transaction(() => {
      const batch = this.#batch(admin, batchId);
      const emails = this.#emailsOf(batch);
      const added = rows.map(({ line: sheetLine, ...row }, index) => {
        const line = sheetLine ?? index + 2;
        const entry: EntryRecord = {
          id: this.nextId('ent'),
          line,
          details: row,
          stage: 'uploaded',
          invitationId: null,
          ...this.checkRow(row, admin.workspaceId, emails),
        };
        const email = normal(row.email);
        if (!emails.has(email)) emails.set(email, line);
        this.#journal.push(batch.entries, entry);
        return entry;
      });
      return {
        batch: this.#batchSummary(batch),
        entries: added.map((e) => this.#entryView(batch, e)),
      };
    });
  }

  /** R17: rows not invited yet can be removed; all of them or, when one cannot be, none. */
  removeEntries(admin: Admin, batchId: string, entryIds: string[]): BatchSummary {
    return this.transaction(() => {
      const batch = this.#batch(admin, batchId);
      const ids = new Set(entryIds);
      const byId = new Map(batch.entries.map((e) => [e.id, e]));
      const unknown = [...ids].filter((id) => !byId.has(id));
      if (unknown.length)
        throw new DomainError('validation', `Row ${unknown[0] ?? ''} is not in this batch.`, {
          fieldErrors: { entryIds: unknown.map((id) => `Unknown row ${id}`) },
        });
      const invited = [...ids].filter((id) => {
        const entry = byId.get(id);
        return entry && this.entryStage(entry) !== 'uploaded';
      });
      if (invited.length)
        throw transition(
          `${invited.length === 1 ? 'A row was' : `${String(invited.length)} rows were`} already invited; invited rows stay in the batch.`,
        );
      this.#set(
        batch,
        'entries',
        batch.entries.filter((e) => !ids.has(e.id)),
      );
      return this.#batchSummary(batch);
    });
  }

  /** R17: an uploaded row can be corrected in place and checked again. */
  correctEntry(admin: Admin, batchId: string, entryId: string, row: UploadRow): BatchEntry {
    return this.transaction(() => {
      const batch = this.#batch(admin, batchId);
      const entry = batch.entries.find((e) => e.id === entryId);
      if (!entry) throw notFound('That row');
      if (this.entryStage(entry) !== 'uploaded')
        throw transition('This row has already been invited; it can no longer be edited.');
      const checked = this.checkRow(row, admin.workspaceId, this.#emailsOf(batch, entry));
      this.#set(entry, 'details', row);
      this.#set(entry, 'check', checked.check);
      this.#set(entry, 'problems', checked.problems);
      this.#set(entry, 'personId', checked.personId);
      return this.#entryView(batch, entry);
    });
  }

  /** A pending invitation of `email` to `poolId` (R13), if any. */
  #pendingPoolInvitation(poolId: string, email: string): InvitationRecord | undefined {
    return this.#invitationsTo(normal(email)).find(
      (i) => i.kind === 'pool' && i.targetId === poolId && this.statusOf(i) === 'pending',
    );
  }

  /** Why an entry cannot be invited now, or null. Changes nothing. */
  #entryBlocker(batch: BatchRecord, entry: EntryRecord): DomainError | null {
    if (this.entryStage(entry) !== 'uploaded') return transition('Already invited.');
    if (entry.check === 'invalid')
      return new DomainError(
        'validation',
        `Fix ${entry.problems.map((p) => p.field).join(', ')} first.`,
      );
    const person = entry.personId ? this.#peopleById.get(entry.personId) : undefined;
    if (person?.accountStatus === 'disabled') return this.#inactive(person, batch.workspaceId);
    const pending = this.#pendingPoolInvitation(batch.poolId, entry.details.email);
    if (pending)
      return new DomainError(
        'conflict',
        `${pending.email} already has a pending invitation to this pool.`,
        { details: { invitationId: pending.id } },
      );
    return null;
  }

  /**
   * R18–R20: brings `person` into `pool`. Someone already in another pool of the workspace goes
   * straight in (R19); anyone else gets a pool invitation and joins when they accept (R10), after
   * activating their account first when it is new (R20).
   */
  #inviteToPool(
    admin: Admin,
    pool: PoolRecord,
    person: PersonRecord,
    message?: string,
  ): { outcome: 'invited' | 'accepted'; invitation: InvitationRecord | null } {
    const ours = this.#known(person, admin.workspaceId) !== undefined;
    const inOtherPool =
      ours &&
      this.state.pools.some(
        (p) =>
          p.workspaceId === admin.workspaceId &&
          p.id !== pool.id &&
          p.memberIds.includes(person.id),
      );
    if (ours && (inOtherPool || pool.memberIds.includes(person.id))) {
      if (!pool.memberIds.includes(person.id)) this.#journal.push(pool.memberIds, person.id);
      this.#send(
        person.email,
        `You've been added to ${pool.name}`,
        `${admin.name} added you to the ${pool.name} pool at ${this.#workspaceName(admin.workspaceId)}.`,
        null,
        'R19',
      );
      return { outcome: 'accepted', invitation: null };
    }
    if (person.accountStatus === 'initial') this.#platformInvite(admin, person);
    const invitation = this.#createInvitation(admin, {
      kind: 'pool',
      targetId: pool.id,
      role: null,
      email: person.email,
      personId: person.id,
      message,
    });
    this.#sendInvitationEmail(invitation, 'R18');
    return { outcome: 'invited', invitation };
  }

  /** R18–R20: invite one checked entry. The caller has made sure #entryBlocker is null. */
  #inviteEntry(
    admin: Admin,
    batch: BatchRecord,
    entry: EntryRecord,
    message?: string,
  ): 'invited' | 'accepted' {
    const pool = this.#pool(admin, batch.poolId);
    let person = entry.personId ? this.#peopleById.get(entry.personId) : undefined;
    if (!person) {
      const row = ValidRow.parse(entry.details);
      person = this.#newPerson(admin, {
        email: row.email,
        dateOfBirth: row.dateOfBirth,
        firstName: row.firstName,
        middleNames: row.middleNames ?? '',
        lastName: row.lastName,
        preferredName: row.preferredName || null,
        mobile: row.mobile || null,
      });
      this.#set(entry, 'personId', person.id);
    }
    const { outcome, invitation } = this.#inviteToPool(admin, pool, person, message);
    if (invitation) this.#set(entry, 'invitationId', invitation.id);
    else this.#set(entry, 'stage', 'accepted');
    return outcome;
  }

  /** R15: add one person by email and date of birth, then invite them. */
  addOne(
    admin: Admin,
    batchId: string,
    body: {
      email: string;
      dateOfBirth: string;
      firstName?: string | undefined;
      middleNames?: string | undefined;
      lastName?: string | undefined;
      preferredName?: string | undefined;
      mobile?: string | undefined;
      message?: string | undefined;
    },
  ): AddOneResult {
    return this.transaction(() => {
      const batch = this.#batch(admin, batchId);
      const person = this.personByEmail(body.email);
      const known = this.#known(person, admin.workspaceId);
      if (known) {
        if (known.dateOfBirth && known.dateOfBirth !== body.dateOfBirth) {
          throw new DomainError(
            'validation',
            'The date of birth does not match the profile for this email.',
            {
              fieldErrors: {
                dateOfBirth: ['Does not match the existing profile for this email'],
              },
            },
          );
        }
      } else if (!person) {
        requireNames(
          body.firstName,
          body.lastName,
          'No profile exists for this email: add their names as on their identity document.',
        );
      }
      // A profile from outside the workspace is neither compared nor copied: the row keeps what
      // the admin typed, and the person confirms who they are by accepting.
      const details: UploadRow = known
        ? {
            email: known.email,
            dateOfBirth: body.dateOfBirth,
            firstName: known.firstName,
            middleNames: known.middleNames,
            lastName: known.lastName,
            preferredName: known.preferredName ?? '',
            mobile: known.mobile ?? '',
          }
        : {
            email: body.email,
            dateOfBirth: body.dateOfBirth,
            firstName: body.firstName ?? '',
            middleNames: body.middleNames ?? '',
            lastName: body.lastName ?? '',
            preferredName: body.preferredName ?? '',
            mobile: body.mobile ?? '',
          };
      const entry: EntryRecord = {
        id: this.nextId('ent'),
        line: null,
        details,
        check: person ? 'existing' : 'new',
        problems: [],
        stage: 'uploaded',
        personId: person?.id ?? null,
        invitationId: null,
      };
      const blocker = this.#entryBlocker(batch, entry);
      if (blocker) throw blocker;
      const duplicate = batch.entries.find((e) => same(e.details.email, details.email));
      if (duplicate)
        throw new DomainError('conflict', `${details.email} is already in this batch.`, {
          details: { entryId: duplicate.id },
        });
      this.#journal.push(batch.entries, entry);
      const outcome = this.#inviteEntry(admin, batch, entry, body.message);
      return { outcome, entry: this.#entryView(batch, entry), invitationId: entry.invitationId };
    });
  }

  /** R18: invite the selected entries, or every valid uploaded one; report each. */
  inviteBatch(
    admin: Admin,
    batchId: string,
    body: {
      entryIds?: string[] | undefined;
      all?: boolean | undefined;
      message?: string | undefined;
    },
  ): InviteBatchResult {
    return this.transaction(() => {
      const batch = this.#batch(admin, batchId);
      if (!body.all && !body.entryIds?.length) {
        throw new DomainError('validation', 'Select rows to invite, or invite all valid rows.', {
          fieldErrors: { entryIds: ['Select at least one row'] },
        });
      }
      const byId = new Map(batch.entries.map((e) => [e.id, e]));
      const selected = body.all
        ? batch.entries.filter((e) => this.entryStage(e) === 'uploaded' && e.check !== 'invalid')
        : (body.entryIds ?? []).map((id) => {
            const entry = byId.get(id);
            if (!entry)
              throw new DomainError('validation', `Row ${id} is not in this batch.`, {
                fieldErrors: { entryIds: [`Unknown row ${id}`] },
              });
            return entry;
          });
      const changed: EntryRecord[] = [];
      const results: InviteBatchResult['results'] = selected.map((entry) => {
        const outcome = this.#attempt(() => {
          const blocker = this.#entryBlocker(batch, entry);
          if (blocker) throw blocker;
          return this.#inviteEntry(admin, batch, entry, body.message);
        });
        if (outcome instanceof DomainError)
          return {
            entryId: entry.id,
            outcome: 'skipped',
            error: { code: outcome.code, message: outcome.message },
          };
        changed.push(entry);
        return { entryId: entry.id, outcome, error: null };
      });
      return {
        batch: this.#batchSummary(batch),
        entries: changed.map((e) => this.#entryView(batch, e)),
        results,
      };
    });
  }

  // ── invite links and sign-ups (R30) ─────────────────────────────────────────────────────
  // A link fills a pool, or makes trusted contacts of the team. A sign-up through it lands as an
  // `applied` invitation, listed among the others, until an admin approves or rejects it.

  #linkView(link: LinkRecord): InviteLink {
    return {
      id: link.id,
      kind: link.kind ?? 'pool',
      poolId: link.poolId,
      url: `${this.#linkBase}?link=${encodeURIComponent(link.token)}`,
      status: link.status,
      createdAt: iso(link.createdAt),
      signupCount: this.state.signups.filter((s) => s.linkId === link.id).length,
    };
  }

  #newLink(admin: Admin, kind: 'pool' | 'contact', poolId: string | null): InviteLink {
    return this.transaction(() => {
      const link: LinkRecord = {
        id: this.nextId('lnk'),
        token: this.#secret('lk'),
        workspaceId: admin.workspaceId,
        kind,
        poolId,
        status: 'active',
        createdAt: this.now,
        createdBy: admin.name,
      };
      this.#journal.push(this.state.links, link);
      this.#journal.index(this.#linksById, link.id, link);
      this.#journal.index(this.#linksByToken, link.token, link);
      return this.#linkView(link);
    });
  }

  createLink(admin: Admin, poolId: string): InviteLink {
    this.#pool(admin, poolId);
    return this.#newLink(admin, 'pool', poolId);
  }

  createContactLink(admin: Admin): InviteLink {
    return this.#newLink(admin, 'contact', null);
  }

  listLinks(admin: Admin, poolId: string): { items: InviteLink[] } {
    this.#pool(admin, poolId);
    return {
      items: this.state.links.filter((l) => l.poolId === poolId).map((l) => this.#linkView(l)),
    };
  }

  listContactLinks(admin: Admin): { items: InviteLink[] } {
    return {
      items: this.state.links
        .filter((l) => l.workspaceId === admin.workspaceId && l.kind === 'contact')
        .map((l) => this.#linkView(l)),
    };
  }

  revokeLink(admin: Admin, linkId: string): InviteLink {
    return this.transaction(() => {
      const link = this.#own(admin, this.#linksById.get(linkId), 'That link');
      this.#set(link, 'status', 'revoked');
      return this.#linkView(link);
    });
  }

  #signupView(signup: SignupRecord): Signup {
    const person = this.#peopleById.get(signup.personId);
    // A sign-up for someone else's email must not expose their profile: only a profile the
    // sign-up created, or one already in the workspace, is named.
    const shown =
      signup.createdPerson === true || this.#known(person, signup.workspaceId) ? person : undefined;
    return {
      id: signup.id,
      linkId: signup.linkId,
      kind: signup.kind ?? 'pool',
      poolId: signup.poolId,
      invitationId: signup.invitationId ?? '',
      email: signup.email,
      firstName: signup.firstName,
      lastName: signup.lastName,
      status: signup.status,
      personId: shown?.id ?? null,
      accountStatus: shown?.accountStatus ?? null,
      createdAt: iso(signup.createdAt),
    };
  }

  listSignups(admin: Admin, poolId: string): { items: Signup[] } {
    this.#pool(admin, poolId);
    return {
      items: this.state.signups.filter((s) => s.poolId === poolId).map((s) => this.#signupView(s)),
    };
  }

  /** What a link leads to, by name: its pool, or the team (the workspace) for contacts. */
  #linkTarget(link: { kind?: 'pool' | 'contact'; poolId: string | null; workspaceId: string }) {
    return link.kind === 'contact' || !link.poolId
      ? this.#workspaceName(link.workspaceId)
      : (this.state.pools.find((p) => p.id === link.poolId)?.name ?? link.poolId);
  }

  /** R30: a sign-up through a link lands as applied; the account waits for approval. */
  signup(
    linkToken: string,
    body: { email: string; dateOfBirth: string; firstName: string; lastName: string },
  ): Signup {
    return this.transaction(() => {
      const link = this.#linksByToken.get(linkToken);
      if (!link || link.status !== 'active')
        throw new DomainError(
          'link_expired',
          'This invite link has been revoked or does not exist. Ask the team for a new one.',
        );
      const kind = link.kind ?? 'pool';
      const existing = this.state.signups.find(
        (s) =>
          s.workspaceId === link.workspaceId &&
          (s.kind ?? 'pool') === kind &&
          s.poolId === link.poolId &&
          s.email === body.email &&
          s.status === 'applied',
      );
      if (existing)
        throw new DomainError(
          'conflict',
          'You have already signed up; the team will approve you soon.',
          { details: { signupId: existing.id } },
        );
      const admin = { workspaceId: link.workspaceId, name: link.createdBy ?? 'Invite link' };
      const found = this.personByEmail(body.email);
      const person =
        found ??
        this.#newPerson(admin, {
          email: body.email,
          dateOfBirth: body.dateOfBirth,
          firstName: body.firstName,
          lastName: body.lastName,
        });
      const id = this.nextId('sgn');
      // Listed among the invitations, waiting for approval.
      const invitation = this.#createInvitation(admin, {
        kind,
        targetId: kind === 'pool' && link.poolId ? link.poolId : link.workspaceId,
        role: null,
        email: body.email,
        personId: found ? null : person.id,
      });
      this.#set(invitation, 'status', 'applied');
      this.#set(invitation, 'signupId', id);
      const signup: SignupRecord = {
        id,
        linkId: link.id,
        workspaceId: link.workspaceId,
        kind,
        poolId: link.poolId,
        email: body.email,
        firstName: body.firstName,
        lastName: body.lastName,
        personId: person.id,
        createdPerson: !found,
        status: 'applied',
        invitationId: invitation.id,
        createdAt: invitation.sentAt,
      };
      this.#journal.push(this.state.signups, signup);
      this.#journal.index(this.#signupsById, signup.id, signup);
      return this.#signupView(signup);
    });
  }

  #applied(admin: Admin, signupId: string) {
    const signup = this.#own(admin, this.#signupsById.get(signupId), 'That sign-up');
    if (signup.status !== 'applied')
      throw transition(`This sign-up has already been ${signup.status}.`, {
        status: signup.status === 'approved' ? 'accepted' : 'declined',
      });
    const invitation = signup.invitationId
      ? this.#invitationsById.get(signup.invitationId)
      : undefined;
    return { signup, invitation };
  }

  /**
   * R30: approving a sign-up that created its profile activates it and lets the person in (a
   * pool, or the trusted contacts). A sign-up for an email that already had a profile proves
   * nothing about who sent it, so approving it only invites that email, as an admin would
   * (R18–R20, R27–R29): nobody is activated, and the person joins when they accept.
   */
  approveSignup(admin: Admin, signupId: string): Signup {
    return this.transaction(() => {
      const { signup, invitation } = this.#applied(admin, signupId);
      const person = this.#peopleById.get(signup.personId);
      if (!person) throw notFound('That person');
      if (person.accountStatus === 'disabled') throw this.#inactive(person, admin.workspaceId);
      const pool = signup.poolId ? this.#pool(admin, signup.poolId) : undefined;
      const now = this.now;
      this.#set(signup, 'status', 'approved');
      if (signup.createdPerson !== true) {
        // The listed sign-up gives way to the invitation approving it sends.
        if (invitation) {
          this.#set(invitation, 'status', 'revoked');
          this.#set(invitation, 'respondedAt', now);
        }
        if (pool) {
          const pending = this.#pendingPoolInvitation(pool.id, person.email);
          if (pending)
            throw new DomainError(
              'conflict',
              `${pending.email} already has a pending invitation to this pool.`,
              { details: { invitationId: pending.id } },
            );
          this.#inviteToPool(admin, pool, person);
        } else {
          this.inviteContact(admin, {
            name: `${signup.firstName} ${signup.lastName}`.trim(),
            email: signup.email,
          });
        }
        return this.#signupView(signup);
      }
      this.#set(person, 'accountStatus', 'active');
      this.#joinWorkspace(person, admin.workspaceId);
      if (pool && !pool.memberIds.includes(person.id))
        this.#journal.push(pool.memberIds, person.id);
      if (!pool && invitation) {
        const contact: ContactRecord = {
          id: this.nextId('con'),
          workspaceId: admin.workspaceId,
          name: `${signup.firstName} ${signup.lastName}`.trim(),
          email: signup.email,
          links: [],
          files: [],
          skills: [],
          tags: [],
          status: 'connected',
          personId: person.id,
          invitationId: invitation.id,
          offerRoleId: null,
          createdAt: now,
        };
        this.#journal.push(this.state.contacts, contact);
        this.#journal.index(this.#contactsByInvitation, invitation.id, contact);
      }
      if (invitation) {
        this.#set(invitation, 'status', 'accepted');
        this.#set(invitation, 'respondedAt', now);
      }
      const where = pool
        ? `the ${pool.name} pool`
        : `${this.#workspaceName(admin.workspaceId)}'s trusted contacts`;
      this.#send(
        person.email,
        `You're in: ${pool?.name ?? this.#workspaceName(admin.workspaceId)}`,
        `${admin.name} approved your sign-up. Your account is active and you are in ${where}.`,
        null,
        'R30',
      );
      return this.#signupView(signup);
    });
  }

  /** R30: a rejected sign-up gets no access; the person is told (R33). */
  rejectSignup(admin: Admin, signupId: string): Signup {
    return this.transaction(() => {
      const { signup, invitation } = this.#applied(admin, signupId);
      this.#set(signup, 'status', 'rejected');
      if (invitation) {
        this.#set(invitation, 'status', 'declined');
        this.#set(invitation, 'respondedAt', this.now);
      }
      const link = this.#linksById.get(signup.linkId);
      this.#send(
        signup.email,
        `Your sign-up to ${link ? this.#linkTarget(link) : this.#workspaceName(admin.workspaceId)}`,
        `${admin.name} did not approve your sign-up. If you think this is a mistake, contact the team directly.`,
        null,
        'R30',
      );
      return this.#signupView(signup);
    });
  }

  // ── roles and the pipeline (R21–R26) ────────────────────────────────────────────────────

  #roleView(role: RoleRecord): Role {
    return {
      id: role.id,
      projectId: role.projectId,
      poolId: role.poolId,
      title: role.title,
      requiredCertifications: role.requiredCertifications,
      headcount: role.headcount,
    };
  }

  listRoles(admin: Admin, projectId: string): { items: Role[] } {
    this.#project(admin, projectId);
    return {
      items: this.state.roles
        .filter((r) => r.projectId === projectId)
        .map((r) => this.#roleView(r)),
    };
  }

  #missing(role: RoleRecord, person: PersonRecord): string[] {
    const held = new Set(person.certifications.map((c) => c.toLowerCase()));
    return role.requiredCertifications.filter((c) => !held.has(c.toLowerCase()));
  }

  /** R21: the pool's people holding at least one required certification (all of them when none are). */
  #isMatch(role: RoleRecord, person: PersonRecord): boolean {
    return (
      role.requiredCertifications.length === 0 ||
      this.#missing(role, person).length < role.requiredCertifications.length
    );
  }

  #warning(person: PersonRecord): string | null {
    if (person.accountStatus === 'active') return null;
    return person.accountStatus === 'disabled'
      ? 'Account disabled: cannot be invited'
      : 'Has not accepted their platform invitation yet: cannot be invited until they do';
  }

  #candidateView(role: RoleRecord, person: PersonRecord, record?: CandidateRecord): Candidate {
    return {
      personId: person.id,
      name: fullName(person),
      legalName: [person.firstName, person.middleNames, person.lastName].filter(Boolean).join(' '),
      email: person.email,
      stage: record?.stage ?? 'matches',
      missingCertifications: this.#missing(role, person),
      certifications: person.certifications,
      inviteDeclined: record?.inviteDeclined ?? false,
      accountStatus: person.accountStatus,
      warning: this.#warning(person),
      updatedAt: record ? iso(record.updatedAt) : null,
      stageSince: record ? iso(record.stageSince ?? record.updatedAt) : null,
      rejectionReason: record?.rejectionReason ?? null,
    };
  }

  pipeline(admin: Admin, roleId: string): Pipeline {
    return this.#pipelineOf(this.#role(admin, roleId));
  }

  #pipelineOf(role: RoleRecord): Pipeline {
    const pool = this.state.pools.find((p) => p.id === role.poolId);
    const seen = new Set(role.candidates.map((c) => c.personId));
    const candidates: Candidate[] = [];
    // Each stage in its order (R21 says nothing of order; the board keeps the team's).
    for (const record of [...role.candidates].sort(byRank)) {
      const person = this.#known(this.#peopleById.get(record.personId), role.workspaceId);
      if (person) candidates.push(this.#candidateView(role, person, record));
    }
    for (const id of pool?.memberIds ?? []) {
      const person = this.#peopleById.get(id);
      if (person && !seen.has(id) && this.#isMatch(role, person))
        candidates.push(this.#candidateView(role, person));
    }
    return { role: this.#roleView(role), candidates };
  }

  #candidate(
    role: RoleRecord,
    personId: string,
  ): { person: PersonRecord; record: CandidateRecord | undefined } {
    const person = this.#peopleById.get(personId);
    const record = role.candidates.find((c) => c.personId === personId);
    const pool = this.state.pools.find((p) => p.id === role.poolId);
    if (
      !person ||
      !this.#known(person, role.workspaceId) ||
      (!record && !(pool?.memberIds.includes(personId) && this.#isMatch(role, person)))
    ) {
      throw new DomainError('not_found', 'That person is not a candidate for this role.');
    }
    return { person, record };
  }

  #setStage(
    role: RoleRecord,
    person: PersonRecord,
    record: CandidateRecord | undefined,
    stage: CandidateRecord['stage'],
  ): CandidateRecord {
    if (!record) {
      const fresh: CandidateRecord = {
        personId: person.id,
        stage,
        inviteDeclined: false,
        invitationId: null,
        updatedAt: this.now,
      };
      this.#enter(role, fresh, stage);
      this.#journal.push(role.candidates, fresh);
      return fresh;
    }
    this.#enter(role, record, stage);
    return record;
  }

  /** A candidate enters `stage` now, at its end. */
  #enter(role: RoleRecord, record: CandidateRecord, stage: CandidateRecord['stage']): void {
    this.#set(record, 'stage', stage);
    this.#set(record, 'updatedAt', this.now);
    this.#set(record, 'stageSince', this.now);
    this.#set(record, 'rank', this.#endRank(role));
  }

  #endRank(role: RoleRecord): number {
    let max = 0;
    for (const c of role.candidates) if (c.rank !== undefined && c.rank > max) max = c.rank;
    return max + 1;
  }

  /** `before` must be someone else already in `stage` (checked before any change). */
  #checkBefore(role: RoleRecord, stage: PipelineStage, personId: string, before: string): void {
    const there = role.candidates.find((c) => c.personId === before);
    if (!there || there.stage !== stage || before === personId)
      throw new DomainError('validation', `before: that person is not in ${stage}.`, {
        fieldErrors: { before: [`Not another candidate in ${stage}`] },
      });
  }

  /** Puts `record` just before `before` in its stage: the stage is numbered again, in order. */
  #place(role: RoleRecord, record: CandidateRecord, before: string | null): void {
    if (before === null) {
      this.#set(record, 'rank', this.#endRank(role));
      return;
    }
    const others = role.candidates
      .filter((c) => c.stage === record.stage && c !== record)
      .sort(byRank);
    others.splice(
      others.findIndex((c) => c.personId === before),
      0,
      record,
    );
    const base = this.#endRank(role);
    others.forEach((c, i) => this.#set(c, 'rank', base + i));
  }

  /** One move of the pipeline. Checks everything before changing anything (R22–R26). */
  #move(
    admin: Admin,
    role: RoleRecord,
    personId: string,
    to: PipelineStage,
    { message, reason, notify = true }: MoveOptions = {},
  ): Candidate {
    const { person, record } = this.#candidate(role, personId);
    const from = record?.stage ?? 'matches';
    const project = this.state.projects.find((p) => p.id === role.projectId);
    const where = `${role.title} on ${project?.name ?? 'the project'}`;
    switch (to) {
      case 'invited': {
        const reinvite = from === 'invited' && record?.inviteDeclined;
        if (from !== 'matches' && !reinvite)
          throw transition(
            `${fullName(person)} is ${from}; only people in Matches (or who declined) can be invited.`,
          );
        if (person.accountStatus !== 'active')
          throw new DomainError(
            'inactive_user',
            `${fullName(person)} cannot be invited: ${this.#warning(person) ?? ''}.`,
            { details: { accountStatus: person.accountStatus } },
          );
        const previous = record?.invitationId
          ? this.#invitationsById.get(record.invitationId)
          : undefined;
        if (previous && this.statusOf(previous) === 'pending')
          this.#set(previous, 'status', 'revoked');
        const invitation = this.#createInvitation(admin, {
          kind: 'role',
          targetId: role.id,
          role: role.title,
          email: person.email,
          personId: person.id,
          message,
        });
        const next = this.#setStage(role, person, record, 'invited');
        this.#set(next, 'inviteDeclined', false);
        this.#set(next, 'invitationId', invitation.id);
        this.#sendInvitationEmail(invitation, 'R22');
        return this.#candidateView(role, person, next);
      }
      case 'offered': {
        if (from !== 'applied')
          throw transition(
            `Only applicants can be offered the role; ${fullName(person)} is ${from}.`,
          );
        const next = this.#setStage(role, person, record, 'offered');
        this.#send(
          person.email,
          `Job offer: ${where}`,
          `${admin.name} offered you ${where}.${message ? `\n\n${message}` : ''}`,
          null,
          'R25',
        );
        return this.#candidateView(role, person, next);
      }
      case 'confirmed': {
        if (from !== 'offered')
          throw transition(
            `Only people who were offered the role can be confirmed; ${fullName(person)} is ${from}.`,
          );
        const next = this.#setStage(role, person, record, 'confirmed');
        this.#send(
          person.email,
          `Confirmed: ${where}`,
          `${admin.name} confirmed you for ${where}.`,
          null,
          'R25',
        );
        return this.#candidateView(role, person, next);
      }
      case 'rejected': {
        if (from === 'rejected') throw transition(`${fullName(person)} has already been rejected.`);
        const invitation = record?.invitationId
          ? this.#invitationsById.get(record.invitationId)
          : undefined;
        if (invitation && this.statusOf(invitation) === 'pending')
          this.#set(invitation, 'status', 'revoked');
        const next = this.#setStage(role, person, record, 'rejected');
        this.#set(next, 'rejectionReason', reason || null);
        if (from !== 'matches' && notify)
          this.#send(
            person.email,
            `Update on ${where}`,
            `Thank you for your interest in ${where}. The team has decided not to go ahead with you for this role.`,
            null,
            'R26',
          );
        return this.#candidateView(role, person, next);
      }
      case 'applied':
        throw transition('Only the invitee can apply, from their job invitation.');
      case 'matches':
        throw transition('A candidate cannot be moved back to Matches.');
    }
  }

  moveCandidate(
    admin: Admin,
    roleId: string,
    personId: string,
    stage: PipelineStage,
    options: MoveOptions = {},
  ): Candidate {
    return this.transaction(() => {
      const role = this.#role(admin, roleId);
      const { person, record } = this.#candidate(role, personId);
      const { before } = options;
      if (typeof before === 'string') this.#checkBefore(role, stage, personId, before);
      if (before !== undefined && record?.stage === stage) {
        // Only a new place in the same stage.
        this.#place(role, record, before);
        return this.#candidateView(role, person, record);
      }
      const candidate = this.#move(admin, role, personId, stage, options);
      const moved = role.candidates.find((c) => c.personId === personId);
      if (moved && before) this.#place(role, moved, before);
      return moved ? this.#candidateView(role, person, moved) : candidate;
    });
  }

  /** R22/R23/R25/R26 in bulk: each person goes ahead or gets their own error. */
  bulk(
    admin: Admin,
    roleId: string,
    stage: 'invited' | 'offered' | 'confirmed' | 'rejected',
    personIds: string[],
    options: MoveOptions = {},
  ): BulkResult {
    return this.transaction(() => {
      const role = this.#role(admin, roleId);
      const results = [...new Set(personIds)].map((personId) => {
        const moved = this.#attempt(() => this.#move(admin, role, personId, stage, options));
        if (moved instanceof DomainError) {
          const failure = { code: moved.code, message: moved.message };
          return { personId, ok: false, candidate: null, error: failure };
        }
        return { personId, ok: true, candidate: moved, error: null };
      });
      return { results, pipeline: this.#pipelineOf(role) };
    });
  }

  // ── trusted contacts (R27–R29, R31) ─────────────────────────────────────────────────────

  #contactView(contact: ContactRecord): Contact {
    const person = contact.personId ? this.#peopleById.get(contact.personId) : undefined;
    return {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      links: contact.links,
      files: contact.files,
      skills: contact.skills,
      status: contact.status,
      personId: this.#known(person, contact.workspaceId)?.id ?? null,
      createdAt: iso(contact.createdAt),
    };
  }

  listContacts(admin: Admin): { items: Contact[] } {
    return {
      items: this.state.contacts
        .filter((c) => c.workspaceId === admin.workspaceId)
        .map((c) => this.#contactView(c)),
    };
  }

  /** Everything that would stop a contact invitation, before anything changes. */
  #contactBlocker(admin: Admin, email: string, offerRoleId?: string): RoleRecord | undefined {
    const person = this.personByEmail(email);
    if (person?.accountStatus === 'disabled') throw this.#inactive(person, admin.workspaceId);
    this.#assertNoPending(admin.workspaceId, 'contact', admin.workspaceId, email);
    return offerRoleId ? this.#role(admin, offerRoleId) : undefined;
  }

  /** R28: the offer itself, once the person belongs to the workspace. */
  #offer(role: RoleRecord, person: PersonRecord): void {
    const record = role.candidates.find((c) => c.personId === person.id);
    this.#setStage(role, person, record, 'offered');
  }

  inviteContact(
    admin: Admin,
    body: {
      name: string;
      email: string;
      links?: string[] | undefined;
      files?: string[] | undefined;
      skills?: string[] | undefined;
      message?: string | undefined;
      offerRoleId?: string | undefined;
      tags?: string[];
    },
  ): InviteContactResult {
    return this.transaction(() => {
      const role = this.#contactBlocker(admin, body.email, body.offerRoleId);
      const existing = this.personByEmail(body.email);
      // R29: someone with an account elsewhere gets a connection request instead.
      const outcome = existing?.accountStatus === 'active' ? 'connection-requested' : 'invited';
      const invitation = this.#createInvitation(admin, {
        kind: 'contact',
        targetId: admin.workspaceId,
        role: role?.title ?? null,
        email: body.email,
        personId: existing?.id ?? null,
        message: body.message,
      });
      const contact: ContactRecord = {
        id: this.nextId('con'),
        workspaceId: admin.workspaceId,
        name: body.name,
        email: body.email,
        links: body.links ?? [],
        files: body.files ?? [],
        skills: body.skills ?? [],
        tags: body.tags ?? [],
        status: outcome,
        personId: existing?.id ?? null,
        invitationId: invitation.id,
        offerRoleId: null,
        createdAt: this.now,
      };
      this.#journal.push(this.state.contacts, contact);
      this.#journal.index(this.#contactsByInvitation, invitation.id, contact);
      let offer = '';
      if (role) {
        // R28: "Invite and offer job" also offers the role. Someone new gets a profile in this
        // workspace and the offer at once; someone from elsewhere gets it when they accept.
        const [first = body.name, ...rest] = body.name.split(/\s+/);
        const person =
          existing ??
          this.#newPerson(admin, { email: body.email, firstName: first, lastName: rest.join(' ') });
        this.#set(contact, 'personId', person.id);
        if (this.#known(person, admin.workspaceId)) this.#offer(role, person);
        else this.#set(contact, 'offerRoleId', role.id);
        const project = this.state.projects.find((p) => p.id === role.projectId);
        offer = ` They also offered you ${role.title} on ${project?.name ?? 'a project'}.`;
      }
      const team = this.#workspaceName(admin.workspaceId);
      this.#sendInvitationEmail(
        invitation,
        outcome === 'connection-requested' ? 'R29' : role ? 'R28' : 'R27',
        outcome === 'connection-requested'
          ? `${admin.name} at ${team} would like to connect with you as a trusted contact.${offer}`
          : offer
            ? `${admin.name} invited you to join ${team} as a trusted contact.${offer}`
            : '',
      );
      return {
        outcome,
        contact: this.#contactView(contact),
        invitation: this.invitationView(invitation),
        offeredRoleId: role?.id ?? null,
      };
    });
  }

  /** R31: review CSV rows; import the selected valid ones. */
  importContacts(
    admin: Admin,
    body: {
      rows: { name: string; email: string; tags?: string | undefined }[];
      select?: number[] | undefined;
      message?: string | undefined;
    },
  ): ImportContactsResult {
    return this.transaction(() => {
      const selected = new Set(body.select ?? []);
      const seen = new Map<string, number>();
      const rows = body.rows.map((row, index): ImportRow => {
        const line = index + 2;
        const problems: ImportContactsResult['rows'][number]['problems'] = [];
        const name = nameSchema('Name', 200).safeParse(row.name);
        if (!name.success)
          problems.push({
            field: 'name',
            message: name.error.issues[0]?.message ?? 'Name is not valid',
          });
        const email = emailSchema.safeParse(row.email);
        if (!email.success)
          problems.push({
            field: 'email',
            message: email.error.issues[0]?.message ?? 'Email is not valid',
          });
        else if (seen.has(email.data))
          problems.push({
            field: 'email',
            message: `Same email as line ${String(seen.get(email.data) ?? '')}`,
          });
        else seen.set(email.data, line);
        const tags = (row.tags ?? '')
          .split(/[;,]/)
          .map((t) => t.trim())
          .filter(Boolean);
        if (tags.some((t) => t.length > 100))
          problems.push({ field: 'tags', message: 'Each tag must be at most 100 characters' });
        return {
          line,
          name: name.success ? name.data : row.name,
          email: email.success ? email.data : row.email,
          tags,
          problems,
          outcome: 'reviewed',
          error: null,
        };
      });
      for (const row of rows) {
        if (!selected.has(row.line)) continue;
        if (row.problems.length) {
          row.outcome = 'skipped';
          row.error = {
            code: 'validation',
            message: row.problems.map((p) => p.message).join('; '),
          };
          continue;
        }
        const invited = this.#attempt(() =>
          this.inviteContact(admin, {
            name: row.name,
            email: row.email,
            skills: row.tags,
            tags: row.tags,
            message: body.message,
          }),
        );
        if (invited instanceof DomainError) {
          row.outcome = 'skipped';
          row.error = { code: invited.code, message: invited.message };
        } else row.outcome = invited.outcome;
      }
      return { rows };
    });
  }

  // ── the invitee (R3, R10, R20, R24) ─────────────────────────────────────────────────────

  invitationByToken(token: string | null): InvitationRecord {
    const invitation = this.invitationForToken(token);
    if (!invitation)
      throw new DomainError(
        'unauthorized',
        'This invitation link is not valid. Open the link from your email again.',
      );
    const status = this.statusOf(invitation);
    if (status === 'expired' || status === 'revoked') {
      throw new DomainError(
        'link_expired',
        `This invitation has ${status === 'expired' ? 'expired' : 'been withdrawn'}. Ask ${invitation.invitedBy} to send a new one.`,
      );
    }
    return invitation;
  }

  inviteeView(invitation: InvitationRecord): InviteeView {
    const person = this.#invitee(invitation);
    const role =
      invitation.kind === 'role'
        ? this.state.roles.find((r) => r.id === invitation.targetId)
        : undefined;
    const record = role?.candidates.find((c) => c.personId === person?.id);
    const project = role && this.state.projects.find((p) => p.id === role.projectId);
    return {
      invitationId: invitation.id,
      kind: invitation.kind,
      targetName: this.#targetName(invitation),
      role: invitation.role,
      email: invitation.email,
      invitedBy: invitation.invitedBy,
      message: invitation.message,
      status: this.statusOf(invitation),
      expiresAt: iso(invitation.expiresAt),
      needsActivation: invitation.kind === 'pool' && person?.accountStatus !== 'active',
      job: role
        ? {
            title: role.title,
            projectName: project?.name ?? '',
            requiredCertifications: role.requiredCertifications,
            stage: record?.stage ?? 'invited',
            inviteDeclined: record?.inviteDeclined ?? false,
          }
        : null,
    };
  }

  viewAsInvitee(token: string | null): InviteeView {
    return this.inviteeView(this.invitationByToken(token));
  }

  #respond(invitation: InvitationRecord, status: 'accepted' | 'declined'): void {
    this.#set(invitation, 'status', status);
    this.#set(invitation, 'respondedAt', this.now);
  }

  #assertPending(invitation: InvitationRecord): void {
    const status = this.statusOf(invitation);
    if (status !== 'pending') throw transition(`This invitation has already been ${status}.`);
  }

  /** R10: registering accepts every pending project invitation held by the email. */
  #acceptProjectInvitations(person: PersonRecord): void {
    for (const invitation of this.#invitationsTo(person.email)) {
      if (invitation.kind !== 'project' || this.statusOf(invitation) !== 'pending') continue;
      const project = this.state.projects.find((p) => p.id === invitation.targetId);
      if (project && !project.members.some((m) => m.personId === person.id)) {
        this.#journal.push(project.members, {
          personId: person.id,
          role: (invitation.role ?? 'Member') as ProjectRole,
          addedAt: this.now,
        });
      }
      this.#joinWorkspace(person, invitation.workspaceId);
      this.#set(invitation, 'personId', person.id);
      this.#respond(invitation, 'accepted');
    }
  }

  /** R3: activation (invited → active); a disabled account cannot be activated (R4). */
  #activate(person: PersonRecord): void {
    if (person.accountStatus === 'disabled') {
      throw new DomainError(
        'inactive_user',
        'This account has been disabled, so it cannot be activated. Contact the team that invited you.',
        { details: { accountStatus: 'disabled' } },
      );
    }
    this.#set(person, 'accountStatus', 'active');
    for (const invitation of this.#invitationsTo(person.email)) {
      if (
        invitation.kind === 'workspace' &&
        invitation.personId === person.id &&
        this.statusOf(invitation) === 'pending'
      ) {
        this.#joinWorkspace(person, invitation.workspaceId);
        this.#respond(invitation, 'accepted');
      }
    }
  }

  accept(token: string | null, body: AcceptBody): InviteeView {
    return this.transaction(() => {
      const invitation = this.invitationByToken(token);
      this.#assertPending(invitation);
      if (invitation.kind === 'role') return this.apply(token);
      let person = this.#invitee(invitation);
      switch (invitation.kind) {
        case 'workspace':
          if (!person) throw notFound('The account for this invitation');
          this.#activate(person);
          this.#acceptProjectInvitations(person);
          break;
        case 'project':
          if (!person) {
            const names = requireNames(body.firstName, body.lastName, 'Add your name to register.');
            person = this.#newPerson(
              { workspaceId: invitation.workspaceId, name: invitation.invitedBy },
              { email: invitation.email, ...names },
            );
          }
          this.#activate(person);
          this.#acceptProjectInvitations(person);
          break;
        case 'pool': {
          if (!person) throw notFound('The profile for this invitation');
          if (person.accountStatus !== 'active') {
            throw new DomainError(
              'inactive_user',
              person.accountStatus === 'disabled'
                ? 'This account has been disabled.'
                : 'Activate your account first, with the activation email we sent you; then accept this invitation.',
              { details: { accountStatus: person.accountStatus } },
            );
          }
          const pool = this.state.pools.find((p) => p.id === invitation.targetId);
          this.#joinWorkspace(person, invitation.workspaceId);
          if (pool && !pool.memberIds.includes(person.id))
            this.#journal.push(pool.memberIds, person.id);
          this.#respond(invitation, 'accepted');
          break;
        }
        case 'contact': {
          const contact = this.#contactsByInvitation.get(invitation.id);
          if (person) {
            if (person.accountStatus !== 'active') this.#activate(person);
          } else {
            const [first = contact?.name ?? invitation.email, ...rest] = (
              contact?.name ?? ''
            ).split(/\s+/);
            person = this.#newPerson(
              { workspaceId: invitation.workspaceId, name: invitation.invitedBy },
              {
                email: invitation.email,
                firstName: body.firstName ?? first,
                lastName: body.lastName ?? rest.join(' '),
              },
            );
            this.#activate(person);
          }
          this.#joinWorkspace(person, invitation.workspaceId);
          if (contact) {
            this.#set(contact, 'status', 'connected');
            this.#set(contact, 'personId', person.id);
            const role = contact.offerRoleId
              ? this.state.roles.find((r) => r.id === contact.offerRoleId)
              : undefined;
            if (role) this.#offer(role, person);
            this.#set(contact, 'offerRoleId', null);
          }
          this.#respond(invitation, 'accepted');
          break;
        }
      }
      return this.inviteeView(invitation);
    });
  }

  decline(token: string | null): InviteeView {
    return this.transaction(() => {
      const invitation = this.invitationByToken(token);
      this.#assertPending(invitation);
      this.#respond(invitation, 'declined');
      if (invitation.kind === 'role') {
        // R24: a declined invite stays in `invited`, tagged.
        const record = this.state.roles
          .find((r) => r.id === invitation.targetId)
          ?.candidates.find((c) => c.invitationId === invitation.id);
        if (record) {
          this.#set(record, 'inviteDeclined', true);
          this.#set(record, 'updatedAt', this.now);
        }
      }
      if (invitation.kind === 'contact') {
        const contact = this.#contactsByInvitation.get(invitation.id);
        if (contact) this.#set(contact, 'status', 'declined');
      }
      return this.inviteeView(invitation);
    });
  }

  /** R24: the invitee applies (invited → applied). */
  apply(token: string | null): InviteeView {
    return this.transaction(() => {
      const invitation = this.invitationByToken(token);
      if (invitation.kind !== 'role') throw transition('Only job invitations can be applied for.');
      this.#assertPending(invitation);
      const role = this.state.roles.find((r) => r.id === invitation.targetId);
      const record = role?.candidates.find((c) => c.invitationId === invitation.id);
      if (!role || record?.stage !== 'invited')
        throw transition('This job invitation is no longer open.');
      const person = this.#peopleById.get(record.personId);
      if (person && person.accountStatus !== 'active')
        throw this.#inactive(person, invitation.workspaceId);
      this.#enter(role, record, 'applied');
      this.#respond(invitation, 'accepted');
      return this.inviteeView(invitation);
    });
  }
}
