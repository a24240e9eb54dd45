// Dates of birth as people and spreadsheets write them: ISO (with or without a time), day-first
// or month-first with the order decided per column, month names, 2-digit years, and Excel's
// serial numbers (1900 and 1904 systems). Nothing is guessed silently: a value that reads two
// ways is read the way the column (or the admin) says, and 31/02/1990 is no date at all.
import { isCalendarDate } from '@invitekit/sdk/schemas';
import type { DateOrder, OrderFinding } from './protocol.js';

const DAY = 86_400_000;

const monthNames: Record<string, number> = {};
[
  ['jan', 'january', 'janv', 'janvier'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier'],
  ['mar', 'march', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juin'],
  ['jul', 'july', 'juil', 'juillet'],
  ['aug', 'august', 'aou', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre'],
].forEach((list, i) => list.forEach((name) => (monthNames[name] = i + 1)));

const monthOf = (word: string): number | undefined =>
  monthNames[
    word
      .normalize('NFD')
      .replace(/[\u0300-\u036f.]/g, '')
      .toLowerCase()
  ];

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DAY_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s.-]+([^\d\s.,-]{3,})\.?[\s.,-]+(\d{4}|\d{2})$/u;
const NAME_DAY = /^([^\d\s.,-]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** The parts of an all-numbers date, before its order is known. */
export function numericParts(text: string): [number, number] | undefined {
  const match = NUMERIC.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Whether a text starts with two numbers of at most two digits, both 12 or less (`03/04…`). */
function bothSmall(text: string): boolean {
  let at = 0;
  const part = () => {
    let n = 0;
    const start = at;
    while (at < text.length && at - start < 3) {
      const c = text.charCodeAt(at);
      if (c < 48 || c > 57) break;
      n = n * 10 + c - 48;
      at++;
    }
    return at > start && at - start <= 2 ? n : 99;
  };
  const separator = () => {
    const c = text.charCodeAt(at++);
    return c === 47 || c === 46 || c === 45; // / . -
  };
  return part() <= 12 && separator() && part() <= 12 && separator();
}

/** How a column of dates reads: a first part over 12 in some row means day-first, a second one month-first. */
export function findOrder(values: Iterable<string>): OrderFinding {
  let dayFirst = false;
  let monthFirst = false;
  let numeric = false;
  for (const value of values) {
    // Once the column is known to hold numeric dates, most of them cannot decide the order
    // (both parts 12 or less): a glance at their first characters is enough for those.
    if (numeric && bothSmall(value)) continue;
    const parts = numericParts(value);
    if (!parts) continue;
    numeric = true;
    if (parts[0] > 12 && parts[1] <= 12) dayFirst = true;
    if (parts[1] > 12 && parts[0] <= 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  return numeric ? 'ambiguous' : 'none';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 2-digit years are in the last hundred years: `90` is 1990, `05` is 2005 (in 2026). */
function fullYear(year: string, now: Date): number {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  return century + yy > now.getUTCFullYear() ? century - 100 + yy : century + yy;
}

/** An Excel serial day number as an ISO date (1900 system, with its phantom 29 Feb 1900; or 1904). */
export function fromSerial(serial: number, date1904: boolean): string {
  const days = Math.floor(serial);
  const time = date1904
    ? Date.UTC(1904, 0, 1) + days * DAY
    : Date.UTC(1899, 11, 31) + (days > 59 ? days - 1 : days) * DAY;
  return new Date(time).toISOString().slice(0, 10);
}

export type DateResult =
  { ok: true; iso: string } | { ok: false; code: 'dateUnreadable' | 'dateNotReal' };

/** Reads one date; `order` says what `03/04/1990` means. */
export function readDate(
  text: string,
  order: DateOrder,
  date1904 = false,
  now = new Date(),
): DateResult {
  const value = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(value)) || (match = YMD.exec(value))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = NUMERIC.exec(value))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    [d, m] = order === 'dmy' ? [a, b] : [b, a];
    y = fullYear(match[3] ?? '', now);
  } else if ((match = DAY_NAME.exec(value)) || (match = NAME_DAY.exec(value))) {
    const dayFirst = /^\d/.test(value);
    const month = monthOf((dayFirst ? match[2] : match[1]) ?? '');
    if (!month) return { ok: false, code: 'dateUnreadable' };
    m = month;
    d = Number(dayFirst ? match[1] : match[2]);
    y = fullYear(match[3] ?? '', now);
  } else if ((match = COMPACT.exec(value)) && Number(match[1]) > 1800) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (SERIAL.test(value) && Number(value) >= 1 && Number(value) < 2_958_466) {
    return { ok: true, iso: fromSerial(Number(value), date1904) };
  } else {
    return { ok: false, code: 'dateUnreadable' };
  }
  const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return isCalendarDate(iso) ? { ok: true, iso } : { ok: false, code: 'dateNotReal' };
}
