// The mobile fast path against libphonenumber's full parser: for every country as the default,
// its own example mobile written every way people write one (national, international, 00, no +,
// separators, brackets), mutated (a digit changed, dropped, added), other countries' numbers,
// and random digits. Whenever the fast path answers (valid with this E.164, or not valid), the parser must agree;
// what it leaves to the parser is read by the parser; and reading with the cache answers as the
// parser does for every input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.mobile.json';
import examples from 'libphonenumber-js/examples.mobile.json';
import { fastMobile, mobileReader, parseMobile } from '../src/batch-uploader/read/phones.js';

let seed = 11;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digit = () => String(Math.floor(random() * 10));

/** Ways a number is written, from its E.164. */
function writings(e164: string): string[] {
  const phone = parsePhoneNumberFromString(e164, metadata);
  if (!phone) return [e164];
  const national = phone.formatNational();
  const international = phone.formatInternational();
  const bare = national.replace(/\D/g, '');
  return [
    e164,
    international,
    international.replace(/ /g, '-'),
    `00${e164.slice(1)}`,
    e164.slice(1),
    national,
    national.replace(/ /g, ''),
    national.replace(/ /g, '.'),
    national.replace(/ /g, '-'),
    bare,
    bare.replace(/^0/, ''),
    `(${bare.slice(0, 2)}) ${bare.slice(2)}`,
    `${bare.slice(0, 4)}/${bare.slice(4)}`,
    ` ${national}\u00a0`,
  ];
}

/** The same digits changed a little: most of these are not valid numbers any more. */
function mutations(text: string): string[] {
  const at = Math.max(0, text.length - 1 - Math.floor(random() * 4));
  return [
    text.slice(0, -1),
    `${text}${digit()}`,
    `${text.slice(0, at)}${digit()}${text.slice(at + 1)}`,
    text.replace(/\d/, digit()),
    `${text.slice(0, 1)}${digit()}${text.slice(1)}`,
    text.replace(/\d(?=\D*$)/, 'x'),
  ];
}

const countries = getCountries(metadata);
const exampleOf = (country: CountryCode) =>
  (examples as Record<string, string | undefined>)[country];
const e164Of = (country: CountryCode) => {
  const national = exampleOf(country);
  return national ? parsePhoneNumberFromString(national, country, metadata)?.number : undefined;
};

function inputsFor(country: CountryCode): string[] {
  const inputs: string[] = [];
  const own = e164Of(country);
  if (own) for (const w of writings(own)) inputs.push(w, ...mutations(w));
  for (let i = 0; i < 12; i++) {
    const other = e164Of(pick(countries));
    if (!other) continue;
    const w = pick(writings(other));
    inputs.push(w, ...mutations(w).slice(0, 2));
  }
  for (let i = 0; i < 10; i++) {
    let digits = '';
    const length = 5 + Math.floor(random() * 11);
    for (let d = 0; d < length; d++) digits += digit();
    inputs.push(digits, `0${digits}`, `1${digits}`, `8${digits}`, `+${digits}`, `00${digits}`);
  }
  return inputs;
}

describe('mobiles: the fast path agrees with libphonenumber', () => {
  it('answers as the full parser for every country as the default, on written, mutated and random numbers', () => {
    let fast = 0;
    let valid = 0;
    let total = 0;
    for (const country of countries) {
      const read = mobileReader(country);
      for (const input of inputsFor(country)) {
        total++;
        const full = parseMobile(input, country);
        if (full.ok) valid++;
        const international = input.trim().replace(/^00(?=[1-9])/, '+');
        const quick = fastMobile(international, country);
        if (quick !== undefined) {
          fast++;
          const said =
            quick === null ? { ok: false, code: 'mobileInvalid' } : { ok: true, e164: quick };
          assert.deepEqual(full, said, `${country} ${JSON.stringify(input)}`);
        }
        assert.deepEqual(read(input), full, `${country} ${JSON.stringify(input)} (cached)`);
      }
    }
    // The fast path must decide most numbers, valid or not, or it is not a fast path.
    assert.ok(total > 20_000, `${total} inputs`);
    assert.ok(valid > 5_000, `${valid} valid`);
    assert.ok(fast > total * 0.7, `the fast path decided ${fast} of ${total}`);
  });

  it('reads the shapes the uploader promises', () => {
    const read = mobileReader('AU');
    assert.deepEqual(read('0412 345 678'), { ok: true, e164: '+61412345678' });
    assert.deepEqual(read('0061 412 345 678'), { ok: true, e164: '+61412345678' });
    assert.deepEqual(read('+61 (0) 412 345 678'), { ok: true, e164: '+61412345678' });
    assert.deepEqual(read('6.14123E+10'), { ok: false, code: 'mobileExcel' });
    assert.deepEqual(read('564-564-5644'), { ok: false, code: 'mobileInvalid' });
    assert.deepEqual(read('02 9876 5432'), { ok: false, code: 'mobileInvalid' }, 'a landline');
    assert.deepEqual(mobileReader('US')('(201) 555-0123'), parseMobile('(201) 555-0123', 'US'));
    assert.deepEqual(mobileReader('GB')('07400 123456'), { ok: true, e164: '+447400123456' });
  });
});
