// The uploader's plain field predicates against the SDK's zod schemas they stand for, on many
// generated values: emails of every shape, names around their limits with every kind of space,
// dates around today and 130 years ago.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOfBirth, email, name } from '@invitekit/sdk/schemas';
import { emailAt, emailOf, fitsName, isBirthDate } from '../src/batch-uploader/read/rules.js';

let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const text = (alphabet: string, max: number) => {
  let out = '';
  const length = Math.floor(random() * (max + 1));
  for (let i = 0; i < length; i++) out += pick(Array.from(alphabet));
  return out;
};

const spaces = [' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', ''];
const local = "abcXYZ019._'+-!#é";
const domain = 'abcXYZ019-.é_';

function anEmail(): string {
  const word = () =>
    `${text('abcXYZ019', 6)}${pick(['', '', "'", '+', '-', '_'])}${text('abc09', 3)}`;
  const wellFormed = `${word()}${pick(['', '', '.'])}${word()}@${pick(['example', 'ex-ample', 'a1'])}.${pick(['', 'mail.'])}${pick(['net', 'CO', 'io', 'x', 'museum'])}`;
  const value =
    random() < 0.6
      ? wellFormed
      : `${text(local, 12)}${pick(['@', '@', '@', '', '@@'])}${text(domain, 10)}.${text('comNETé1', 4)}`;
  const mutated =
    random() < 0.2
      ? value.replace(pick(Array.from(value)), pick([...Array.from(local), '', '..']))
      : value;
  const long = random() < 0.05 ? 'x'.repeat(240 + Math.floor(random() * 20)) : '';
  return `${pick(spaces)}${long}${mutated}${pick(spaces)}`;
}

function aName(): string {
  const limit = pick([1, 100, 200]);
  const length = Math.max(0, limit + Math.floor(random() * 5) - 2);
  const core = random() < 0.1 ? '' : 'a'.repeat(length);
  return `${pick(spaces)}${pick(spaces)}${core}${random() < 0.3 ? ' b' : ''}${pick(spaces)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function aDate(now: Date): string {
  const year = now.getUTCFullYear();
  const y = pick([year, year - 1, year + 1, year - 129, year - 130, year - 131, 1990, 1900, 2000]);
  const around = new Date(
    Date.UTC(y, now.getUTCMonth(), now.getUTCDate() + Math.floor(random() * 5) - 2),
  );
  const iso = around.toISOString().slice(0, 10);
  const invalid = `${pad(y, 4)}-${pad(Math.floor(random() * 14))}-${pad(Math.floor(random() * 33))}`;
  return `${random() < 0.1 ? ' ' : ''}${random() < 0.7 ? iso : invalid}`;
}

describe('field predicates: the same answers as the SDK’s schemas', () => {
  it('email: trimmed and lower-cased, valid exactly when the schema says so', () => {
    let valid = 0;
    for (let i = 0; i < 60_000; i++) {
      const value = anEmail();
      const parsed = email.safeParse(value);
      assert.equal(emailOf(value), parsed.success ? parsed.data : undefined, JSON.stringify(value));
      if (parsed.success) valid++;
    }
    assert.ok(valid > 5_000 && valid < 55_000, `${valid} valid`);
  });

  it('email read from the characters of a stretch of text: the same answers as emailOf', () => {
    let decided = 0;
    for (let i = 0; i < 60_000; i++) {
      const value = anEmail();
      const trimmed = value.trim();
      // Within a longer text, as a cell of a file is.
      const fast = emailAt(`a@b.co,${trimmed},x`, 7, 7 + trimmed.length);
      if (fast === -1) {
        assert.ok(
          /[^\0-\x7f]/.test(trimmed),
          `${JSON.stringify(value)}: only past ASCII is left to emailOf`,
        );
        continue;
      }
      decided++;
      const expected = fast === 0 ? undefined : fast === 1 ? trimmed : trimmed.toLowerCase();
      assert.equal(expected, emailOf(value), JSON.stringify(value));
    }
    assert.ok(decided > 40_000, `${decided} decided from the characters`);
    // The edges of each part, which random emails reach only now and then.
    const edges = ['a.@b.co', '.a@b.co', 'a..b@b.co', "a'@b.co", "'a@b.co", 'a@-b.co', 'a@b-.co'];
    edges.push('a@b..co', 'a@b.c', 'a@b.c0', 'a@.b.co', 'a@b.co.', 'A@B.CO', 'a@b', '@b.co');
    edges.push(
      'a@@b.co',
      'a b@c.co',
      'a_+-@1.co',
      `${'a'.repeat(245)}@b.co`,
      `${'a'.repeat(250)}@b.co`,
    );
    for (const value of edges) {
      const fast = emailAt(value, 0, value.length);
      const expected = fast === 0 ? undefined : fast === 1 ? value : value.toLowerCase();
      assert.equal(expected, emailOf(value), value);
    }
  });

  it('names: not empty once trimmed, at most their limit', () => {
    let valid = 0;
    for (let i = 0; i < 30_000; i++) {
      const value = aName();
      const max = pick([1, 100, 200]);
      const success = name('Name', max).safeParse(value).success;
      assert.equal(
        fitsName(value.trim().length, max),
        success,
        `${JSON.stringify(value)} ≤ ${max}`,
      );
      if (success) valid++;
    }
    assert.ok(valid > 3_000 && valid < 27_000, `${valid} valid`);
  });

  it('date of birth: a real date, in the past, less than 130 years ago', () => {
    const now = new Date();
    let valid = 0;
    for (let i = 0; i < 30_000; i++) {
      const value = aDate(now);
      const success = dateOfBirth.safeParse(value).success;
      assert.equal(isBirthDate(value, now), success, JSON.stringify(value));
      if (success) valid++;
    }
    assert.ok(valid > 3_000 && valid < 27_000, `${valid} valid`);
  });
});
