// Type tests for the SDK's public API, checked by `tsc -p test` (part of `pnpm typecheck`).
// A signature that silently widens to `any` or changes shape fails to compile here.
import {
  createClient,
  isInvitekitError,
  type AddMemberResult,
  type ErrorCode,
  type Invitation,
  type InvitationPage,
  type InvitekitClient,
  type InvitekitError,
  type Pipeline,
} from '@invitekit/sdk';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
type Result<
  K extends keyof InvitekitClient,
  M extends keyof InvitekitClient[K],
> = InvitekitClient[K][M] extends (...args: never[]) => infer R ? Awaited<R> : never;

export type Checks = [
  Expect<Equal<Result<'invitations', 'resend'>, Invitation>>,
  Expect<Equal<Result<'invitations', 'list'>, InvitationPage>>,
  Expect<Equal<Result<'projects', 'addMember'>, AddMemberResult>>,
  Expect<Equal<Result<'roles', 'pipeline'>, Pipeline>>,
  Expect<Equal<IsAny<Result<'people', 'get'>>, false>>,
  Expect<Equal<IsAny<InvitekitError['fieldErrors']>, false>>,
  Expect<Equal<InvitekitError['code'], ErrorCode>>,
  Expect<Equal<InvitationPage['counts']['pending'], number>>,
];

const client = createClient({ baseUrl: '/api/v1', token: 't' });

export async function usage(): Promise<void> {
  // Paged lists iterate items of the right type.
  const statuses: Invitation['status'][] = [];
  for await (const invitation of client.invitations.list({ status: ['pending'] })) {
    statuses.push(invitation.status);
  }
  // @ts-expect-error a project role must be one of the contract's roles
  await client.projects.addMember('prj_1', { email: 'a@b.co', role: 'Boss' });
  // @ts-expect-error the body is required
  await client.batches.addOne('bat_1');
  // @ts-expect-error an unknown filter
  await client.invitations.list({ colour: 'red' });
}

/** A switch over every code compiles only while it names them all. */
export function describe(error: unknown): string {
  if (!isInvitekitError(error)) return 'not ours';
  switch (error.code) {
    case 'validation':
    case 'not_found':
    case 'unauthorized':
    case 'forbidden':
    case 'conflict':
    case 'inactive_user':
    case 'invalid_transition':
    case 'link_expired':
    case 'rate_limited':
    case 'network':
    case 'timeout':
    case 'bad_response':
      return error.code;
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}

export function narrow(error: unknown): ('conflict' | 'inactive_user')[] {
  const codes: ('conflict' | 'inactive_user')[] = [];
  const others: 'network'[] = [];
  if (isInvitekitError(error, 'conflict', 'inactive_user')) {
    codes.push(error.code);
    // @ts-expect-error narrowed to the codes asked for
    others.push(error.code);
  }
  return codes;
}
