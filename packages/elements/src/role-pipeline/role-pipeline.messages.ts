// <role-pipeline>'s own words, kept out of the other elements' bundles: the interface every
// translation implements (a missing string is a type error), English, and the catalogue that loads
// the others on first use. The words every element shares are in shared/messages/.
import { Catalogue } from '../shared/messages/index.js';
import { formatNumber } from '../shared/messages/format.js';

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
  inStage: (duration: string) => string;
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

const num = (n: number) => formatNumber('en', n);
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const en: PipelineMessages = {
  label: (role) => `Pipeline for ${role}`,
  loading: 'Loading the pipeline…',
  stages: {
    matches: 'Matches',
    invited: 'Invited',
    applied: 'Applied',
    offered: 'Offered',
    confirmed: 'Confirmed',
    rejected: 'Rejected',
  },
  headcount: (confirmed, needed) => `${num(confirmed)} of ${num(needed)} confirmed`,
  requires: (certifications) => `Requires ${certifications.join(', ')}`,
  nothingRequired: 'No certifications required',
  search: 'Search by name or email',
  show: 'Show',
  filters: {
    '': 'Everyone',
    complete: 'Full matches',
    partial: 'Partial matches',
    declined: 'Declined invitations',
    inactive: 'Accounts not active',
  },
  order: 'Order',
  sorts: { manual: 'Your order', time: 'Time in stage', name: 'Name' },
  compact: 'Compact',
  count: (shown, total) => (shown === total ? num(total) : `${num(shown)} of ${num(total)}`),
  selectColumn: (stage) => `Select everyone shown in ${stage}`,
  selectCard: (who) => `Select ${who}`,
  actionsFor: (who) => `Actions for ${who}`,
  moveTo: (stage, dialog) => `Move to ${stage}${dialog ? '…' : ''}`,
  details: 'Details…',
  inStage: (duration) => `${duration} in stage`,
  holds: (certification) => `Has ${certification}`,
  lacks: (certification) => `Missing ${certification}`,
  declined: 'Invite declined',
  inactive: {
    initial: 'Has no active account yet, so they cannot be invited.',
    invited: 'Has not activated their account yet, so they cannot be invited.',
    disabled: 'Account disabled, so they cannot be invited.',
  },
  inactiveTag: 'Account not active',
  reason: (reason) => `Reason: ${reason}`,
  rejected: (count) => `Rejected (${count})`,
  empty: (stage) => `No one in ${stage}.`,
  emptyFiltered: 'No one here matches.',
  selected: (n) => `${num(n)} selected`,
  moveSelected: 'Move to…',
  bulkTo: (stage, eligible, selected, dialog) =>
    `${stage}${eligible === selected ? '' : ` (${num(eligible)} of ${num(selected)})`}${dialog ? '…' : ''}`,
  moveSelectionLabel: (n) => `Move ${num(n)} selected ${plural(n, 'person', 'people')}`,
  clearSelection: 'Clear selection',
  people: (n) => `${num(n)} ${plural(n, 'person', 'people')}`,
  inviteQuestion: (who) =>
    `Invite ${who} to apply? Each gets an email with a link to the job details.`,
  inviteMessage: 'Message (optional)',
  sendInvite: 'Send invitation',
  rejectQuestion: (who) => `Reject ${who}?`,
  reject: 'Reject',
  rejectReason: 'Reason (your team only)',
  rejectNotify: 'Email them the decision',
  rejectMatchesNote: 'People still in Matches were never contacted and get no email.',
  why: {
    inactive: 'account not active',
    transition: (stage) => `cannot move to ${stage} from their stage`,
  },
  skipped: (n) => `${num(n)} skipped:`,
  moved: (who, stage) => `${who} moved to ${stage}.`,
  reordered: (who, position, of) => `${who} is now ${num(position)} of ${num(of)}.`,
  undo: 'Undo',
  undoHint: 'Undo with Control+Z while this shows; nothing is sent until then.',
  undone: (who, stage) => `Undone: ${who} back in ${stage}. Nothing was sent.`,
  dismiss: 'Dismiss',
  notMoved: (n) => `${num(n)} not moved`,
  rolledBack: (who) => `${who} could not be moved and is back where they were.`,
  cardHelp:
    'Enter to move, Shift+Space to select, Shift+Up or Down to select more, Control+Z to undo.',
  moveStart: (who, stage) =>
    `Moving ${who}, from ${stage}. Left and Right pick the column, Up and Down the place, Enter drops, Escape cancels.`,
  moveOver: (stage, position, of) => `${stage}, place ${num(position)} of ${num(of)}.`,
  moveOverSorted: (stage, order) => `${stage}, sorted by ${order.toLowerCase()}.`,
  moveBack: (stage) => `Back in ${stage}: Enter leaves them there.`,
  moveCancelled: 'Move cancelled.',
  cannotMove: (who, stage) => `${who} cannot move to ${stage}.`,
  picker: 'Stage',
  detailsTitle: (who) => `Details: ${who}`,
  detailFields: {
    shownAs: 'Shown as',
    legalName: 'Legal name',
    email: 'Email',
    account: 'Account',
    certifications: 'Certifications',
    missing: 'Missing for this role',
    since: 'In this stage since',
    reason: 'Rejection reason',
    none: 'None',
  },
  refreshed: 'The pipeline changed: updated.',
};

export const pipelineMessages = new Catalogue<PipelineMessages>(en, {
  fr: () => import('./role-pipeline.messages.fr.js').then((m) => m.fr),
});
