// Mobiles to E.164 with real mobile validation (libphonenumber's mobile metadata): `0412 345 678`
// with AU is +61412345678, a leading 00 reads as +, and a number Excel wrote as 6.14123E+10 is
// reported as damaged (its last digits are gone), never guessed at.
//
// libphonenumber's parser costs ~20–70 µs a number, most of a 100,000-row file's checking time.
// So a fast path reads the common shapes first, a number written with digits, spaces, dashes,
// dots, brackets or slashes, nationally or with a +, straight from the same metadata (through
// libphonenumber's public `Metadata` class): the calling code, the national prefix, the country
// within a shared calling code, the mobile pattern and lengths, exactly as the parser decides
// them, valid or not. Whatever it cannot decide that way (another shape, a prefix to transform,
// an international prefix, a national prefix after the calling code) goes to the full parser.
// Both are compared on a large generated set in `phones.node.test.ts`.
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.mobile.json';

const EXCEL_NUMBER = /^[+-]?\d(?:[.,]\d+)?E\+?\d+$/i;

export type MobileResult =
  { ok: true; e164: string } | { ok: false; code: 'mobileExcel' | 'mobileInvalid' };

/** The full parser: every shape libphonenumber reads. */
export function parseMobile(text: string, country: string): MobileResult {
  const value = text.trim();
  if (EXCEL_NUMBER.test(value)) return { ok: false, code: 'mobileExcel' };
  const international = value.replace(/^00(?=[1-9])/, '+');
  const phone = parsePhoneNumberFromString(
    international,
    // The cell is the number: searching it for one inside other text costs a third of the time.
    { defaultCountry: country.toUpperCase() as CountryCode, extract: false },
    metadata,
  );
  return phone?.isValid() ? { ok: true, e164: phone.number } : { ok: false, code: 'mobileInvalid' };
}

