// A deterministic data set that looks real: one workspace with three pools, two projects, four
// roles with certification requirements (the crane operator's pipeline has people at every
// stage), ~200 people across every account status, and invitations in every status. `size` adds
// that many generated invitations, `candidates` a role with that many candidates, for benchmarks.
import type { AccountStatus, InvitationKind, ProjectRole } from '@invitekit/sdk/schemas';
import { DAY } from './clock.js';
import { INVITATION_TTL, type Domain } from './domain.js';
import type { CandidateRecord, InvitationRecord, PersonRecord } from './state.js';

export interface SeedOptions {
  /**
   * PRNG seed: the same seed gives the same data (default 1). Given explicitly, it also fixes the
   * seeded invitations' tokens, for reproducible tests; otherwise those come from a secret drawn
   * at random for this store, so nobody can open another install's seeded invitations.
   */
  seed?: number;
  /** People in the workspace (default 200). */
  people?: number;
  /** Extra generated invitations, 10 000–100 000 for benchmarks (default 0). */
  size?: number;
  /**
   * A role with this many candidates at every stage, for benchmarks (default 0: none): the
   * `role_bulk` role of project `prj_eastlink`, filled from its own pool `pool_bulk`.
   */
  candidates?: number;
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  'Olivia',
  'Jack',
  'Amelia',
  'Noah',
  'Isla',
  'Liam',
  'Mia',
  'William',
  'Ava',
  'Oliver',
  'Grace',
  'Lucas',
  'Chloe',
  'Thomas',
  'Zoe',
  'Henry',
  'Ruby',
  'James',
  'Sofia',
  'Ethan',
  'Aroha',
  'Wiremu',
  'Priya',
  'Arjun',
  'Mei',
  'Hiroshi',
  'Fatima',
  'Omar',
  'Lena',
  'Mateo',
];
const lastNames = [
  'Nguyen',
  'Smith',
  'Williams',
  'Brown',
  'Wilson',
  'Taylor',
  'Singh',
  'Martin',
  'Anderson',
  'Walker',
  'Harris',
  'Kelly',
  'Chen',
  'Patel',
  "O'Brien",
  'Ngata',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'García',
  'Murphy',
  'Thompson',
  'White',
  'Campbell',
];
const middle = ['', '', '', 'James', 'Rose', 'Lee', 'Maria', 'Alexander', 'Jane'];
const certifications = [
  'White Card',
  'First Aid',
  'Working at Heights',
  'High Risk Licence (Crane)',
  'Electrical Licence',
  'Traffic Control',
  'Confined Space',
  'Forklift Licence',
];
const skills = [
  'Concreting',
  'Formwork',
  'Rigging',
  'Scaffolding',
  'Welding',
  'Cabling',
  'Surveying',
  'Plant operation',
];

/** 128 random bits as hex, from the platform's CSPRNG. */
function secretHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

