import * as z from 'zod/mini';
import {
  accountStatuses,
  createPerson,
  disablePerson,
  enablePerson,
  getPerson,
  listPeople,
  lookupPerson,
  sendPlatformInvite,
} from '../people.js';
import {
  cursor,
  dateOfBirth,
  email,
  enumList,
  id,
  message,
  mobile,
  name,
  optionalName,
  pageLimit,
  search,
  sortOrder,
  text,
} from '../fields.js';
import { operation } from './operation.js';

const tagList = (label: string) =>
  z.optional(
    z.array(text(label).check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(100)),
  );

export const CreatePersonBody = z.strictObject({
  email,
  dateOfBirth: z.optional(dateOfBirth),
  firstName: name('First name'),
  middleNames: z.optional(optionalName('Middle names', 200)),
  lastName: name('Last name'),
  preferredName: z.optional(optionalName('Preferred name')),
  mobile: z.optional(mobile),
  skills: tagList('Skill'),
  certifications: tagList('Certification'),
});
export type CreatePersonBody = z.input<typeof CreatePersonBody>;

export const PeopleQuery = z.strictObject({
  status: enumList(accountStatuses),
  poolId: z.optional(id),
  q: search,
  sort: z.optional(z.enum(['name', 'email', 'accountStatus', 'createdAt'])),
  order: sortOrder,
  cursor,
  limit: pageLimit,
});
export type PeopleQuery = z.input<typeof PeopleQuery>;

export const SendPlatformInviteBody = z.strictObject({ message: z.optional(message) });
export type SendPlatformInviteBody = z.input<typeof SendPlatformInviteBody>;

const tag = 'People';
export const peopleOperations = [
  operation(listPeople, {
    id: 'listPeople',
    tag,
    auth: 'admin',
    query: PeopleQuery,
    errors: ['validation', 'not_found'],
    summary: 'List people in the workspace with their account status',
  }),
  operation(lookupPerson, {
    id: 'lookupPerson',
    tag,
    auth: 'admin',
    query: z.strictObject({ email }),
    errors: ['validation'],
    summary: 'Look a personal email up before adding someone (R15)',
    description:
      "Profiles are global (keyed by email), so this says whether one exists for the email. `person` (id, display name, account status) is filled only when that person already belongs to the caller's workspace; for a profile of other workspaces only, it is null.",
  }),
  operation(getPerson, {
    id: 'getPerson',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'One person',
  }),
  operation(createPerson, {
    id: 'createPerson',
    tag,
    auth: 'admin',
    body: CreatePersonBody,
    status: 201,
    errors: ['validation', 'conflict'],
    summary: 'Create a person; their account starts `initial` (R1)',
    description:
      "409 `conflict` when a profile exists for the email; `details.personId` names it only when the person belongs to the caller's workspace.",
  }),
  operation(sendPlatformInvite, {
    id: 'sendPlatformInvite',
    tag,
    auth: 'admin',
    body: SendPlatformInviteBody,
    errors: ['not_found', 'inactive_user', 'invalid_transition'],
    summary: 'Send (or resend) the platform invitation with an activation link (R2)',
    description:
      'An invitation is emailed at most 3 times an hour; past that the answer is 429 `rate_limited` with `retryAfter` (seconds) and the `Retry-After` header.',
  }),
  operation(disablePerson, {
    id: 'disablePerson',
    tag,
    auth: 'admin',
    errors: ['not_found'],
    summary: 'Disable a person (R4)',
  }),
  operation(enablePerson, {
    id: 'enablePerson',
    tag,
    auth: 'admin',
    errors: ['not_found', 'invalid_transition'],
    summary: 'Re-enable a disabled person (R4)',
  }),
] as const;