// What `Metadata`'s numbering plan offers at run time (its typings name only a few of these).
interface NumberingPlan {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[];
  IDDPrefix(): string;
  leadingDigits(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  hasTypes(): boolean;
  type(name: 'MOBILE'): { pattern(): string; possibleLengths(): number[] } | undefined;
}

/** One country's plan, its patterns compiled once. */
interface Plan {
  callingCode: string;
  national: RegExp;
  lengths: readonly number[];
  /** Null when the plan lists no types: then the national pattern alone decides validity. */
  mobile: { pattern: RegExp; lengths: readonly number[] } | null;
  hasTypes: boolean;
  leading: RegExp | null;
  prefix: RegExp | null;
  transform: boolean;
  idd: RegExp;
}

const data = new Metadata(metadata);
const callingCodes = metadata.country_calling_codes as Record<string, string[] | undefined>;
const nonGeographic = Object.keys(metadata.nonGeographic);
const plans = new Map<string, Plan | null>();
const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const atStart = (pattern: string) => new RegExp(`^(?:${pattern})`);

function planOf(country: string): Plan | null {
  let plan = plans.get(country);
  if (plan !== undefined) return plan;
  plan = null;
  if (metadata.countries[country as CountryCode]) {
    data.selectNumberingPlan(country as CountryCode);
    const p = data.numberingPlan as unknown as NumberingPlan;
    const mobile = p.type('MOBILE');
    const prefix = p.nationalPrefixForParsing();
    const leading = p.leadingDigits();
    plan = {
      callingCode: p.callingCode(),
      national: entirely(p.nationalNumberPattern()),
      lengths: p.possibleLengths(),
      mobile:
        mobile && mobile.pattern()
          ? { pattern: entirely(mobile.pattern()), lengths: mobile.possibleLengths() }
          : null,
      hasTypes: p.hasTypes(),
      leading: leading ? atStart(leading) : null,
      prefix: prefix ? atStart(prefix) : null,
      transform: Boolean(p.nationalPrefixTransformRule()),
      idd: atStart(p.IDDPrefix()),
    };
  }
  plans.set(country, plan);
  return plan;
}

/** libphonenumber's "number type" with mobile metadata: the mobile pattern, within its lengths. */
function isMobile(n: string, plan: Plan): boolean {
  // The same number is asked about up to three times in a row (its country, then its validity).
  if (n === last.n && plan === last.plan) return last.mobile;
  const mobile =
    plan.national.test(n) &&
    plan.mobile !== null &&
    plan.mobile.lengths.includes(n.length) &&
    plan.mobile.pattern.test(n);
  last = { n, plan, mobile };
  return mobile;
}
let last: { n: string; plan: Plan | null; mobile: boolean } = { n: '', plan: null, mobile: false };

/** What `isValid()` says for a national number in a country. */
const isValid = (n: string, plan: Plan) =>
  plan.hasTypes ? isMobile(n, plan) : plan.national.test(n);

/** Which country of a shared calling code a national number belongs to (its leading digits, else its type). */
function countryFor(callingCode: string, n: string): Plan | null {
  const countries = callingCodes[callingCode];
  if (!countries) return null;
  if (countries.length === 1) return planOf(countries[0] ?? '');
  for (const country of countries) {
    const plan = planOf(country);
    if (!plan) continue;
    if (plan.leading ? n !== '' && plan.leading.test(n) : isMobile(n, plan)) return plan;
  }
  return null;
}

/** libphonenumber's length check ("is it possible"): too short or a length between is not. */
function possibleLength(n: string, plan: Plan): boolean {
  const lengths = plan.lengths;
  const min = lengths[0] ?? 0;
  if (n.length === min) return true;
  if (n.length < min) return false;
  return n.length > (lengths[lengths.length - 1] ?? 0) || lengths.includes(n.length);
}

/** The digits of a number written with digits and the usual separators (after a + first), or undefined. */
function digitsOf(value: string): string | undefined {
  const start = value.startsWith('+') ? 1 : 0;
  let digits = '';
  let from = start;
  for (let i = start; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    // space, no-break space, ( ) - . /
    if (c !== 32 && c !== 160 && c !== 40 && c !== 41 && c !== 45 && c !== 46 && c !== 47)
      return undefined;
    digits += value.slice(from, i);
    from = i + 1;
  }
  return digits + value.slice(from);
}

/**
 * What libphonenumber would say of a number in a common shape: its E.164 when it is a valid
 * mobile, null when it is not, undefined when only the full parser can tell.
 */
export function fastMobile(value: string, country: string): string | null | undefined {
  if (value.length > 250) return undefined;
  const digits = digitsOf(value);
  if (digits === undefined) return undefined;
  const plus = value.startsWith('+');
  let callingCode: string;
  let n: string;
  let plan: Plan;
  if (plus) {
    // Calling codes are prefix-free: the first one found is it. None: not a number.
    if (digits.startsWith('0')) return null;
    const code = [1, 2, 3].map((l) => digits.slice(0, l)).find((c) => callingCodes[c]);
    if (!code) return nonGeographic.some((c) => digits.startsWith(c)) ? undefined : null;
    const main = planOf(callingCodes[code]?.[0] ?? '');
    n = digits.slice(code.length);
    // A national prefix written after the calling code is for the parser to judge.
    if (!main || main.prefix?.test(n)) return undefined;
    callingCode = code;
    plan = countryFor(code, n) ?? main;
  } else {
    const home = planOf(country.toUpperCase());
    if (!home || home.transform || home.idd.test(digits)) return undefined;
    // A national number that starts with the country's own calling code: the parser decides.
    if (digits.startsWith(home.callingCode)) return undefined;
    callingCode = home.callingCode;
    n = digits;
    const match = home.prefix?.exec(digits);
    if (match && match[0].length > 0) {
      const after = digits.slice(match[0].length);
      // The parser keeps the prefix when the number reads as a national number only with it,
      // or when what is left is too short or of a length between the possible ones.
      const keep =
        (home.national.test(digits) && !home.national.test(after)) ||
        !possibleLength(after, countryFor(callingCode, after) ?? home);
      if (!keep) n = after;
    }
    plan = countryFor(callingCode, n) ?? home;
  }
  // Fewer than 3 digits is no number; a national number is 2 to 17 digits long.
  if (digits.length < 3 || n.length < 2 || n.length > 17 || !isValid(n, plan)) return null;
  return `+${callingCode}${n}`;
}

/**
 * Reads mobiles for one file: the fast path, else the full parser, each distinct text it gets
 * read once (what goes to the parser, placeholders and odd shapes, often repeats).
 */
export function mobileReader(country: string): (text: string) => MobileResult {
  const parsed = new Map<string, MobileResult>();
  return (text) => {
    const value = text.trim();
    // Only digits and separators reach a decision here, so never an Excel-damaged 6.1E+10.
    const fast = fastMobile(
      value.startsWith('00') ? value.replace(/^00(?=[1-9])/, '+') : value,
      country,
    );
    if (fast === null) return invalid;
    if (fast !== undefined) return { ok: true, e164: fast };
    let result = parsed.get(text);
    if (!result) parsed.set(text, (result = parseMobile(text, country)));
    return result;
  };
}

const invalid: MobileResult = { ok: false, code: 'mobileInvalid' };
