// Mobiles to E.164 with real mobile validation (libphonenumber's mobile metadata): `0412 345 678`
// with AU is +61412345678, a leading 00 reads as +, and a number Excel wrote as 6.14123E+10 is
// reported as damaged (its last digits are gone), never guessed at.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/mobile';

const EXCEL_NUMBER = /^[+-]?\d(?:[.,]\d+)?E\+?\d+$/i;

export type MobileResult =
  { ok: true; e164: string } | { ok: false; code: 'mobileExcel' | 'mobileInvalid' };

export function readMobile(text: string, country: string): MobileResult {
  const value = text.trim();
  if (EXCEL_NUMBER.test(value)) return { ok: false, code: 'mobileExcel' };
  const international = value.replace(/^00(?=[1-9])/, '+');
  const phone = parsePhoneNumberFromString(international, {
    defaultCountry: country.toUpperCase() as CountryCode,
    // The cell is the number: searching it for one inside other text costs a third of the time.
    extract: false,
  });
  return phone?.isValid() ? { ok: true, e164: phone.number } : { ok: false, code: 'mobileInvalid' };
}
