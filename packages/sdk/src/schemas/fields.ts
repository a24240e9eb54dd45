// Field rules shared by every schema: what a user would expect each kind of value to accept.
import * as z from 'zod/mini';

type IssueInput = { readonly input?: unknown };

/** Half of a UTF-16 surrogate pair on its own: not text in any encoding. */
const loneSurrogate = /\p{Cs}/u;
/** C0 and C1 control characters and DEL, and the bidi controls that reorder what is shown. */
const controls = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** The same, allowing tab and line breaks (free text). */
const controlsButLines = /[^\P{Cc}\t\n\r]|[\u202A-\u202E\u2066-\u2069]/u;
/** What shows nothing: spaces, zero-width and format characters, fillers, the blank Braille cell. */
const invisible = '\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\u2800';
const invisibleEnds = new RegExp(`^[${invisible}]+|[${invisible}]+$`, 'gu');

/**
 * A string field whose "missing" and "wrong type" messages name the field. Lone surrogates are
 * refused everywhere: they cannot be stored, sent or printed as UTF-8.
 */
export const text = (label: string) =>
  z
    .string({
      error: (issue: IssueInput) =>
        issue.input === undefined ? `${label} is required` : `${label} must be text`,
    })
    .check(
      z.refine<string>(
        (value) => !loneSurrogate.test(value),
        `${label} contains a broken character`,
      ),
    );

/** Refuses control characters (`lines` allows tab and line breaks). */
const noControls = (label: string, lines = false) =>
  z.refine<string>(
    (value) => !(lines ? controlsButLines : controls).test(value),
    `${label} must not contain control characters`,
  );

/** Line breaks and tabs inside a name (a spreadsheet cell may hold them) become one space. */
const lineBreaks = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Trims spaces and invisible characters from both ends; a line break inside becomes a space. */
const trimInvisible = () =>
  z.overwrite((value: string) => value.replace(invisibleEnds, '').replace(lineBreaks, ' '));

/**
 * A trimmed, non-empty, length-limited name: one of only spaces or invisible characters (zero-width
 * spaces, fillers) is missing, and control characters are refused.
 */
export const name = (label: string, max = 100) =>
  text(label).check(
    trimInvisible(),
    z.minLength(1, `${label} is required`),
    z.maxLength(max, `${label} must be at most ${max} characters`),
    noControls(label),
  );

/** Optional free text that may be empty (middle names, preferred name). */
export const optionalName = (label: string, max = 100) =>
  text(label).check(
    trimInvisible(),
    z.maxLength(max, `${label} must be at most ${max} characters`),
    noControls(label),
  );

export const id = text('Id').check(
  z.minLength(1, 'Id is required'),
  z.maxLength(64, 'Id must be at most 64 characters'),
  z.regex(/^[\w.:-]+$/, "Id must be letters, digits, '_', '.', ':' or '-'"),
);

/**
 * Personal email: the identity key. Trimmed and lower-cased, so comparisons ignore case. The part
 * before the @ is at most 64 characters (RFC 5321), the whole at most 254.
 */
export const email = text('Email').check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(254, 'Email must be at most 254 characters'),
  z.email({ error: 'Enter an email address like name@example.com' }),
  z.refine(
    (value: string) => value.lastIndexOf('@') <= 64,
    'The part of the email before @ must be at most 64 characters',
  ),
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
  noControls('Message', true),
);

const limitMessage = 'Limit must be a whole number from 1 to 500';
/** Page size: a number, or in a query string its decimal digits (not `0x10`, `1e2` or ` 5`). */
export const pageLimit = z.optional(
  z.pipe(
    z.union([z.number(), z.string()], { error: limitMessage }),
    z.pipe(
      z.transform((value: number | string) =>
        typeof value === 'number' ? value : /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN,
      ),
      z
        .number({ error: limitMessage })
        .check(z.int(limitMessage), z.minimum(1, limitMessage), z.maximum(500, limitMessage)),
    ),
  ),
);
/** An opaque token from a previous page: URL-safe characters only. */
export const cursor = z.optional(
  text('Cursor').check(
    z.maxLength(200, 'Not a cursor from this API'),
    z.regex(/^[\w.~-]+$/, 'Not a cursor from this API'),
  ),
);
export const sortOrder = z.optional(z.enum(['asc', 'desc']));
export const search = z.optional(
  text('Search').check(
    z.trim(),
    z.maxLength(200, 'Search must be at most 200 characters'),
    noControls('Search'),
  ),
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
