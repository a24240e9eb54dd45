// People and their platform accounts (R1–R4).
import * as z from 'zod/mini';
import { counts, endpoint, page } from './common.js';
import type { CreatePersonBody, PeopleQuery, SendPlatformInviteBody } from './requests/people.js';

export const accountStatuses = ['initial', 'invited', 'active', 'disabled'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const Person = z.object({
  id: z.string(),
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
  createdAt: z.string(),
});
export type Person = z.infer<typeof Person>;

/**
 * What an email lookup reveals before an admin adds someone (R15): whether a profile exists, and
 * whose it is only when the person already belongs to the admin's workspace (`person` is null
 * for a profile from elsewhere).
 */
export const PersonLookup = z.object({
  match: z.enum(['existing', 'none']),
  person: z.nullable(
    z.object({ id: z.string(), displayName: z.string(), accountStatus: z.enum(accountStatuses) }),
  ),
});
export type PersonLookup = z.infer<typeof PersonLookup>;

export const PeoplePage = page(Person, { counts: counts(accountStatuses) });
export type PeoplePage = z.infer<typeof PeoplePage>;

export const SendPlatformInviteResult = z.object({ person: Person, invitationId: z.string() });

export const listPeople = endpoint<{ query?: PeopleQuery }>()('GET', '/people', PeoplePage);
export const lookupPerson = endpoint<{ query: { email: string } }>()(
  'GET',
  '/people/lookup',
  PersonLookup,
);
export const getPerson = endpoint()('GET', '/people/{personId}', Person);
export const createPerson = endpoint<{ body: CreatePersonBody }>()('POST', '/people', Person);
export const sendPlatformInvite = endpoint<{ body: SendPlatformInviteBody }>()(
  'POST',
  '/people/{personId}/invite',
  SendPlatformInviteResult,
);
export const disablePerson = endpoint()('POST', '/people/{personId}/disable', Person);
export const enablePerson = endpoint()('POST', '/people/{personId}/enable', Person);
