// Type tests for the elements' events, checked by `tsc -p test` (part of `pnpm typecheck`): a
// listener on the element, on any ancestor, on the document or on the window gets the typed
// event, so `e.detail` never silently becomes `any`.
import type {
  ActionRequestDetail,
  InviteRequestDetail,
  InviteSentDetail,
  InvitekitEventMap,
} from '@invitekit/elements';
import '@invitekit/elements/define/invite-form';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type DetailIn<M, K extends keyof M> = M[K] extends CustomEvent<infer D> ? D : never;

export type Checks = [
  Expect<Equal<DetailIn<HTMLElementEventMap, 'invitekit-invite-sent'>, InviteSentDetail>>,
  Expect<Equal<DetailIn<DocumentEventMap, 'invitekit-invite-sent'>, InviteSentDetail>>,
  Expect<Equal<DetailIn<WindowEventMap, 'invitekit-invite-sent'>, InviteSentDetail>>,
  Expect<Equal<DetailIn<DocumentEventMap, 'invitekit-action-request'>, ActionRequestDetail>>,
  Expect<Equal<DetailIn<WindowEventMap, 'invitekit-invite-request'>, InviteRequestDetail>>,
  // Every event of the kit, on all three maps.
  Expect<Equal<Exclude<keyof InvitekitEventMap, keyof DocumentEventMap>, never>>,
  Expect<Equal<Exclude<keyof InvitekitEventMap, keyof WindowEventMap>, never>>,
];

export function listeners(): unknown[] {
  const seen: unknown[] = [];
  const form = document.createElement('invite-form');
  form.addEventListener('invitekit-invite-sent', (e) => {
    const outcome: InviteSentDetail['outcome'] = e.detail.outcome;
    seen.push(outcome);
  });
  // The README's advice: listen on any ancestor, the document included.
  document.addEventListener('invitekit-invite-sent', (e) => {
    const outcome: InviteSentDetail['outcome'] = e.detail.outcome;
    // @ts-expect-error not a field of the detail
    seen.push(outcome, e.detail.nothingLikeThis);
  });
  window.addEventListener('invitekit-invite-request', (e) => {
    if (e.detail.mode === 'project') e.detail.body.message = 'From the host';
    e.preventDefault();
  });
  document.body.addEventListener('invitekit-bulk-done', (e) => {
    const ok: boolean[] = e.detail.results.map((r) => r.ok);
    seen.push(ok);
  });
  return seen;
}
