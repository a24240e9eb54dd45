import type { InvitationStatus, ProjectRole } from '@invitekit/sdk';

// The message catalogue every element draws its words from. A translation implements all of it,
// so a missing string is a type error, not an English word in a French page.

export interface Messages {
  /** BCP 47 tag of this catalogue, for Intl. */
  readonly locale: string;
  readonly common: {
    optional: string;
    required: string;
    loading: string;
    retry: string;
    cancel: string;
    back: string;
    close: string;
    sending: string;
    characters: (used: number, max: number) => string;
    visibleToTeam: string;
    fixFields: (count: number) => string;
  };
  readonly config: {
    title: string;
    body: (tag: string) => string;
    console: (tag: string) => string;
    /** When `client` arrived as an attribute: rendered before it was defined. */
    attributeBody: (tag: string) => string;
    attributeConsole: (tag: string) => string;
  };
  /**
   * What the kit says for each error code of the API (and each refusal its `details` tell apart);
   * the API's own message shows only for a code the kit does not know.
   */
  readonly errors: {
    network: string;
    timeout: string;
    rateLimited: (seconds: number) => string;
    unexpected: string;
    loadFailed: string;
    unauthorized: string;
    forbidden: string;
    notFound: { project: string; pool: string; other: string };
    validation: string;
    linkExpired: string;
    /** A conflict the kit has no sentence of its own for. */
    conflictTitle: string;
    conflict: string;
    /** R13: a pending invitation to the same target. `role` may be empty. */
    pendingTitle: string;
    pending: (email: string, target: string, role: string, sentOn: string) => string;
    openInvitation: string;
    memberTitle: string;
    member: (name: string, target: string, role: string) => string;
    /** R11: a platform role held elsewhere rules the requested project role out. */
    roleConflictTitle: string;
    roleConflict: (name: string, held: string, requested: string, allowed: string) => string;
    /** R12: not activated yet, or disabled. */
    notActivatedTitle: string;
    notActivated: (name: string) => string;
    disabledTitle: string;
    disabled: (name: string) => string;
    alreadySignedUp: string;
    /** R25: a move the status does not allow. */
    expiredReinvite: string;
    notNow: (status: string) => string;
    changed: string;
  };
  /** Field messages, for the SDK's request schemas and the API's field errors. */
  readonly validation: {
    required: (field: string) => string;
    tooLong: (field: string, max: number) => string;
    email: string;
    link: string;
    chooseRole: string;
    realDate: string;
    pastDate: string;
    invalid: (field: string) => string;
  };
  /** Platform roles a person may hold elsewhere (R11), by the API's name for them. */
  readonly platformRoles: Record<string, string>;
  /** Project roles (the contract's `projectRoles`), as a user reads them. */
  readonly roles: Record<ProjectRole, string>;
  readonly fields: {
    email: string;
    emailHint: string;
    dateOfBirth: string;
    dateOfBirthHint: string;
    firstName: string;
    middleNames: string;
    lastName: string;
    preferredName: string;
    namesHint: string;
    projectRole: string;
    chooseRole: string;
    message: string;
    messageHint: string;
    name: string;
    links: string;
    linksHint: string;
    files: string;
    skills: string;
    skillsHint: string;
    job: string;
    chooseJob: string;
  };
  readonly inviteForm: {
    projectTitle: string;
    poolTitle: string;
    contactTitle: string;
    review: string;
    reviewTitle: string;
    reviewInvite: (email: string, project: string, role: string) => string;
    reviewAdd: (name: string, project: string, role: string) => string;
    validFor: (days: number) => string;
    send: string;
    lookUp: string;
    existingProfile: (name: string) => string;
    newProfile: string;
    invite: string;
    inviteAndOffer: string;
    addedTitle: string;
    added: (name: string, project: string, role: string) => string;
    invitedTitle: string;
    invited: (email: string, target: string, expires: string) => string;
    acceptedTitle: string;
    acceptedToPool: (name: string, pool: string) => string;
    needsActivation: string;
    connectionTitle: string;
    connectionRequested: (email: string) => string;
    contactInvited: (email: string) => string;
    offered: (job: string) => string;
    another: string;
    individualBatch: string;
    /** Shareable links (R30). */
    howToInvite: string;
    inviteOne: string;
    shareLink: string;
    shareNotePool: (pool: string) => string;
    shareNoteContact: string;
    createLink: string;
    linksLabel: string;
    noLinks: string;
    linkCreatedOn: (date: string) => string;
    signupCount: (n: number) => string;
    linkRevokedState: string;
    copyLink: string;
    linkCopied: string;
    copyByHand: string;
    revokeLink: string;
    confirmRevoke: string;
    linkCreated: string;
    linkRevoked: string;
  };
  readonly table: {
    label: string;
    accountsLabel: string;
    search: string;
    statusFilter: string;
    all: string;
    status: Record<InvitationStatus, string>;
    account: Record<'initial' | 'invited' | 'active' | 'disabled', string>;
    kind: Record<'workspace' | 'pool' | 'project' | 'role' | 'contact', string>;
    columns: {
      select: string;
      person: string;
      what: string;
      status: string;
      sent: string;
      expires: string;
      times: string;
      invitedBy: string;
      actions: string;
      account: string;
      pools: string;
      /** CSV export headers for values the table shows inside other columns. */
      email: string;
      role: string;
      expiresAt: string;
    };
    expiresIn: (relative: string) => string;
    expiredAgo: (relative: string) => string;
    /** Expired early (by an admin), its planned expiry still ahead. */
    expired: string;
    closed: string;
    selectRow: (who: string) => string;
    selectAll: string;
    selected: (n: number) => string;
    /** Under the sent date when the times-sent and invited-by columns do not fit. */
    timesBy: (times: number, invitedBy: string) => string;
    actionsFor: (who: string) => string;
    resend: string;
    expire: string;
    confirmExpire: (who: string) => string;
    reinvite: string;
    copyLink: string;
    copied: string;
    details: string;
    sendInvite: string;
    resendInvite: string;
    disable: string;
    enable: string;
    bulkResend: string;
    bulkExpire: string;
    bulkDone: (ok: number, failed: number) => string;
    /** Sign-ups through a shared link (R30): approving is a security step. */
    approve: string;
    reject: string;
    bulkApprove: (n: number) => string;
    bulkReject: (n: number) => string;
    confirmApprove: (who: string, target: string) => string;
    confirmReject: (who: string) => string;
    confirmApproveMany: (n: number) => string;
    confirmRejectMany: (n: number) => string;
    signupsWaiting: (n: number) => string;
    showSignups: string;
    exportCsv: string;
    empty: string;
    emptyFiltered: string;
    loading: string;
    loadMore: string;
    showing: (shown: number, total: number) => string;
    done: (action: string, who: string) => string;
  };
  readonly time: {
    /** "in 30 days", "in 2 hours": Intl.RelativeTimeFormat in this locale. */
    relative: (ms: number) => string;
    date: (iso: string) => string;
    /** "10,000" / "10 000": Intl.NumberFormat in this locale. */
    number: (n: number) => string;
    /** "50 MB": Intl's unit format in this locale. */
    size: (bytes: number) => string;
  };
}
