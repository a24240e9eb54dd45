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
  readonly errors: {
    network: string;
    timeout: string;
    rateLimited: (seconds: number) => string;
    unexpected: string;
    loadFailed: string;
    conflictTitle: string;
    inactiveTitle: string;
    openInvitation: string;
  };
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
    reviewInactive: string;
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
  };
  readonly table: {
    label: string;
    accountsLabel: string;
    search: string;
    statusFilter: string;
    all: string;
    status: Record<'pending' | 'accepted' | 'declined' | 'expired' | 'revoked', string>;
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
