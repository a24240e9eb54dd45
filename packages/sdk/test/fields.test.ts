// Field rules a user would expect, straight from the schemas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CreatePersonBody,
  cursor,
  dateOfBirth,
  email,
  id,
  message,
  mobile,
  name,
  optionalName,
  pageLimit,
  search,
  text,
  toE164,
} from '../src/schemas/index.js';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('field rules', () => {
  it('emails are trimmed and lower-cased so they compare case-insensitively', () => {
    assert.equal(email.parse('  Jo.Smith@Example.COM '), 'jo.smith@example.com');
    assert.deepEqual(messages(email.safeParse('jo@')), [
      'Enter an email address like name@example.com',
    ]);
    assert.deepEqual(messages(email.safeParse(undefined)), ['Email is required']);
  });

  it('a date of birth is a real calendar date in the past', () => {
    assert.equal(dateOfBirth.parse('1990-02-28'), '1990-02-28');
    assert.equal(dateOfBirth.parse('2000-02-29'), '2000-02-29');
    assert.deepEqual(messages(dateOfBirth.safeParse('1990-02-31')), [
      'Date of birth must be a real date written YYYY-MM-DD',
    ]);
    assert.deepEqual(messages(dateOfBirth.safeParse('1900-13-01')), [
      'Date of birth must be a real date written YYYY-MM-DD',
    ]);
    assert.deepEqual(messages(dateOfBirth.safeParse('03/04/1990')), [
      'Date of birth must be a real date written YYYY-MM-DD',
    ]);
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    assert.deepEqual(messages(dateOfBirth.safeParse(nextYear)), [
      'Date of birth must be in the past',
    ]);
  });

  it('mobiles become E.164; local Australian numbers are normalised; anything else is an error', () => {
    assert.equal(mobile.parse('0412 345 678'), '+61412345678');
    assert.equal(mobile.parse('+61 (412) 345-678'), '+61412345678');
    assert.equal(mobile.parse('+14155550123'), '+14155550123');
    assert.equal(toE164('12345'), undefined);
    assert.deepEqual(messages(mobile.safeParse('0412')), [
      'Mobile must be in international format, like +61412345678',
    ]);
  });

  it('names are trimmed, required and length-limited', () => {
    const first = name('First name');
    assert.equal(first.parse('  Ana  '), 'Ana');
    assert.deepEqual(messages(first.safeParse('   ')), ['First name is required']);
    assert.deepEqual(messages(first.safeParse('x'.repeat(101))), [
      'First name must be at most 100 characters',
    ]);
  });

  it('request bodies refuse unknown fields', () => {
    const result = CreatePersonBody.safeParse({
      email: 'a@b.co',
      firstName: 'A',
      lastName: 'B',
      role: 'admin',
    });
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.code, 'unrecognized_keys');
  });
});

describe('input hygiene', () => {
  it('a name of only invisible characters is missing; invisible ends are trimmed', () => {
    const first = name('First name');
    for (const blank of [
      '\u200b',
      '\u200b\u200c\u200d',
      '\u3164',
      ' \u115f\u1160 ',
      '\u2800',
      '\ufeff\u00a0',
      '\u2060\u00ad',
    ])
      assert.deepEqual(
        messages(first.safeParse(blank)),
        ['First name is required'],
        JSON.stringify(blank),
      );
    assert.equal(first.parse('\u200bAna\u200b\ufeff'), 'Ana');
    assert.equal(first.parse('Zoë'), 'Zoë');
    assert.equal(first.parse('أحمد'), 'أحمد');
    assert.equal(first.parse('Ngā Tūāpapa 🙂'), 'Ngā Tūāpapa 🙂');
    assert.equal(optionalName('Middle names').parse('\u200b'), '');
    assert.equal(
      first.parse('Lee\r\nSmith\tJr'),
      'Lee Smith Jr',
      'a line break in a cell is a space',
    );
  });

  it('control characters and bidi overrides are refused in names, searches and ids; a message keeps its lines', () => {
    for (const bad of [
      'A\u0000B',
      'A\u001bB',
      'A\u007fB',
      'A\u0090B',
      'Eve\u202egnp.exe',
      'A\u2066B',
    ])
      assert.deepEqual(
        messages(name('Last name').safeParse(bad)),
        ['Last name must not contain control characters'],
        JSON.stringify(bad),
      );
    assert.deepEqual(messages(search.safeParse('a\u0000')), [
      'Search must not contain control characters',
    ]);
    assert.equal(message.parse('Hi,\r\nsee you\tMonday'), 'Hi,\r\nsee you\tMonday');
    assert.deepEqual(messages(message.safeParse('ding\u0007')), [
      'Message must not contain control characters',
    ]);
    assert.deepEqual(messages(id.safeParse('../people')), [
      "Id must be letters, digits, '_', '.', ':' or '-'",
    ]);
    assert.equal(id.parse('inv_1a'), 'inv_1a');
  });

  it('a lone surrogate is refused in any text, paired ones (emoji) are fine', () => {
    for (const broken of ['\ud800', 'a\udfffb', '\ud83d'])
      assert.deepEqual(messages(text('Tags').safeParse(broken)), [
        'Tags contains a broken character',
      ]);
    assert.equal(text('Tags').parse('\ud83d\ude00'), '😀');
    assert.equal(messages(email.safeParse('a\ud800@b.co'))[0], 'Email contains a broken character');
  });

  it('the part of an email before @ is at most 64 characters', () => {
    assert.equal(email.parse(`${'a'.repeat(64)}@example.com`), `${'a'.repeat(64)}@example.com`);
    assert.deepEqual(messages(email.safeParse(`${'a'.repeat(65)}@example.com`)), [
      'The part of the email before @ must be at most 64 characters',
    ]);
  });

  it('a page limit is written in decimal digits, 1 to 500; a cursor is URL-safe', () => {
    assert.equal(pageLimit.parse('25'), 25);
    assert.equal(pageLimit.parse(25), 25);
    for (const bad of ['0x10', '1e2', ' 5', '5 ', '+5', '-1', '0', '501', '', '2.5', 2.5, true])
      assert.deepEqual(
        messages(pageLimit.safeParse(bad)),
        ['Limit must be a whole number from 1 to 500'],
        JSON.stringify(bad),
      );
    assert.equal(cursor.parse('o1k'), 'o1k');
    for (const bad of ['o 1', 'o1k\u0000', '../o1', 'x'.repeat(201)])
      assert.deepEqual(messages(cursor.safeParse(bad)), ['Not a cursor from this API'], bad);
  });
});
