// The words <role-pipeline> says: every translation implements all of them, so a missing string
// is a type error, not an English word in a French page.
export interface PipelineMessages {
  /** The board's accessible name. */
  label: (role: string) => string;
  loading: string;
  stages: Record<'matches' | 'invited' | 'applied' | 'offered' | 'confirmed' | 'rejected', string>;
  headcount: (confirmed: number, needed: number) => string;
  requires: (certifications: string[]) => string;
  nothingRequired: string;
  search: string;
  show: string;
  filters: Record<'' | 'complete' | 'partial' | 'declined' | 'inactive', string>;
  order: string;
  sorts: Record<'manual' | 'time' | 'name', string>;
  compact: string;
  /** A column's count: "4", or "2 of 4" while a search or filter hides some. */
  count: (shown: number, total: number) => string;
  selectColumn: (stage: string) => string;
  selectCard: (who: string) => string;
  actionsFor: (who: string) => string;
  /** A menu item; `dialog` when it asks something first ("Move to Rejected…"). */
  moveTo: (stage: string, dialog: boolean) => string;
  details: string;
  /** "4 days in stage" ("4d" when `short`): Intl's units. */
  inStage: (ms: number, short?: boolean) => string;
  /** "4 days": Intl's units. */
  duration: (ms: number) => string;
  holds: (certification: string) => string;
  lacks: (certification: string) => string;
  declined: string;
  /** R23: why a person whose account is not active cannot be invited. */
  inactive: Record<'initial' | 'invited' | 'disabled', string>;
  inactiveTag: string;
  reason: (reason: string) => string;
  rejected: (count: string) => string;
  empty: (stage: string) => string;
  emptyFiltered: string;
  selected: (n: number) => string;
  moveSelected: string;
  /** A bulk menu item: "Offered (8 of 10)…" when only some of the selection can go there. */
  bulkTo: (stage: string, eligible: number, selected: number, dialog: boolean) => string;
  moveSelectionLabel: (n: number) => string;
  clearSelection: string;
  people: (n: number) => string;
  inviteQuestion: (who: string) => string;
  inviteMessage: string;
  sendInvite: string;
  rejectQuestion: (who: string) => string;
  reject: string;
  rejectReason: string;
  rejectNotify: string;
  rejectMatchesNote: string;
  /** Why someone of a selection is left out of a move. */
  why: {
    inactive: string;
    transition: (stage: string) => string;
  };
  skipped: (n: number) => string;
  moved: (who: string, stage: string) => string;
  reordered: (who: string, position: number, of: number) => string;
  undo: string;
  undoHint: string;
  undone: (who: string, stage: string) => string;
  dismiss: string;
  notMoved: (n: number) => string;
  rolledBack: (who: string) => string;
  /** On every card: how to move it by keyboard. */
  cardHelp: string;
  moveStart: (who: string, stage: string) => string;
  moveOver: (stage: string, position: number, of: number) => string;
  moveOverSorted: (stage: string, order: string) => string;
  moveBack: (stage: string) => string;
  moveCancelled: string;
  cannotMove: (who: string, stage: string) => string;
  picker: string;
  detailsTitle: (who: string) => string;
  detailFields: {
    shownAs: string;
    legalName: string;
    email: string;
    account: string;
    certifications: string;
    missing: string;
    since: string;
    reason: string;
    none: string;
  };
  refreshed: string;
}
