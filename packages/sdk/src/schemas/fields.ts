// Field rules shared by every schema: what a user would expect each kind of value to accept.
import * as z from 'zod/mini';

type IssueInput = { readonly input?: unknown };

/** A string field whose "missing" and "wrong type" messages name the field. */
export const text = (label: string) =>
  z.string({
    error: (issue: IssueInput) =>
      issue.input === undefined ? `${label} is required` : `${label} must be text`,
  });

/** A trimmed, non-empty, length-limited name. */
export const name = (label: string, max = 100) =>
  text(label).check(
    z.trim(),
    z.minLength(1, `${label} is required`),
    z.maxLength(max, `${label} must be at most ${max} characters`),
  );

/** Optional free text that may be empty (middle names, preferred name). */
export const optionalName = (label: string, max = 100) =>
  text(label).check(z.trim(), z.maxLength(max, `${label} must be at most ${max} characters`));

export const id = text('Id').check(z.minLength(1, 'Id is required'), z.maxLength(64));

/** Personal email: the identity key. Trimmed and lower-cased, so comparisons ignore case. */
export const email = text('Email').check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(254, 'Email must be at most 254 characters'),
  z.email({ error: 'Enter an email address like name@example.com' }),
);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Date of birth: a real calendar date, in the past, not more than 130 years ago. */
export const dateOfBirth = text('Date of birth').check(
  z.trim(),
  z.refine(isCalendarDate, 'Date of birth must be a real date written YYYY-MM-DD'),
  z.refine((value) => {
    if (!isCalendarDate(value)) return true;
    const time = Date.parse(`${value}T00:00:00Z`);
    return time < Date.now() && new Date(time).getUTCFullYear() > new Date().getUTCFullYear() - 130;
  }, 'Date of birth must be in the past'),
);

/**
 * Normalises a phone number to E.164. Accepts international numbers (`+61 412 345 678`) and local
 * Australian numbers (`0412 345 678` → `+61412345678`); returns undefined for anything else.
 */
export function toE164(value: string): string | undefined {
  const compact = value.trim().replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  if (/^0[2-478]\d{8}$/.test(compact)) return `+61${compact.slice(1)}`;
  return undefined;
}

/** Mobile in E.164; local Australian numbers are normalised. */
export const mobile = z.pipe(
  text('Mobile'),
  z.transform((value: string, ctx) => {
    const normalised = toE164(value);
    if (normalised) return normalised;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: 'Mobile must be in international format, like +61412345678',
    });
    return z.NEVER;
  }),
);

export const message = text('Message').check(
  z.trim(),
  z.maxLength(1000, 'Message must be at most 1000 characters'),
);

export const pageLimit = z.optional(
  z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500, 'Limit must be at most 500')),
);
export const cursor = z.optional(text('Cursor').check(z.maxLength(200)));
export const sortOrder = z.optional(z.enum(['asc', 'desc']));
export const search = z.optional(
  text('Search').check(z.trim(), z.maxLength(200, 'Search must be at most 200 characters')),
);

/** One value or a comma-separated list in a query string, parsed to a list of enum members. */
export const enumList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(
    z.pipe(
      z.pipe(
        z.union([z.string(), z.array(z.string())]),
        z.transform((value: string | string[]) =>
          (Array.isArray(value) ? value : value.split(',')).filter(Boolean),
        ),
      ),
      z.array(z.enum(values)),
    ),
  );
