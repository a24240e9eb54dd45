// Every public entry of every package as a consumer's TypeScript sees it, checked under
// `moduleResolution` node16 and bundler (tsconfig.node16.json, tsconfig.bundler.json).
import {
  createClient,
  errorCodes,
  isInvitekitError,
  type ErrorCode,
  type Invitation,
  type InvitekitClient,
} from '@invitekit/sdk';
import { AddMemberBody, fieldErrorsFrom } from '@invitekit/sdk/schemas';
import { createHttp, invitations } from '@invitekit/sdk/invitations';
import { buildOpenApi } from '@invitekit/sdk/openapi';
import { createMockApi, demoTokens } from '@invitekit/mock-api';
import { setupMockApi } from '@invitekit/mock-api/node';
import type { startMockApi } from '@invitekit/mock-api/browser';
import {
  InvitekitElement,
  loadMessages,
  type InviteForm,
  type InviteSentDetail,
} from '@invitekit/elements';
import type { InvitationTable } from '@invitekit/elements/define/invitation-table';
import type {} from '@invitekit/elements/jsx';
import { InviteForm as InviteFormComponent } from '@invitekit/react';

type Expect<T extends true> = T;
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export type Checks = [
  Expect<Equal<(typeof errorCodes)[number], ErrorCode>>,
  Expect<Equal<HTMLElementTagNameMap['invite-form'], InviteForm>>,
  Expect<Equal<HTMLElementTagNameMap['invitation-table'], InvitationTable>>,
  Expect<Equal<DocumentEventMap['invitekit-invite-sent']['detail'], InviteSentDetail>>,
  Expect<Equal<Awaited<ReturnType<InvitekitClient['invitations']['resend']>>, Invitation>>,
];

export async function usage(error: unknown): Promise<void> {
  const client = createClient({ baseUrl: 'http://127.0.0.1:4010/v1', token: demoTokens.admin });
  const body = AddMemberBody.parse({ email: 'a@b.co', role: 'Member' });
  await client.projects.addMember('prj_riverside', body);
  if (isInvitekitError(error, 'conflict')) {
    const code: 'conflict' = error.code;
    void code;
  }
  void fieldErrorsFrom([]);
  void invitations(createHttp({ baseUrl: '/v1' })).list();
  void buildOpenApi();
  void createMockApi();
  void setupMockApi;
  const start: typeof startMockApi | undefined = undefined;
  void start;
  void loadMessages('fr');
  void InvitekitElement.define;
  void InviteFormComponent;
  // @ts-expect-error the field schemas are not on the root entry
  void (await import('@invitekit/sdk')).email;
}
