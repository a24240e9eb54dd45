// Field messages in the page's language. The SDK's request schemas decide what is valid (the
// browser says exactly what the server would); the catalogue says why, from each issue's code.
import type { FieldErrors } from '@invitekit/sdk';
import { isCalendarDate } from '@invitekit/sdk/schemas';
import type { Messages } from './messages/index.js';

/** A schema issue as zod reports it (parsed with `reportInput: true`). */
export interface Issue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly format?: string;
  readonly maximum?: unknown;
  readonly input?: unknown;
}

const blank = (input: unknown) =>
  input === undefined || (typeof input === 'string' && !input.trim());

/** One issue's message; `label` is the field's name as the form shows it. */
function messageFor(issue: Issue, t: Messages, label: string): string {
  const v = t.validation;
  const field = String(issue.path[0] ?? '');
  if (field === 'role') return v.chooseRole;
  if (issue.code !== 'too_big' && blank(issue.input)) return v.required(label);
  switch (issue.code) {
    case 'too_big':
      return v.tooLong(label, Number(issue.maximum));
    case 'too_small':
      return v.required(label);
    case 'invalid_format':
      return issue.format === 'email'
        ? v.email
        : issue.format === 'url'
          ? v.link
          : v.invalid(label);
    case 'custom':
      if (field === 'dateOfBirth')
        return typeof issue.input === 'string' && isCalendarDate(issue.input.trim())
          ? v.pastDate
          : v.realDate;
      return v.invalid(label);
    default:
      return v.invalid(label);
  }
}

/** `{ 'links.0': ['Links must start…'] }` from a schema's issues, every message from the catalogue. */
export function fieldErrorsIn(
  issues: readonly Issue[],
  t: Messages,
  label: (field: string) => string,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path.join('.') || '_';
    (out[path] ??= []).push(messageFor(issue, t, label(String(issue.path[0] ?? ''))));
  }
  return out;
}

/**
 * The API's field errors in the page's language: the form's own message for the field when its
 * schema agrees, else "required" for an empty field (a name the server needs for someone new),
 * else "not valid".
 */
export function localiseFieldErrors(
  server: FieldErrors,
  own: FieldErrors,
  t: Messages,
  label: (field: string) => string,
  isEmpty: (field: string) => boolean,
): FieldErrors {
  const out: FieldErrors = {};
  for (const path of Object.keys(server)) {
    const field = path.split('.')[0] ?? path;
    out[path] = own[path] ?? [
      isEmpty(field) ? t.validation.required(label(field)) : t.validation.invalid(label(field)),
    ];
  }
  return out;
}