export function seed(domain: Domain, options: SeedOptions = {}): void {
  const rand = random(options.seed ?? 1);
  const reproducible = options.seed !== undefined;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const now = domain.now;
  const state = domain.state;

  state.workspaces.push(
    { id: 'ws_harbour', name: 'Harbour Build Co.' },
    { id: 'ws_summit', name: 'Summit Rail' },
  );
  state.accounts.push(
    { token: 'demo-admin', workspaceId: 'ws_harbour', name: 'Alex Rivera', isAdmin: true },
    { token: 'demo-member', workspaceId: 'ws_harbour', name: 'Sam Lee', isAdmin: false },
    { token: 'demo-admin-other', workspaceId: 'ws_summit', name: 'Jordan Blake', isAdmin: true },
  );
  const ws = 'ws_harbour';
  const admin = { workspaceId: ws, name: 'Alex Rivera' };

  const pools = [
    { id: 'pool_civil', workspaceId: ws, name: 'Civil crew', memberIds: [] as string[] },
    { id: 'pool_electrical', workspaceId: ws, name: 'Electrical', memberIds: [] as string[] },
    { id: 'pool_safety', workspaceId: ws, name: 'Site safety', memberIds: [] as string[] },
  ];
  state.pools.push(...pools, {
    id: 'pool_summit',
    workspaceId: 'ws_summit',
    name: 'Track crew',
    memberIds: [],
  });

  const statuses: AccountStatus[] = [
    'active',
    'active',
    'active',
    'active',
    'active',
    'active',
    'invited',
    'invited',
    'initial',
    'disabled',
  ];
  const count = options.people ?? 200;
  const people: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    const first = firstNames[i % firstNames.length] ?? 'Alex';
    const last = lastNames[Math.floor(i / firstNames.length + i) % lastNames.length] ?? 'Smith';
    const status = statuses[i % statuses.length] ?? 'active';
    const year = 1960 + Math.floor(rand() * 45);
    const held = certifications.filter(() => rand() < 0.45);
    const person = domain.addPerson({
      id: `per_${String(i + 1).padStart(4, '0')}`,
      email: `${first}.${last}${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
      dateOfBirth: `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      firstName: first,
      middleNames: pick(middle),
      lastName: last,
      preferredName: i % 7 === 0 ? first.slice(0, 3) : null,
      mobile: `+614${String(10_000_000 + i * 7919).slice(0, 8)}`,
      skills: skills.filter(() => rand() < 0.3),
      certifications: held.includes('White Card') || rand() < 0.5 ? held : ['White Card', ...held],
      accountStatus: status,
      statusBeforeDisable: status === 'disabled' ? 'active' : null,
      platformRole: i % 25 === 3 ? 'client' : 'staff',
      workspaceIds: [ws],
      createdAt: now - (400 - (i % 300)) * DAY,
    });
    people.push(person);
    if (status !== 'initial') pools[i % 3]?.memberIds.push(person.id);
  }

  state.projects.push(
    { id: 'prj_riverside', workspaceId: ws, name: 'Riverside Tower', members: [] },
    { id: 'prj_eastlink', workspaceId: ws, name: 'Eastlink Depot', members: [] },
  );
  const roles: ProjectRole[] = ['Administrator', 'Manager', 'Member', 'Member', 'Viewer'];
  people
    .filter((p) => p.accountStatus === 'active' && p.platformRole === 'staff')
    .slice(0, 24)
    .forEach((p, i) => {
      state.projects[i % 2]?.members.push({
        personId: p.id,
        role: roles[i % roles.length] ?? 'Member',
        addedAt: now - (60 - i) * DAY,
      });
    });

  state.roles.push(
    {
      id: 'role_crane',
      workspaceId: ws,
      projectId: 'prj_riverside',
      poolId: 'pool_civil',
      title: 'Crane operator',
      requiredCertifications: ['White Card', 'High Risk Licence (Crane)'],
      headcount: 2,
      candidates: [],
    },
    {
      id: 'role_electrician',
      workspaceId: ws,
      projectId: 'prj_riverside',
      poolId: 'pool_electrical',
      title: 'Electrician',
      requiredCertifications: ['White Card', 'Electrical Licence'],
      headcount: 4,
      candidates: [],
    },
    {
      id: 'role_traffic',
      workspaceId: ws,
      projectId: 'prj_eastlink',
      poolId: 'pool_safety',
      title: 'Traffic controller',
      requiredCertifications: ['White Card', 'Traffic Control'],
      headcount: 3,
      candidates: [],
    },
    {
      id: 'role_supervisor',
      workspaceId: ws,
      projectId: 'prj_eastlink',
      poolId: 'pool_civil',
      title: 'Site supervisor',
      requiredCertifications: ['White Card', 'First Aid', 'Working at Heights'],
      headcount: 1,
      candidates: [],
    },
  );

  // Invitations in every status, spread over the last two months.
  const invite = (
    fields: Pick<InvitationRecord, 'kind' | 'targetId' | 'role' | 'email' | 'personId'>,
    status: InvitationRecord['status'],
    daysAgo: number,
    sends = 1,
  ): InvitationRecord => {
    const sentAt = now - daysAgo * DAY;
    // Resent every two days at most, never later than now (R7).
    const lastSentAt = sentAt + (sends - 1) * Math.min(2 * DAY, (now - sentAt) / sends);
    // Drawn either way, so the data after it is the same with or without a fixed seed.
    const drawn = Math.floor(rand() * 1e9).toString(36);
    // Answered the day after the last send (or now, if that is sooner).
    const answered = Math.min(now, lastSentAt + DAY);
    return domain.addInvitation({
      id: domain.nextId('inv'),
      token: reproducible
        ? `it_seed_${String(state.invitations.length)}_${drawn}`
        : `it_${secretHex()}`,
      workspaceId: ws,
      ...fields,
      message: null,
      status,
      sentAt,
      // Expired early by an admin (R8): its link stopped working then, halfway to now.
      expiresAt: status === 'expired' ? (lastSentAt + now) / 2 : lastSentAt + INVITATION_TTL,
      sendCount: sends,
      lastSentAt,
      invitedBy: admin.name,
      respondedAt:
        status === 'accepted' || status === 'declined' || status === 'revoked' ? answered : null,
    });
  };
  people.forEach((p, i) => {
    if (p.accountStatus === 'invited')
      invite(
        { kind: 'workspace', targetId: ws, role: null, email: p.email, personId: p.id },
        'pending',
        i % 20,
        1 + (i % 3),
      );
  });
  const outsiders = Array.from({ length: 30 }, (_, i) =>
    `${pick(firstNames)}.${pick(lastNames)}.${i}@contractor.example`
      .toLowerCase()
      .replace(/[^a-z0-9.@]/g, ''),
  );
  const mixes: { status: InvitationRecord['status']; daysAgo: number }[] = [
    { status: 'pending', daysAgo: 3 },
    { status: 'pending', daysAgo: 12 },
    { status: 'pending', daysAgo: 26 },
    { status: 'accepted', daysAgo: 20 },
    { status: 'declined', daysAgo: 15 },
    { status: 'pending', daysAgo: 45 },
    { status: 'expired', daysAgo: 10 },
    { status: 'revoked', daysAgo: 8 },
  ];
  outsiders.forEach((email, i) => {
    const mix = mixes[i % mixes.length] ?? { status: 'pending', daysAgo: 1 };
    const kind: InvitationKind = i % 3 === 0 ? 'contact' : 'project';
    const targetId = kind === 'contact' ? ws : (state.projects[i % 2]?.id ?? 'prj_riverside');
    invite(
      {
        kind,
        targetId,
        role: kind === 'project' ? (roles[i % roles.length] ?? 'Member') : null,
        email,
        personId: null,
      },
      mix.status,
      mix.daysAgo,
      1 + (i % 4),
    );
  });

  // Generated invitations for benchmarks.
  const kinds: InvitationKind[] = ['project', 'pool', 'workspace', 'contact'];
  for (let i = 0; i < (options.size ?? 0); i++) {
    const mix = mixes[i % mixes.length] ?? { status: 'pending', daysAgo: 1 };
    const kind = kinds[i % kinds.length] ?? 'project';
    const targetId =
      kind === 'project'
        ? (state.projects[i % 2]?.id ?? '')
        : kind === 'pool'
          ? (pools[i % 3]?.id ?? '')
          : ws;
    invite(
      {
        kind,
        targetId,
        role: kind === 'project' ? 'Member' : null,
        email: `bulk${i}@load.example`,
        personId: null,
      },
      mix.status,
      (i % 60) + rand(),
      1 + (i % 3),
    );
  }

  // The crane operator's pipeline, as a team would have it a few weeks in: people invited (one
  // declined), applicants, offers out, one confirmed of two, and rejections with their reasons.
  const crane = state.roles[0];
  const civilActive =
    pools[0]?.memberIds
      .map((id) => people.find((p) => p.id === id))
      .filter(
        (p): p is PersonRecord =>
          p?.accountStatus === 'active' && p.certifications.includes('White Card'),
      ) ?? [];
  const history: {
    stage: CandidateRecord['stage'];
    days: number;
    declined?: true;
    reason?: string;
  }[] = [
    { stage: 'invited', days: 1 },
    { stage: 'invited', days: 2 },
    { stage: 'invited', days: 4 },
    { stage: 'invited', days: 6, declined: true },
    { stage: 'invited', days: 9 },
    { stage: 'applied', days: 2 },
    { stage: 'applied', days: 3 },
    { stage: 'applied', days: 8 },
    { stage: 'applied', days: 12 },
    { stage: 'offered', days: 1 },
    { stage: 'offered', days: 5 },
    { stage: 'confirmed', days: 10 },
    { stage: 'rejected', days: 3, reason: 'Crane licence expired in June' },
    { stage: 'rejected', days: 7, reason: 'Not available until March' },
    { stage: 'rejected', days: 14 },
  ];
  civilActive.slice(0, history.length).forEach((p, i) => {
    const { stage, days, declined, reason } = history[i] ?? { stage: 'invited', days: 1 };
    const invitation = invite(
      {
        kind: 'role',
        targetId: crane?.id ?? '',
        role: crane?.title ?? null,
        email: p.email,
        personId: p.id,
      },
      declined ? 'declined' : stage === 'invited' ? 'pending' : 'accepted',
      days + 2,
    );
    crane?.candidates.push({
      personId: p.id,
      stage,
      inviteDeclined: declined ?? false,
      invitationId: invitation.id,
      updatedAt: now - days * DAY,
      stageSince: now - days * DAY,
      rejectionReason: reason ?? null,
    });
  });

  if (options.candidates) bulkRole(domain, options.candidates, rand);

  // A batch with every kind of row, to reopen (R14).
  const batch = domain.createBatch(admin, 'pool_civil', 'October site induction');
  const existing = people.find(
    (p) => p.accountStatus === 'active' && !pools[0]?.memberIds.includes(p.id),
  );
  domain.uploadRows(admin, batch.id, [
    {
      email: 'maya.kaur@example.net',
      dateOfBirth: '1994-03-17',
      firstName: 'Maya',
      middleNames: '',
      lastName: 'Kaur',
      preferredName: '',
      mobile: '0412 345 678',
    },
    existing
      ? {
          email: existing.email,
          dateOfBirth: existing.dateOfBirth ?? '1980-01-01',
          firstName: existing.firstName,
          middleNames: existing.middleNames,
          lastName: existing.lastName,
          preferredName: '',
          mobile: existing.mobile ?? '',
        }
      : {
          email: 'someone@example.net',
          dateOfBirth: '1980-01-01',
          firstName: 'Some',
          lastName: 'One',
        },
    {
      email: 'not-an-email',
      dateOfBirth: '1990-02-31',
      firstName: 'Tom',
      middleNames: '',
      lastName: '',
      preferredName: '',
      mobile: '12345',
    },
  ]);
  // Shareable links (R30): sign-ups waiting for approval, to a pool and to the team's contacts.
  const signUp = (token: string, first: string, last: string, year: number) =>
    domain.signup(token, {
      email: `${first}.${last}@signup.example`.toLowerCase(),
      dateOfBirth: `${year}-06-15`,
      firstName: first,
      lastName: last,
    });
  const poolLink = domain.createLink(admin, 'pool_civil');
  const poolToken = new URL(poolLink.url, 'http://x').searchParams.get('link') ?? '';
  signUp(poolToken, 'Tama', 'Walker', 1993);
  signUp(poolToken, 'Leila', 'Haddad', 1988);
  const contactLink = domain.createContactLink(admin);
  signUp(new URL(contactLink.url, 'http://x').searchParams.get('link') ?? '', 'Noor', 'Aziz', 1979);
  state.outbox.length = 0;
}

