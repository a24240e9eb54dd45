// Field rules a user would expect, straight from the schemas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CreatePersonBody,
  dateOfBirth,
  email,
  mobile,
  name,
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
