// The domain: every rule of shared/domain.md (R1–R33), over the records in state.ts.
// Each public method is one API operation. Checks run before any change, so a refusal changes nothing.
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
import type {
  Account,
  BatchRecord,
  CandidateRecord,
  ContactRecord,
  EntryRecord,
  InvitationRecord,
  PersonRecord,
  RoleRecord,
  State,
} from './state.js';

/** Pending invitations are valid this long after they were (last) sent (R7). */
export const INVITATION_TTL = 30 * DAY;

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
  /** Called after every change (the browser store saves itself then). */
  onChange?: () => void;
}

const fullName = (p: PersonRecord) => `${p.preferredName || p.firstName} ${p.lastName}`.trim();
const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
const iso = (time: number) => new Date(time).toISOString();
const contains = (haystack: string | null, needle: string) =>
  haystack !== null && haystack.toLowerCase().includes(needle);

function pageOf<T>(items: T[], cursor: string | undefined, limit = 50) {
  const offset = cursor ? Number.parseInt(cursor.replace(/^o/, ''), 36) : 0;
  if (!Number.isFinite(offset) || offset < 0) {
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
  readonly #onChange: (() => void) | undefined;
  #peopleById = new Map<string, PersonRecord>();
  #peopleByEmail = new Map<string, PersonRecord>();
  #invitationsById = new Map<string, InvitationRecord>();
  #invitationsByToken = new Map<string, InvitationRecord>();

  constructor(state: State, options: DomainOptions) {
    this.state = state;
    this.#clock = options.clock;
    this.#linkBase = options.linkBase;
    this.#onChange = options.onChange;
    for (const p of state.people) this.#indexPerson(p);
    for (const i of state.invitations) this.#indexInvitation(i);
  }

  get now(): number {
    return this.#clock.now();
  }

  changed(): void {
    this.#onChange?.();
  }

  // ── ids, indexes, outbox ──────────────────────────────────────────────────────────────────

  nextId(prefix: string): string {
    this.state.seq += 1;
    return `${prefix}_${this.state.seq.toString(36)}`;
  }

  #secret(prefix: string): string {
    return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
  }

  #indexPerson(person: PersonRecord): void {
    this.#peopleById.set(person.id, person);
    this.#peopleByEmail.set(person.email, person);
  }

  #indexInvitation(invitation: InvitationRecord): void {
    this.#invitationsById.set(invitation.id, invitation);
    this.#invitationsByToken.set(invitation.token, invitation);
  }

  addPerson(person: PersonRecord): PersonRecord {
    this.state.people.push(person);
    this.#indexPerson(person);
    return person;
  }

  addInvitation(invitation: InvitationRecord): InvitationRecord {
    this.state.invitations.push(invitation);
    this.#indexInvitation(invitation);
    return invitation;
  }

  personByEmail(email: string): PersonRecord | undefined {
    return this.#peopleByEmail.get(email.trim().toLowerCase());
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
    this.state.outbox.push(email);
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
    if (!person.workspaceIds.includes(admin.workspaceId)) {
      throw new DomainError('forbidden', 'That person belongs to another workspace.');
    }
    return person;
  }

  #invitation(admin: Admin, id: string): InvitationRecord {
    return this.#own(admin, this.#invitationsById.get(id), 'That invitation');
  }

  #pool(admin: Admin, id: string) {
    return this.#own(
      admin,
      this.state.pools.find((p) => p.id === id),
      'That pool',
    );
  }

  #batch(admin: Admin, id: string) {
    return this.#own(
      admin,
      this.state.batches.find((b) => b.id === id),
      'That batch',
    );
  }

  #project(admin: Admin, id: string) {
    return this.#own(
      admin,
      this.state.projects.find((p) => p.id === id),
      'That project',
    );
  }

  #role(admin: Admin, id: string) {
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
    const person = this.#invitee(invitation);
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
    };
  }

  /** R13: one pending invitation per email and target. */
  #assertNoPending(
    workspaceId: string,
    kind: InvitationRecord['kind'],
    targetId: string,
    email: string,
  ): void {
    const existing = this.state.invitations.find(
      (i) =>
        i.workspaceId === workspaceId &&
        i.kind === kind &&
        i.targetId === targetId &&
        i.email === email &&
        this.statusOf(i) === 'pending',
    );
    if (existing) {
      throw new DomainError(
        'conflict',
        `${email} already has a pending invitation to ${this.#targetName(existing)}${existing.role ? ` as ${existing.role}` : ''}, sent ${iso(existing.lastSentAt).slice(0, 10)}.`,
        { details: { invitationId: existing.id, role: existing.role } },
      );
    }
  }

  #createInvitation(
    admin: Admin,
    fields: Pick<InvitationRecord, 'kind' | 'targetId' | 'role' | 'email' | 'personId'> & {
      message?: string | undefined;
    },
  ): InvitationRecord {
    const now = this.now;
    return this.addInvitation({
      id: this.nextId('inv'),
      token: this.#secret('it'),
      workspaceId: admin.workspaceId,
      ...fields,
      message: fields.message || null,
      status: 'pending',
      sentAt: now,
      expiresAt: now + INVITATION_TTL,
      sendCount: 1,
      lastSentAt: now,
      invitedBy: admin.name,
      respondedAt: null,
    });
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
        const person = this.#invitee(record);
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
        const person = this.#invitee(r);
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
    return { ...page, items: page.items.map((r) => this.invitationView(r)), counts };
  }

  getInvitation(admin: Admin, id: string): InvitationDetail {
    const invitation = this.#invitation(admin, id);
    const live = this.statusOf(invitation) === 'pending';
    return { ...this.invitationView(invitation), link: live ? this.linkFor(invitation) : null };
  }

  #assertCanBeInvited(person: PersonRecord | undefined): void {
    if (person?.accountStatus === 'disabled') {
      throw new DomainError(
        'inactive_user',
        `${fullName(person)}'s account is disabled, so they cannot be invited. Re-enable it first.`,
        { details: { accountStatus: 'disabled' } },
      );
    }
  }

  /** R7: resending resets the 30 days and counts the send. */
  resendInvitation(admin: Admin, id: string): Invitation {
    const invitation = this.#invitation(admin, id);
    const status = this.statusOf(invitation);
    if (status !== 'pending') {
      throw transition(
        status === 'expired'
          ? 'This invitation has expired: re-invite instead of resending.'
          : `Only pending invitations can be resent; this one is ${status}.`,
      );
    }
    this.#assertCanBeInvited(
      invitation.personId ? this.#peopleById.get(invitation.personId) : undefined,
    );
    const now = this.now;
    invitation.sendCount += 1;
    invitation.lastSentAt = now;
    invitation.expiresAt = now + INVITATION_TTL;
    this.#sendInvitationEmail(invitation, 'R7');
    this.changed();
    return this.invitationView(invitation);
  }

  /** R8: expire early; the link stops working at once. */
  expireInvitation(admin: Admin, id: string): Invitation {
    const invitation = this.#invitation(admin, id);
    const status = this.statusOf(invitation);
    if (status !== 'pending')
      throw transition(`Only pending invitations can be expired; this one is ${status}.`);
    invitation.status = 'expired';
    invitation.expiresAt = this.now;
    this.changed();
    return this.invitationView(invitation);
  }

  revokeInvitation(admin: Admin, id: string): Invitation {
    const invitation = this.#invitation(admin, id);
    const status = this.statusOf(invitation);
    if (status !== 'pending')
      throw transition(`Only pending invitations can be withdrawn; this one is ${status}.`);
    invitation.status = 'revoked';
    invitation.respondedAt = this.now;
    this.changed();
    return this.invitationView(invitation);
  }

  /** R9: an expired (or withdrawn) invitation can be sent afresh. */
  reinvite(admin: Admin, id: string): Invitation {
    const old = this.#invitation(admin, id);
    const status = this.statusOf(old);
    if (status !== 'expired' && status !== 'revoked') {
      throw transition(
        `Only expired or withdrawn invitations can be re-invited; this one is ${status}.`,
      );
    }
    this.#assertNoPending(old.workspaceId, old.kind, old.targetId, old.email);
    this.#assertCanBeInvited(old.personId ? this.#peopleById.get(old.personId) : undefined);
    const fresh = this.#createInvitation(admin, {
      kind: old.kind,
      targetId: old.targetId,
      role: old.role,
      email: old.email,
      personId: old.personId,
      message: old.message ?? undefined,
    });
    // Whatever pointed at the old invitation (a batch entry, a candidate, a contact) follows the new one.
    for (const batch of this.state.batches)
      for (const e of batch.entries) if (e.invitationId === old.id) e.invitationId = fresh.id;
    for (const role of this.state.roles)
      for (const c of role.candidates) if (c.invitationId === old.id) c.invitationId = fresh.id;
    for (const contact of this.state.contacts)
      if (contact.invitationId === old.id) contact.invitationId = fresh.id;
    this.#sendInvitationEmail(fresh, 'R9');
    this.changed();
    return this.invitationView(fresh);
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

  /** R15: profiles are global; an admin may learn whether one exists for an email, and whose. */
  lookupPerson(_admin: Admin, email: string): PersonLookup {
    const person = this.personByEmail(email);
    return person
      ? {
          match: 'existing',
          person: {
            id: person.id,
            displayName: fullName(person),
            accountStatus: person.accountStatus,
          },
        }
      : { match: 'none', person: null };
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

  #joinWorkspace(person: PersonRecord, workspaceId: string): void {
    if (!person.workspaceIds.includes(workspaceId)) person.workspaceIds.push(workspaceId);
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
    if (this.personByEmail(body.email)) {
      throw new DomainError('conflict', `A profile for ${body.email} already exists.`, {
        details: { personId: this.personByEmail(body.email)?.id },
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
    this.changed();
    return this.personView(person, admin.workspaceId);
  }

  /** R2: send the platform invitation (initial → invited), or resend it while invited. */
  #platformInvite(admin: Admin, person: PersonRecord, message?: string): InvitationRecord {
    if (person.accountStatus === 'disabled') {
      throw new DomainError(
        'inactive_user',
        `${fullName(person)}'s account is disabled: it cannot be invited or activated until it is re-enabled.`,
        { details: { accountStatus: 'disabled' } },
      );
    }
    if (person.accountStatus === 'active')
      throw transition(`${fullName(person)} has already activated their account.`);
    const pending = this.state.invitations.find(
      (i) =>
        i.kind === 'workspace' &&
        i.personId === person.id &&
        i.targetId === admin.workspaceId &&
        this.statusOf(i) === 'pending',
    );
    if (pending) {
      pending.sendCount += 1;
      pending.lastSentAt = this.now;
      pending.expiresAt = this.now + INVITATION_TTL;
      if (message) pending.message = message;
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
    person.accountStatus = 'invited';
    this.#sendInvitationEmail(invitation, 'R2');
    return invitation;
  }

  sendPlatformInvite(admin: Admin, personId: string, message?: string) {
    const person = this.#person(admin, personId);
    const invitation = this.#platformInvite(admin, person, message);
    this.changed();
    return { person: this.personView(person, admin.workspaceId), invitationId: invitation.id };
  }

  /** R4: disable, and re-enable to what the account was before. */
  disablePerson(admin: Admin, personId: string): Person {
    const person = this.#person(admin, personId);
    if (person.accountStatus !== 'disabled') {
      person.statusBeforeDisable = person.accountStatus;
      person.accountStatus = 'disabled';
      this.changed();
    }
    return this.personView(person, admin.workspaceId);
  }

  enablePerson(admin: Admin, personId: string): Person {
    const person = this.#person(admin, personId);
    if (person.accountStatus !== 'disabled')
      throw transition(`${fullName(person)}'s account is not disabled.`);
    person.accountStatus = person.statusBeforeDisable ?? 'initial';
    person.statusBeforeDisable = null;
    this.changed();
    return this.personView(person, admin.workspaceId);
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

  #inactive(person: PersonRecord): DomainError {
    const why =
      person.accountStatus === 'disabled'
        ? 'their account has been disabled'
        : 'they have not activated their account yet (they must accept the platform invitation first)';
    return new DomainError(
      'inactive_user',
      `Inactive user: ${fullName(person)} cannot be added because ${why}.`,
      { details: { accountStatus: person.accountStatus, personId: person.id } },
    );
  }

  addMember(
    admin: Admin,
    projectId: string,
    body: { email: string; role: ProjectRole; message?: string | undefined },
  ): AddMemberResult {
    const project = this.#project(admin, projectId);
    const person = this.personByEmail(body.email);
    if (person) {
      const membership = project.members.find((m) => m.personId === person.id);
      if (membership) {
        throw new DomainError(
          'conflict',
          `${fullName(person)} is already a member of ${project.name} as ${membership.role}.`,
          { details: { conflictingRole: membership.role } },
        );
      }
      // R11: a platform role held elsewhere can rule a project role out.
      if (person.platformRole === 'client' && body.role !== 'Viewer') {
        throw new DomainError(
          'conflict',
          `${fullName(person)} holds the Client platform role, which conflicts with ${body.role}. Invite them as Viewer, or ask a platform administrator.`,
          { details: { conflictingRole: 'Client', requestedRole: body.role } },
        );
      }
      if (person.accountStatus !== 'active') throw this.#inactive(person); // R12
      // R6: an active person joins at once and is told.
      const member = { personId: person.id, role: body.role, addedAt: this.now };
      project.members.push(member);
      this.#joinWorkspace(person, admin.workspaceId);
      this.#send(
        person.email,
        `You've been added to ${project.name}`,
        `${admin.name} added you to ${project.name} as ${body.role}.${body.message ? `\n\nMessage from ${admin.name}: ${body.message}` : ''}`,
        null,
        'R6',
      );
      this.changed();
      return { outcome: 'added', member: this.#memberView(member), invitation: null };
    }
    // R7, R13
    this.#assertNoPending(admin.workspaceId, 'project', project.id, body.email);
    const invitation = this.#createInvitation(admin, {
      kind: 'project',
      targetId: project.id,
      role: body.role,
      email: body.email,
      personId: null,
      message: body.message,
    });
    this.#sendInvitationEmail(invitation, 'R7');
    this.changed();
    return { outcome: 'invited', member: null, invitation: this.invitationView(invitation) };
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
    return status === 'pending' ? 'invited' : status === 'revoked' ? 'expired' : status;
  }

  #entryView(entry: EntryRecord): BatchEntry {
    const person = entry.personId ? this.#peopleById.get(entry.personId) : undefined;
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
      personId: entry.personId,
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
    return { ...this.#batchSummary(batch), entries: batch.entries.map((e) => this.#entryView(e)) };
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
    this.#pool(admin, poolId);
    const batch: BatchRecord = {
      id: this.nextId('bat'),
      workspaceId: admin.workspaceId,
      poolId,
      name,
      createdAt: this.now,
      entries: [],
    };
    this.state.batches.push(batch);
    this.changed();
    return this.batchView(batch);
  }

  getBatch(admin: Admin, batchId: string): Batch {
    return this.batchView(this.#batch(admin, batchId));
  }

  /**
   * R16: `existing` when a profile matches, `new` when none does, `invalid` when a field is
   * malformed or disagrees with the profile that shares the email (or the mobile).
   */
  checkRow(
    row: UploadRow,
    batch: BatchRecord,
    self?: EntryRecord,
    inBatch: (email: string) => EntryRecord | undefined = (email) =>
      batch.entries.find((e) => e !== self && same(e.details.email, email)),
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
    const duplicate = inBatch(valid.email);
    if (duplicate)
      add(
        'email',
        `This email is already in the batch${duplicate.line ? ` on line ${duplicate.line}` : ''}`,
      );
    const person = this.personByEmail(valid.email);
    const mobile = valid.mobile || null;
    if (person) {
      const mismatch = 'Does not match the existing profile for this email';
      if (person.dateOfBirth && person.dateOfBirth !== valid.dateOfBirth)
        add('dateOfBirth', mismatch);
      if (!same(person.firstName, valid.firstName)) add('firstName', mismatch);
      if (!same(person.lastName, valid.lastName)) add('lastName', mismatch);
      if (valid.middleNames && !same(person.middleNames, valid.middleNames))
        add('middleNames', mismatch);
      if (mobile && person.mobile && person.mobile !== mobile) add('mobile', mismatch);
    } else if (mobile) {
      const owner = this.state.people.find((p) => p.mobile === mobile);
      if (owner) add('email', 'This mobile belongs to a profile with a different email');
    }
    if (problems.length) return { check: 'invalid', problems, personId: person?.id ?? null };
    return { check: person ? 'existing' : 'new', problems, personId: person?.id ?? null };
  }

  /**
   * R16: rows arrive in chunks (each with its sheet line); the answer holds only the entries
   * added. Emails already in the batch are looked up in one index, not row by row.
   */
  uploadRows(admin: Admin, batchId: string, rows: SheetRow[]): UploadResult {
    const batch = this.#batch(admin, batchId);
    const key = (email: string) => email.trim().toLowerCase();
    const emails = new Map<string, EntryRecord>();
    for (const e of batch.entries)
      if (!emails.has(key(e.details.email))) emails.set(key(e.details.email), e);
    const added = rows.map(({ line, ...row }, index) => {
      const entry: EntryRecord = {
        id: this.nextId('ent'),
        line: line ?? index + 2,
        details: row,
        check: 'new',
        problems: [],
        stage: 'uploaded',
        personId: null,
        invitationId: null,
      };
      Object.assign(
        entry,
        this.checkRow(row, batch, entry, (email) => emails.get(key(email))),
      );
      if (!emails.has(key(row.email))) emails.set(key(row.email), entry);
      batch.entries.push(entry);
      return entry;
    });
    this.changed();
    return { batch: this.#batchSummary(batch), entries: added.map((e) => this.#entryView(e)) };
  }

  /** R17: rows not invited yet can be removed; all of them or, when one cannot be, none. */
  removeEntries(admin: Admin, batchId: string, entryIds: string[]): BatchSummary {
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
        `${invited.length === 1 ? 'A row was' : `${invited.length} rows were`} already invited; invited rows stay in the batch.`,
      );
    batch.entries = batch.entries.filter((e) => !ids.has(e.id));
    this.changed();
    return this.#batchSummary(batch);
  }

  /** R17: an uploaded row can be corrected in place and checked again. */
  correctEntry(admin: Admin, batchId: string, entryId: string, row: UploadRow): BatchEntry {
    const batch = this.#batch(admin, batchId);
    const entry = batch.entries.find((e) => e.id === entryId);
    if (!entry) throw notFound('That row');
    if (this.entryStage(entry) !== 'uploaded')
      throw transition('This row has already been invited; it can no longer be edited.');
    entry.details = row;
    Object.assign(entry, this.checkRow(row, batch, entry));
    this.changed();
    return this.#entryView(entry);
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
    if (person?.accountStatus === 'disabled') return this.#inactive(person);
    const pending = this.state.invitations.find(
      (i) =>
        i.kind === 'pool' &&
        i.targetId === batch.poolId &&
        i.email === entry.details.email.trim().toLowerCase() &&
        this.statusOf(i) === 'pending',
    );
    if (pending)
      return new DomainError(
        'conflict',
        `${pending.email} already has a pending invitation to this pool.`,
        { details: { invitationId: pending.id } },
      );
    return null;
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
      entry.personId = person.id;
    }
    this.#joinWorkspace(person, admin.workspaceId);
    const inOtherPool = this.state.pools.some(
      (p) =>
        p.workspaceId === admin.workspaceId && p.id !== pool.id && p.memberIds.includes(person.id),
    );
    if (inOtherPool || pool.memberIds.includes(person.id)) {
      // R19: already one of ours: straight to accepted.
      if (!pool.memberIds.includes(person.id)) pool.memberIds.push(person.id);
      entry.stage = 'accepted';
      this.#send(
        person.email,
        `You've been added to ${pool.name}`,
        `${admin.name} added you to the ${pool.name} pool at ${this.#workspaceName(admin.workspaceId)}.`,
        null,
        'R19',
      );
      return 'accepted';
    }
    // R20: a new person accepts their platform account first.
    if (person.accountStatus === 'initial') this.#platformInvite(admin, person);
    const invitation = this.#createInvitation(admin, {
      kind: 'pool',
      targetId: pool.id,
      role: null,
      email: person.email,
      personId: person.id,
      message,
    });
    entry.invitationId = invitation.id;
    this.#sendInvitationEmail(invitation, 'R18');
    return 'invited';
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
    const batch = this.#batch(admin, batchId);
    const person = this.personByEmail(body.email);
    if (person) {
      if (person.dateOfBirth && person.dateOfBirth !== body.dateOfBirth) {
        throw new DomainError(
          'validation',
          'The date of birth does not match the profile for this email.',
          { fieldErrors: { dateOfBirth: ['Does not match the existing profile for this email'] } },
        );
      }
    } else {
      requireNames(
        body.firstName,
        body.lastName,
        'No profile exists for this email: add their names as on their identity document.',
      );
    }
    const details: UploadRow = person
      ? {
          email: person.email,
          dateOfBirth: body.dateOfBirth,
          firstName: person.firstName,
          middleNames: person.middleNames,
          lastName: person.lastName,
          preferredName: person.preferredName ?? '',
          mobile: person.mobile ?? '',
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
    batch.entries.push(entry);
    const outcome = this.#inviteEntry(admin, batch, entry, body.message);
    this.changed();
    return { outcome, entry: this.#entryView(entry), invitationId: entry.invitationId };
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
    const batch = this.#batch(admin, batchId);
    if (!body.all && !body.entryIds?.length) {
      throw new DomainError('validation', 'Select rows to invite, or invite all valid rows.', {
        fieldErrors: { entryIds: ['Select at least one row'] },
      });
    }
    const selected = body.all
      ? batch.entries.filter((e) => this.entryStage(e) === 'uploaded' && e.check !== 'invalid')
      : (body.entryIds ?? []).map((id) => {
          const entry = batch.entries.find((e) => e.id === id);
          if (!entry)
            throw new DomainError('validation', `Row ${id} is not in this batch.`, {
              fieldErrors: { entryIds: [`Unknown row ${id}`] },
            });
          return entry;
        });
    const changed: EntryRecord[] = [];
    const results: InviteBatchResult['results'] = selected.map((entry) => {
      const blocker = this.#entryBlocker(batch, entry);
      if (blocker)
        return {
          entryId: entry.id,
          outcome: 'skipped',
          error: { code: blocker.code, message: blocker.message },
        };
      changed.push(entry);
      return {
        entryId: entry.id,
        outcome: this.#inviteEntry(admin, batch, entry, body.message),
        error: null,
      };
    });
    this.changed();
    return {
      batch: this.#batchSummary(batch),
      entries: changed.map((e) => this.#entryView(e)),
      results,
    };
  }

  // ── invite links and sign-ups (R30) ─────────────────────────────────────────────────────

  #linkView(link: State['links'][number]): InviteLink {
    return {
      id: link.id,
      poolId: link.poolId,
      url: `${this.#linkBase}?link=${encodeURIComponent(link.token)}`,
      status: link.status,
      createdAt: iso(link.createdAt),
      signupCount: this.state.signups.filter((s) => s.linkId === link.id).length,
    };
  }

  createLink(admin: Admin, poolId: string): InviteLink {
    this.#pool(admin, poolId);
    const link = {
      id: this.nextId('lnk'),
      token: this.#secret('lk'),
      workspaceId: admin.workspaceId,
      poolId,
      status: 'active' as const,
      createdAt: this.now,
    };
    this.state.links.push(link);
    this.changed();
    return this.#linkView(link);
  }

  listLinks(admin: Admin, poolId: string): { items: InviteLink[] } {
    this.#pool(admin, poolId);
    return {
      items: this.state.links.filter((l) => l.poolId === poolId).map((l) => this.#linkView(l)),
    };
  }

  revokeLink(admin: Admin, linkId: string): InviteLink {
    const link = this.#own(
      admin,
      this.state.links.find((l) => l.id === linkId),
      'That link',
    );
    link.status = 'revoked';
    this.changed();
    return this.#linkView(link);
  }

  #signupView(signup: State['signups'][number]): Signup {
    const person = this.#peopleById.get(signup.personId);
    return {
      id: signup.id,
      linkId: signup.linkId,
      poolId: signup.poolId,
      email: signup.email,
      firstName: signup.firstName,
      lastName: signup.lastName,
      status: signup.status,
      personId: signup.personId,
      accountStatus: person?.accountStatus ?? 'initial',
      createdAt: iso(signup.createdAt),
    };
  }

  listSignups(admin: Admin, poolId: string): { items: Signup[] } {
    this.#pool(admin, poolId);
    return {
      items: this.state.signups.filter((s) => s.poolId === poolId).map((s) => this.#signupView(s)),
    };
  }

  /** R30: a sign-up through a link lands as applied; the account waits for approval. */
  signup(
    linkToken: string,
    body: { email: string; dateOfBirth: string; firstName: string; lastName: string },
  ): Signup {
    const link = this.state.links.find((l) => l.token === linkToken);
    if (!link || link.status !== 'active')
      throw new DomainError(
        'link_expired',
        'This invite link has been revoked or does not exist. Ask the team for a new one.',
      );
    const existing = this.state.signups.find(
      (s) => s.poolId === link.poolId && s.email === body.email && s.status === 'applied',
    );
    if (existing)
      throw new DomainError(
        'conflict',
        'You have already signed up; the team will approve you soon.',
        { details: { signupId: existing.id } },
      );
    const admin = { workspaceId: link.workspaceId, name: 'Invite link' };
    const person =
      this.personByEmail(body.email) ??
      this.#newPerson(admin, {
        email: body.email,
        dateOfBirth: body.dateOfBirth,
        firstName: body.firstName,
        lastName: body.lastName,
      });
    const signup = {
      id: this.nextId('sgn'),
      linkId: link.id,
      workspaceId: link.workspaceId,
      poolId: link.poolId,
      email: body.email,
      firstName: body.firstName,
      lastName: body.lastName,
      personId: person.id,
      status: 'applied' as const,
      createdAt: this.now,
    };
    this.state.signups.push(signup);
    this.changed();
    return this.#signupView(signup);
  }

  approveSignup(admin: Admin, signupId: string): Signup {
    const signup = this.#own(
      admin,
      this.state.signups.find((s) => s.id === signupId),
      'That sign-up',
    );
    if (signup.status !== 'applied') throw transition('This sign-up has already been approved.');
    const person = this.#peopleById.get(signup.personId);
    if (!person) throw notFound('That person');
    if (person.accountStatus === 'disabled') throw this.#inactive(person);
    const pool = this.#pool(admin, signup.poolId);
    person.accountStatus = 'active';
    this.#joinWorkspace(person, admin.workspaceId);
    if (!pool.memberIds.includes(person.id)) pool.memberIds.push(person.id);
    signup.status = 'approved';
    this.#send(
      person.email,
      `You're in: ${pool.name}`,
      `${admin.name} approved your sign-up. Your account is active and you are in the ${pool.name} pool.`,
      null,
      'R30',
    );
    this.changed();
    return this.#signupView(signup);
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
      const person = this.#peopleById.get(record.personId);
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
    const target = record ?? {
      personId: person.id,
      stage,
      inviteDeclined: false,
      invitationId: null,
      updatedAt: this.now,
    };
    this.#enter(role, target, stage);
    if (!record) role.candidates.push(target);
    return target;
  }

  /** A candidate enters `stage` now, at its end. */
  #enter(role: RoleRecord, record: CandidateRecord, stage: CandidateRecord['stage']): void {
    record.stage = stage;
    record.updatedAt = this.now;
    record.stageSince = this.now;
    record.rank = this.#endRank(role);
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
      record.rank = this.#endRank(role);
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
    others.forEach((c, i) => (c.rank = base + i));
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
        if (previous && this.statusOf(previous) === 'pending') previous.status = 'revoked';
        const invitation = this.#createInvitation(admin, {
          kind: 'role',
          targetId: role.id,
          role: role.title,
          email: person.email,
          personId: person.id,
          message,
        });
        const next = this.#setStage(role, person, record, 'invited');
        next.inviteDeclined = false;
        next.invitationId = invitation.id;
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
        if (invitation && this.statusOf(invitation) === 'pending') invitation.status = 'revoked';
        const next = this.#setStage(role, person, record, 'rejected');
        next.rejectionReason = reason || null;
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
    const role = this.#role(admin, roleId);
    const { person, record } = this.#candidate(role, personId);
    const { before } = options;
    if (typeof before === 'string') this.#checkBefore(role, stage, personId, before);
    if (before !== undefined && record?.stage === stage) {
      // Only a new place in the same stage.
      this.#place(role, record, before);
      this.changed();
      return this.#candidateView(role, person, record);
    }
    const candidate = this.#move(admin, role, personId, stage, options);
    const moved = role.candidates.find((c) => c.personId === personId);
    if (moved && before) this.#place(role, moved, before);
    this.changed();
    return moved ? this.#candidateView(role, person, moved) : candidate;
  }

  /** R22/R23/R25/R26 in bulk: each person goes ahead or gets their own error. */
  bulk(
    admin: Admin,
    roleId: string,
    stage: 'invited' | 'offered' | 'confirmed' | 'rejected',
    personIds: string[],
    options: MoveOptions = {},
  ): BulkResult {
    const role = this.#role(admin, roleId);
    const results = [...new Set(personIds)].map((personId) => {
      try {
        const candidate = this.#move(admin, role, personId, stage, options);
        return { personId, ok: true, candidate, error: null };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const failure = { code: error.code, message: error.message };
        return { personId, ok: false, candidate: null, error: failure };
      }
    });
    this.changed();
    return { results, pipeline: this.#pipelineOf(role) };
  }

  // ── trusted contacts (R27–R29, R31) ─────────────────────────────────────────────────────

  #contactView(contact: ContactRecord): Contact {
    return {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      links: contact.links,
      files: contact.files,
      skills: contact.skills,
      status: contact.status,
      personId: contact.personId,
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
    if (person?.accountStatus === 'disabled') throw this.#inactive(person);
    this.#assertNoPending(admin.workspaceId, 'contact', admin.workspaceId, email);
    return offerRoleId ? this.#role(admin, offerRoleId) : undefined;
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
      createdAt: this.now,
    };
    this.state.contacts.push(contact);
    let offer = '';
    if (role) {
      // R28: "Invite and offer job" also puts them in the role's pipeline as offered.
      const [first = body.name, ...rest] = body.name.split(/\s+/);
      const person =
        existing ??
        this.#newPerson(admin, { email: body.email, firstName: first, lastName: rest.join(' ') });
      contact.personId = person.id;
      this.#joinWorkspace(person, admin.workspaceId);
      const record = role.candidates.find((c) => c.personId === person.id);
      this.#setStage(role, person, record, 'offered');
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
    this.changed();
    return {
      outcome,
      contact: this.#contactView(contact),
      invitation: this.invitationView(invitation),
      offeredRoleId: role?.id ?? null,
    };
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
          message: `Same email as line ${seen.get(email.data) ?? ''}`,
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
        row.error = { code: 'validation', message: row.problems.map((p) => p.message).join('; ') };
        continue;
      }
      try {
        row.outcome = this.inviteContact(admin, {
          name: row.name,
          email: row.email,
          skills: row.tags,
          tags: row.tags,
          message: body.message,
        }).outcome;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        row.outcome = 'skipped';
        row.error = { code: error.code, message: error.message };
      }
    }
    return { rows };
  }

  // ── the invitee (R3, R10, R20, R24) ─────────────────────────────────────────────────────

  invitationByToken(token: string | null): InvitationRecord {
    const invitation = token ? this.#invitationsByToken.get(token) : undefined;
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
    const person = invitation.personId
      ? this.#peopleById.get(invitation.personId)
      : this.personByEmail(invitation.email);
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
    invitation.status = status;
    invitation.respondedAt = this.now;
  }

  #assertPending(invitation: InvitationRecord): void {
    const status = this.statusOf(invitation);
    if (status !== 'pending') throw transition(`This invitation has already been ${status}.`);
  }

  /** R10: registering accepts every pending project invitation held by the email. */
  #acceptProjectInvitations(person: PersonRecord): void {
    for (const invitation of this.state.invitations) {
      if (
        invitation.kind !== 'project' ||
        invitation.email !== person.email ||
        this.statusOf(invitation) !== 'pending'
      )
        continue;
      const project = this.state.projects.find((p) => p.id === invitation.targetId);
      if (project && !project.members.some((m) => m.personId === person.id)) {
        project.members.push({
          personId: person.id,
          role: (invitation.role ?? 'Member') as ProjectRole,
          addedAt: this.now,
        });
      }
      this.#joinWorkspace(person, invitation.workspaceId);
      invitation.personId = person.id;
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
    person.accountStatus = 'active';
    for (const invitation of this.state.invitations) {
      if (
        invitation.kind === 'workspace' &&
        invitation.personId === person.id &&
        this.statusOf(invitation) === 'pending'
      )
        this.#respond(invitation, 'accepted');
    }
  }

  accept(token: string | null, body: AcceptBody): InviteeView {
    const invitation = this.invitationByToken(token);
    this.#assertPending(invitation);
    if (invitation.kind === 'role') return this.apply(token);
    let person = invitation.personId
      ? this.#peopleById.get(invitation.personId)
      : this.personByEmail(invitation.email);
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
        if (pool && !pool.memberIds.includes(person.id)) pool.memberIds.push(person.id);
        this.#respond(invitation, 'accepted');
        break;
      }
      case 'contact': {
        const contact = this.state.contacts.find((c) => c.invitationId === invitation.id);
        if (person) {
          if (person.accountStatus !== 'active') this.#activate(person);
        } else {
          const [first = contact?.name ?? invitation.email, ...rest] = (contact?.name ?? '').split(
            /\s+/,
          );
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
          contact.status = 'connected';
          contact.personId = person.id;
        }
        this.#respond(invitation, 'accepted');
        break;
      }
    }
    this.changed();
    return this.inviteeView(invitation);
  }

  decline(token: string | null): InviteeView {
    const invitation = this.invitationByToken(token);
    this.#assertPending(invitation);
    this.#respond(invitation, 'declined');
    if (invitation.kind === 'role') {
      // R24: a declined invite stays in `invited`, tagged.
      const record = this.state.roles
        .find((r) => r.id === invitation.targetId)
        ?.candidates.find((c) => c.invitationId === invitation.id);
      if (record) {
        record.inviteDeclined = true;
        record.updatedAt = this.now;
      }
    }
    if (invitation.kind === 'contact') {
      const contact = this.state.contacts.find((c) => c.invitationId === invitation.id);
      if (contact) contact.status = 'declined';
    }
    this.changed();
    return this.inviteeView(invitation);
  }

  /** R24: the invitee applies (invited → applied). */
  apply(token: string | null): InviteeView {
    const invitation = this.invitationByToken(token);
    if (invitation.kind !== 'role') throw transition('Only job invitations can be applied for.');
    this.#assertPending(invitation);
    const role = this.state.roles.find((r) => r.id === invitation.targetId);
    const record = role?.candidates.find((c) => c.invitationId === invitation.id);
    if (!role || record?.stage !== 'invited')
      throw transition('This job invitation is no longer open.');
    const person = this.#peopleById.get(record.personId);
    if (person && person.accountStatus !== 'active') throw this.#inactive(person);
    this.#enter(role, record, 'applied');
    this.#respond(invitation, 'accepted');
    this.changed();
    return this.inviteeView(invitation);
  }
}
