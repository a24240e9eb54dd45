// The uploader's rows on the main thread: a row of the file (checked in the browser), then of
// the batch (checked by the API). Plain functions over them: problems in the reader's words,
// which rows can be invited, chunks for the API, and the CSV files the uploader offers.
import type { BatchEntry, ImportContactsResult, SheetRow } from '@invitekit/sdk';
import { toCsv } from '../shared/csv.js';
import type { Messages } from '../shared/messages/index.js';
import type { UploaderMessages } from './messages/index.js';
import { fieldsOf, type Field, type RowProblem, type UploadMode } from './read/protocol.js';

/** The shared catalogue with the uploader's own words. */
export type Words = Messages & { uploader: UploaderMessages };

export type ContactResult = ImportContactsResult['rows'][number];

export interface Row {
  /** The entry id once the API has it; `line:N` before. */
  key: string;
  line: number | null;
  /** Per field of the mode: what is (or will be) sent. */
  values: string[];
  /** Per field, the text in the file when it was read differently (dates, mobiles). */
  raw: (string | null)[] | null;
  /** What the browser found (this session only). */
  local: RowProblem[];
  /** Pool mode: the batch entry, once uploaded. */
  entry: BatchEntry | null;
  /** Contacts mode: the API's review or import of the row. */
  contact: ContactResult | null;
  /** Why the last invitation of this row failed. */
  failure: string | null;
}

export const rowFromEntry = (entry: BatchEntry): Row => ({
  key: entry.id,
  line: entry.line,
  values: fieldsOf('pool').map((f) => (entry.details as Record<string, string>)[f] ?? ''),
  raw: null,
  local: [],
  entry,
  contact: null,
  failure: null,
});

export const fieldLabel = (t: Words, field: Field): string =>
  field === 'tags' || field === 'mobile' ? t.uploader.columns[field] : t.fields[field];

/** One problem in the reader's words. */
export function problemText(t: Words, mode: UploadMode, p: RowProblem, country: string): string {
  const m = t.uploader.problems;
  const field = fieldsOf(mode)[p.field];
  const label = field ? fieldLabel(t, field) : '';
  switch (p.code) {
    case 'required':
      return m.required(label);
    case 'tooLong':
      return m.tooLong(label, p.arg ?? 100);
    case 'mobileInvalid':
      return m.mobileInvalid(country);
    case 'duplicate':
      return m.duplicate(p.arg ?? 0);
    case 'extraCells':
      return m.extraCells(p.arg ?? 0);
    case 'malformedQuote':
      return m.malformedQuote(p.arg ?? 0);
    default:
      return m[p.code];
  }
}

/** Every problem of a row: the browser's (more precise), then the API's for other fields. */
export function problemsOf(
  t: Words,
  mode: UploadMode,
  row: Row,
  country: string,
): { field: number; text: string }[] {
  const fields = fieldsOf(mode);
  const out = row.local.map((p) => ({ field: p.field, text: problemText(t, mode, p, country) }));
  const server = row.entry?.problems ?? row.contact?.problems ?? [];
  for (const p of server) {
    const field = fields.indexOf(p.field);
    if (!out.some((o) => o.field === field)) out.push({ field, text: p.message });
  }
  if (row.failure) out.push({ field: -1, text: row.failure });
  return out;
}

/** Whether anyone found a problem with a row (cheap: no words built). */
export const hasProblems = (row: Row): boolean =>
  row.local.length > 0 ||
  (row.entry?.problems.length ?? row.contact?.problems.length ?? 0) > 0 ||
  row.failure !== null;

/** Which tab a row belongs in. */
export function tabOf(row: Row): 'uploaded' | 'invited' | 'accepted' {
  if (row.entry) {
    const stage = row.entry.stage;
    return stage === 'uploaded' ? 'uploaded' : stage === 'accepted' ? 'accepted' : 'invited';
  }
  const outcome = row.contact?.outcome;
  return outcome === 'invited' || outcome === 'connection-requested' ? 'invited' : 'uploaded';
}

/** Checked by the API, nothing wrong found by anyone, not invited yet (R17). */
export function invitable(row: Row): boolean {
  if (row.local.length) return false;
  if (row.entry) return row.entry.stage === 'uploaded' && row.entry.check !== 'invalid';
  return row.contact?.outcome === 'reviewed' && row.contact.problems.length === 0;
}

export function sheetRow(row: Row): SheetRow {
  const [email, dateOfBirth, firstName, middleNames, lastName, preferredName, mobile] = row.values;
  return {
    email: email ?? '',
    dateOfBirth: dateOfBirth ?? '',
    firstName: firstName ?? '',
    middleNames: middleNames ?? '',
    lastName: lastName ?? '',
    preferredName: preferredName ?? '',
    mobile: mobile ?? '',
    ...(row.line && row.line >= 2 ? { line: row.line } : {}),
  };
}

export const contactRow = (row: Row) => ({
  name: row.values[0] ?? '',
  email: row.values[1] ?? '',
  tags: row.values[2] ?? '',
});

/** Splits work into requests of at most `rows` rows and about `bytes` of JSON each. */
export function chunk<T>(
  items: readonly T[],
  rows: number,
  bytes = 600_000,
  size: (item: T) => number = () => 0,
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let weight = 0;
  for (const item of items) {
    const w = size(item);
    if (current.length && (current.length >= rows || weight + w > bytes)) {
      out.push(current);
      current = [];
      weight = 0;
    }
    current.push(item);
    weight += w;
  }
  if (current.length) out.push(current);
  return out;
}

/** Roughly how many bytes a row takes in a request. */
export const rowBytes = (row: Row): number =>
  row.values.reduce((sum, v) => sum + v.length + 20, 40);

/** A person's name and email, for labels and messages. */
export function who(mode: UploadMode, row: Row): string {
  if (mode === 'contacts') return row.values[0] || row.values[1] || '';
  const [email, , first, , last, preferred] = row.values;
  const name = `${preferred || first || ''} ${last ?? ''}`.trim();
  return name ? `${name} · ${email ?? ''}` : (email ?? '');
}

/** The CSV template: the headers, in the reader's language, and one example row. */
export function template(t: Words, mode: UploadMode): string {
  const fields = fieldsOf(mode);
  const example: Record<Field, string> = {
    email: 'maria.lopez@example.net',
    dateOfBirth: '1991-05-04',
    firstName: 'Maria',
    middleNames: 'Elena',
    lastName: 'Lopez',
    preferredName: 'Mari',
    mobile: '+61412555123',
    name: 'Maria Lopez',
    tags: 'crane; rigging',
  };
  return toCsv([fields.map((f) => fieldLabel(t, f)), fields.map((f) => example[f])]);
}

/** The rows with problems as CSV, each with its reasons (formula-safe, like every export). */
export function problemsCsv(
  t: Words,
  mode: UploadMode,
  rows: readonly Row[],
  country: string,
): string {
  const fields = fieldsOf(mode);
  return toCsv([
    [t.uploader.csv.row, ...fields.map((f) => fieldLabel(t, f)), t.uploader.csv.problems],
    ...rows.map((row) => [
      row.line ?? '',
      ...fields.map((_, i) => row.raw?.[i] ?? row.values[i] ?? ''),
      problemsOf(t, mode, row, country)
        .map((p) => {
          const field = fields[p.field];
          return field ? `${fieldLabel(t, field)}: ${p.text}` : p.text;
        })
        .join(' '),
    ]),
  ]);
}
