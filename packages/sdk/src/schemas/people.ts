// People and their platform accounts (R1–R4).
import * as z from 'zod/mini';
import { page, route } from './common.js';
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
  timestamp,
} from './fields.js';

export const accountStatuses = ['initial', 'invited', 'active', 'disabled'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const Person = z.object({
  id,
  email: z.string(),
  dateOfBirth: z.nullable(z.string()),
  firstName: z.string(),
  middleNames: z.string(),
  lastName: z.string(),
  preferredName: z.nullable(z.string()),
  mobile: z.nullable(z.string()),
  skills: z.array(z.string()),
  certifications: z.array(z.string()),
  accountStatus: z.enum(accountStatuses),
  /** Pools of the caller's workspace this person belongs to. */
  poolIds: z.array(z.string()),
  createdAt: timestamp,
});
export type Person = z.infer<typeof Person>;

/** What an email lookup reveals before an admin adds someone (R15). */
export const PersonLookup = z.object({
  match: z.enum(['existing', 'none']),
  person: z.optional(
    z.object({
      id,
      displayName: z.string(),
      accountStatus: z.enum(accountStatuses),
    }),
  ),
});
export type PersonLookup = z.infer<typeof PersonLookup>;

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

export const PeoplePage = z.extend(page(Person), {
  counts: z.record(z.enum(accountStatuses), z.number()),
});

export const SendPlatformInviteBody = z.strictObject({ message: z.optional(message) });

export const listPeople = route({
  id: 'listPeople',
  tag: 'People',
  method: 'GET',
  path: '/people',
  summary: 'List people in the workspace with their account status',
  auth: 'admin',
  query: PeopleQuery,
  response: PeoplePage,
  errors: ['validation'],
});
export const lookupPerson = route({
  id: 'lookupPerson',
  tag: 'People',
  method: 'GET',
  path: '/people/lookup',
  summary: 'Look a personal email up before adding someone (R15)',
  auth: 'admin',
  query: z.strictObject({ email }),
  response: PersonLookup,
  errors: ['validation'],
});
export const getPerson = route({
  id: 'getPerson',
  tag: 'People',
  method: 'GET',
  path: '/people/{personId}',
  summary: 'One person',
  auth: 'admin',
  response: Person,
  errors: ['not_found'],
});
export const createPerson = route({
  id: 'createPerson',
  tag: 'People',
  method: 'POST',
  path: '/people',
  summary: 'Create a person; their account starts `initial` (R1)',
  auth: 'admin',
  body: CreatePersonBody,
  response: Person,
  status: 201,
  errors: ['validation', 'conflict'],
});
export const sendPlatformInvite = route({
  id: 'sendPlatformInvite',
  tag: 'People',
  method: 'POST',
  path: '/people/{personId}/invite',
  summary: 'Send (or resend) the platform invitation with an activation link (R2)',
  auth: 'admin',
  body: SendPlatformInviteBody,
  response: z.object({ person: Person, invitationId: id }),
  errors: ['not_found', 'inactive_user', 'invalid_transition'],
});
export const disablePerson = route({
  id: 'disablePerson',
  tag: 'People',
  method: 'POST',
  path: '/people/{personId}/disable',
  summary: 'Disable a person (R4)',
  auth: 'admin',
  response: Person,
  errors: ['not_found'],
});
export const enablePerson = route({
  id: 'enablePerson',
  tag: 'People',
  method: 'POST',
  path: '/people/{personId}/enable',
  summary: 'Re-enable a disabled person (R4)',
  auth: 'admin',
  response: Person,
  errors: ['not_found', 'invalid_transition'],
});

export const peopleRoutes = [
  listPeople,
  lookupPerson,
  getPerson,
  createPerson,
  sendPlatformInvite,
  disablePerson,
  enablePerson,
] as const;
