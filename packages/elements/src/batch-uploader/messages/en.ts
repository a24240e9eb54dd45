import { formatNumber } from '../../shared/messages/format.js';
import type { UploaderMessages } from './types.js';

const num = (n: number) => formatNumber('en', n);
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const en: UploaderMessages = {
  title: (pool) => `Add people to ${pool} from a spreadsheet`,
  contactsTitle: 'Import trusted contacts from a spreadsheet',
  startTitle: 'Start a new batch',
  batchName: 'Batch name',
  batchNameHint: 'For example "Night shift, December". You can reopen it later.',
  pool: 'Pool',
  start: 'Start batch',
  reopenTitle: 'Or reopen a batch',
  noBatches: 'No batches yet.',
  reopen: (name) => `Reopen ${name}`,
  batchCounts: (uploaded, invited, accepted) =>
    `${num(uploaded)} uploaded · ${num(invited)} invited · ${num(accepted)} accepted`,
  template: 'Download the CSV template',
  otherBatch: 'Start or reopen another batch',
  dropTitle: 'Upload a file',
  drop: 'Drop a CSV, TSV or Excel (.xlsx) file here, or',
  choose: 'Choose a file',
  accepts: (maxRows, maxSize) => `Up to ${maxRows} rows and ${maxSize}.`,
  reading: (name) => `Reading ${name}…`,
  readRows: (n) => `${num(n)} ${plural(n, 'row', 'rows')} read`,
  fatal: {
    empty: 'This file is empty: there is nothing to upload.',
    tooBig: 'This file is too large.',
    binary:
      'This is not a spreadsheet we can read (it looks like a binary file renamed). Save it as CSV or .xlsx and try again.',
    oldExcel: 'This is an old Excel file (.xls). Save it as .xlsx or CSV and try again.',
    noRows: 'This file has a header row but no people in it.',
    badXlsx: 'We could not read this workbook. Save it again as .xlsx or CSV and try again.',
  },
  tooBig: (size) => `This file is larger than ${size}. Split it into smaller files.`,
  fileSummary: (name, rows) => `${name}: ${num(rows)} ${plural(rows, 'row', 'rows')}`,
  encoding: 'Encoding',
  encodingHint: 'If names show odd characters (like "JosÃ©"), try another encoding.',
  encodings: {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252 (Western, older Excel)',
    'utf-16le': 'UTF-16 (little-endian)',
    'utf-16be': 'UTF-16 (big-endian)',
  },
  encodingGuessed:
    'This file is not UTF-8, so we read it as Windows-1252 (Excel on Windows). Check the names in the preview.',
  delimiter: 'Separator',
  delimiters: { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Vertical bar' },
  sheet: 'Sheet',
  preview: 'The first rows, as they are in the file',
  mappingTitle: 'Columns',
  mappingHint: 'We matched the file’s headers to these fields. Change any that are wrong.',
  columnFor: (field) => `Column for ${field}`,
  notInFile: '— Not in the file —',
  unmapped: (fields) => `Choose a column for ${fields} to continue.`,
  datesTitle: 'Dates of birth',
  datesAmbiguous:
    'Every date in this file reads two ways (03/04/1990 is 3 April or March 4). Which comes first?',
  dayFirst: 'Day first (03/04/1990 is 3 April 1990)',
  monthFirst: 'Month first (03/04/1990 is March 4, 1990)',
  datesMixed:
    'Some dates read day first and others month first. The rows whose dates do not fit are marked.',
  notes: {
    malformedQuote: (line) =>
      `Line ${num(line)} of the file has a quote that is not closed properly; that line was read as plain cells.`,
    tooManyRows: (max, total) =>
      `Only the first ${num(max)} of ${num(total)} rows were read. Upload the rest as another file.`,
    blankRows: (count) => `${num(count)} blank ${plural(count, 'row was', 'rows were')} skipped.`,
  },
  localSummary: (rows, problems) =>
    `${num(rows)} ${plural(rows, 'row', 'rows')}: ${num(rows - problems)} ready, ${num(problems)} with problems.`,
  upload: (rows) => `Upload and check ${num(rows)} ${plural(rows, 'row', 'rows')}`,
  discard: 'Discard this file',
  checking: 'Checking with the pool’s records',
  checked: (done, total) => `${num(done)} of ${num(total)} rows checked`,
  checkFailed: 'The check stopped. The rows checked so far are kept.',
  uploadRest: (rows) => `Upload the other ${num(rows)} ${plural(rows, 'row', 'rows')}`,
  alreadyInBatch: (rows) =>
    `${num(rows)} ${plural(rows, 'row of this file was', 'rows of this file were')} already in this batch, the same in every field, so ${plural(rows, 'it was', 'they were')} not uploaded again.`,
  interrupted: (name, checked, total) =>
    `The check of ${name} stopped after ${num(checked)} of ${num(total)} rows (the page was closed or reloaded). Drop the same file again to check the rest: the rows already in this batch are recognised and not uploaded twice.`,
  stop: 'Stop',
  stopping: 'Stopping after the rows on their way…',
  tabs: { uploaded: 'Uploaded', invited: 'Invited', accepted: 'Accepted' },
  tabsLabel: 'Rows by stage',
  problemsOnly: (n) => `Only rows with problems (${num(n)})`,
  exportProblems: 'Export rows with problems (CSV)',
  gridLabel: 'Uploaded rows',
  columns: {
    row: 'Row',
    person: 'Person',
    dateOfBirth: 'Date of birth',
    mobile: 'Mobile',
    check: 'Check',
    problems: 'Problems',
    tags: 'Tags',
  },
  from: (raw) => `from “${raw}”`,
  checks: {
    existing: 'Existing profile',
    new: 'New person',
    invalid: 'Needs fixing',
    local: 'Not checked yet',
  },
  stages: {
    uploaded: 'Uploaded',
    invited: 'Invited',
    accepted: 'Accepted',
    declined: 'Declined',
    expired: 'Expired',
  },
  needsActivation: 'Must activate their account first',
  noProblems: '—',
  empty: 'No rows here yet.',
  emptyFiltered: 'No rows with problems here.',
  rowLabel: (line, who) => (line ? `Row ${num(line)}: ${who}` : who),
  actionsFor: (who) => `Actions for ${who}`,
  edit: 'Correct',
  remove: 'Remove',
  confirmRemove: (n) =>
    `Remove ${num(n)} ${plural(n, 'row', 'rows')} from this batch? They were not invited.`,
  removed: (n) => `${num(n)} ${plural(n, 'row', 'rows')} removed.`,
  removeSelected: (n) => `Remove selected (${num(n)})`,
  correctTitle: (line) => (line ? `Correct row ${num(line)}` : 'Correct this person'),
  saveCheck: 'Save and check again',
  corrected: (who, ok) => (ok ? `${who} is ready to invite.` : `${who} still needs fixing.`),
  inviteTitle: 'Invite',
  inviteSelected: (n) => `Invite selected (${num(n)})`,
  inviteAll: (n) => `Invite all valid rows (${num(n)})`,
  inviting: 'Inviting…',
  invitedSoFar: (done, total) => `${num(done)} of ${num(total)} done`,
  invitedResult: (invited, accepted, failed) =>
    `${num(invited)} invited, ${num(accepted)} added straight away${failed ? `, ${num(failed)} failed` : ''}.`,
  failedRow: (line, who, why) => `${line ? `Row ${num(line)} ` : ''}(${who}): ${why}`,
  retryFailed: (n) => `Retry the ${num(n)} failed ${plural(n, 'row', 'rows')}`,
  nothingToInvite: 'No valid rows to invite.',
  importSelected: (n) => `Import selected (${num(n)})`,
  importAll: (n) => `Import all valid rows (${num(n)})`,
  importedResult: (invited, connected, failed) =>
    `${num(invited)} invited, ${num(connected)} connection ${plural(connected, 'request', 'requests')} sent${failed ? `, ${num(failed)} failed` : ''}.`,
  outcomes: {
    reviewed: 'Ready',
    invited: 'Invited',
    'connection-requested': 'Connection requested',
    skipped: 'Not imported',
  },
  problems: {
    required: (field) => `${field} is missing.`,
    email: 'Not an email address (like name@example.com).',
    tooLong: (field, max) => `${field} is longer than ${num(max)} characters.`,
    dateUnreadable: 'Not a date we can read (try 1990-04-03).',
    dateNotReal: 'Not a real date (no such day in that month).',
    dateFuture: 'A date of birth must be in the past.',
    dateTooOld: 'A date of birth more than 130 years ago.',
    mobileExcel:
      'Excel turned this number into 6.14123E+10 and dropped its last digits. Type it again in full.',
    mobileInvalid: (country) =>
      `Not a mobile number (for numbers without +, we assume ${country}).`,
    duplicate: (line) => `The same email as row ${num(line)}.`,
    extraCells: (n) =>
      `${num(n)} more ${plural(n, 'cell', 'cells')} than the header; the extra ones were left out.`,
    malformedQuote: (line) =>
      `A quote on line ${num(line)} of the file is not closed; check this row’s cells.`,
  },
  csv: { row: 'Row', problems: 'Problems' },
};
