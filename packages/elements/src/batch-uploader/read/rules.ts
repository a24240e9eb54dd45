// The SDK's field rules for a row (its zod schemas `email`, `name(…)`, `dateOfBirth`) as plain
// predicates. A zod `safeParse` costs a microsecond or two a call, which is most of a large file's
// checking time once mobiles are fast; these cost tens of nanoseconds. They must say what the
// schemas say: `rules.node.test.ts` compares them with the schemas on many generated values
// (and fails when the SDK's rules change without them).
import { isCalendarDate } from '@invitekit/sdk/schemas';

/** zod 4's email pattern (what the SDK's `email` schema checks, after trimming and lower-casing). */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The email as the SDK would send it (trimmed, lower-cased), or undefined when it is not one. */
export function emailOf(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  return value.length <= 254 && EMAIL.test(value) ? value : undefined;
}

/**
 * `emailOf` read from the characters of `text.slice(start, end)` (already trimmed), without a
 * string: 1 when that is an email as it stands, 2 when it is one once lower-cased, 0 when it is
 * not, -1 when it has a character past ASCII (lower-casing those is for `emailOf`).
 */
export function emailAt(text: string, start: number, end: number): -1 | 0 | 1 | 2 {
  let upper = false;
  let at = -1;
  // The local part: segments of [a-z0-9_'+-] between single dots, the last one not ending in '.
  let previous = 46; // as if after a dot: a leading dot is refused
  let i = start;
  for (; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) {
      upper = true;
      c += 32;
    }
    if (c === 64) {
      at = i;
      break;
    }
    if (c === 46 ? previous === 46 : !isLocal(c)) return scanRest(text, i + 1, end);
    previous = c;
  }
  if (at < 0 || at === start || previous === 46 || previous === 39) return scanRest(text, i, end);
  // The domain: labels of [a-z0-9-] starting with a letter or digit, each followed by a dot,
  // then at least two letters.
  let labelStart = true;
  let dot = -1;
  for (i = at + 1; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) {
      upper = true;
      c += 32;
    }
    if (c === 46) {
      if (labelStart) return scanRest(text, i + 1, end);
      labelStart = true;
      dot = i;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) labelStart = false;
    else if (c !== 45 || labelStart) return scanRest(text, i + 1, end);
  }
  if (dot < 0 || end - dot - 1 < 2 || end - start > 254) return 0;
  for (i = dot + 1; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return 0;
  }
  return upper ? 2 : 1;
}

/** [a-z0-9_'+-] */
const isLocal = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 43 || c === 45;

/** Not an email: 0, unless a character past ASCII follows (then -1, for `emailOf` to judge). */
function scanRest(text: string, from: number, end: number): -1 | 0 {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) >= 128) return -1;
  return 0;
}

/** The SDK's `name(label, max)` on a text of `length` characters once trimmed: some, at most `max`. */
export const fitsName = (length: number, max: number): boolean => length >= 1 && length <= max;

/** The SDK's `dateOfBirth` on an ISO date: a real date, in the past, less than 130 years ago. */
export function isBirthDate(iso: string, now: Date): boolean {
  const value = iso.trim();
  if (!isCalendarDate(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return time < now.getTime() && new Date(time).getUTCFullYear() > now.getUTCFullYear() - 130;
}
