// fieldErrorsFrom builds the `fieldErrors` of every validation answer (server) and error (client)
// from field names the request chose, so no field name may reach Object.prototype.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { fieldErrorsFrom } from '../src/errors.js';

const prototypeNames = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__proto__',
  '__defineGetter__',
];

describe('fieldErrorsFrom', () => {
  it('names fields called like Object.prototype members as plain own keys', () => {
    const body = JSON.parse(
      `{${prototypeNames.map((key, i) => `"${key}": ${String(i)}`).join(', ')}}`,
    ) as unknown;
    const result = z.strictObject({ email: z.string() }).safeParse(body);
    assert.equal(result.success, false);
    const errors = fieldErrorsFrom(result.error?.issues ?? []);
    assert.deepEqual(Object.keys(errors).sort(), [...prototypeNames, 'email'].sort());
    for (const key of prototypeNames) {
      assert.ok(Object.hasOwn(errors, key), key);
      assert.deepEqual(errors[key], ['Unknown field']);
    }
    assert.equal(Object.getPrototypeOf(errors), Object.prototype, 'a plain object');
    assert.match(JSON.stringify(errors), /"__proto__":\["Unknown field"\]/);
  });

  it('collects every message per field, and a path of numbers, words and symbols as dotted text', () => {
    const errors = fieldErrorsFrom([
      { path: ['rows', 2, 'email'], message: 'one' },
      { path: ['rows', 2, 'email'], message: 'two' },
      { path: ['constructor', 'prototype'], message: 'deep' },
      { path: [Symbol('s')], message: 'symbol' },
      { path: [], message: 'whole body' },
    ]);
    assert.deepEqual(errors, {
      'rows.2.email': ['one', 'two'],
      'constructor.prototype': ['deep'],
      'Symbol(s)': ['symbol'],
      _: ['whole body'],
    });
  });
});
