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

/** The SDK's `name(label, max)`: some text once trimmed, at most `max` characters. */
export function isName(text: string, max: number): boolean {
  const length = text.trim().length;
  return length >= 1 && length <= max;
}

/** The SDK's `dateOfBirth` on an ISO date: a real date, in the past, less than 130 years ago. */
export function isBirthDate(iso: string, now: Date): boolean {
  const value = iso.trim();
  if (!isCalendarDate(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return time < now.getTime() && new Date(time).getUTCFullYear() > now.getUTCFullYear() - 130;
}