/** A role with `n` candidates spread over the stages as a busy one would be, for benchmarks. */
function bulkRole(domain: Domain, n: number, rand: () => number): void {
  const state = domain.state;
  const now = domain.now;
  const ws = 'ws_harbour';
  const pool = {
    id: 'pool_bulk',
    workspaceId: ws,
    name: 'Formwork crew',
    memberIds: [] as string[],
  };
  const role = {
    id: 'role_bulk',
    workspaceId: ws,
    projectId: 'prj_eastlink',
    poolId: pool.id,
    title: 'Formwork carpenter',
    requiredCertifications: ['White Card', 'Working at Heights'],
    headcount: Math.max(1, Math.round(n / 50)),
    candidates: [] as CandidateRecord[],
  };
  // Shares of the stages: 40 % matches, 15 % invited, 25 % applied, 8 % offered, 2 % confirmed,
  // 10 % rejected (2,000 candidates: 500 applicants).
  const shares: [CandidateRecord['stage'] | 'matches', number][] = [
    ['matches', 0.4],
    ['invited', 0.15],
    ['applied', 0.25],
    ['offered', 0.08],
    ['confirmed', 0.02],
    ['rejected', 0.1],
  ];
  let i = 0;
  for (const [stage, share] of shares) {
    const count = stage === 'rejected' ? n - i : Math.round(n * share);
    for (let k = 0; k < count; k++, i++) {
      const first = firstNames[i % firstNames.length] ?? 'Alex';
      const last = lastNames[(i * 7) % lastNames.length] ?? 'Smith';
      const person = domain.addPerson({
        id: `per_b${String(i + 1).padStart(5, '0')}`,
        email: `${first}.${last}.b${i}@crew.example`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
        dateOfBirth: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
        firstName: first,
        middleNames: i % 4 === 0 ? 'Lee' : '',
        lastName: last,
        preferredName: i % 9 === 0 ? first.slice(0, 3) : null,
        mobile: null,
        skills: ['Formwork'],
        certifications: rand() < 0.7 ? ['White Card', 'Working at Heights'] : ['White Card'],
        accountStatus: stage === 'matches' && i % 20 === 0 ? 'invited' : 'active',
        statusBeforeDisable: null,
        platformRole: 'staff',
        workspaceIds: [ws],
        createdAt: now - 200 * DAY,
      });
      pool.memberIds.push(person.id);
      if (stage === 'matches') continue;
      const since = now - Math.floor(rand() * 30 * DAY);
      role.candidates.push({
        personId: person.id,
        stage,
        inviteDeclined: stage === 'invited' && k % 10 === 0,
        invitationId: null,
        updatedAt: since,
        stageSince: since,
      });
    }
  }
  state.pools.push(pool);
  state.roles.push(role);
}
