// The two moves that ask first: inviting (an optional message for the "view job details" email,
// R22) and rejecting (a reason for the team, and whether to email them, R26). Each is a question
// for the shared Confirm; its answers are read when it is confirmed.
import { html, nothing } from 'lit';
import type { Candidate } from '@invitekit/sdk';
import type { ConfirmRequest } from '../shared/controllers/confirm.js';
import type { MoveOptions } from './moves.js';
import type { PipelineMessages } from './messages/index.js';

type Answer = (options: MoveOptions) => void;

export function inviteQuestion(
  t: PipelineMessages,
  who: string,
  send: Answer,
  cancel: () => void,
): ConfirmRequest {
  let message = '';
  return {
    text: t.inviteQuestion(who),
    confirm: t.sendInvite,
    extra: html`<label class="field" part="field"
      >${t.inviteMessage}
      <textarea
        rows="3"
        maxlength="1000"
        @input=${(e: Event) => (message = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </label>`,
    run: () => send({ message: message.trim() || undefined }),
    onCancel: cancel,
  };
}

export function rejectQuestion(
  t: PipelineMessages,
  who: string,
  people: Candidate[],
  send: Answer,
  cancel: () => void,
): ConfirmRequest {
  const options: MoveOptions = { notify: true };
  return {
    text: t.rejectQuestion(who),
    confirm: t.reject,
    extra: html`<label class="field" part="field"
        >${t.rejectReason}
        <input
          type="text"
          maxlength="500"
          @input=${(e: Event) => (options.reason = (e.target as HTMLInputElement).value.trim())}
        />
      </label>
      <label class="check"
        ><input
          type="checkbox"
          checked
          @change=${(e: Event) => (options.notify = (e.target as HTMLInputElement).checked)}
        />
        ${t.rejectNotify}</label
      >
      ${
        people.some((c) => c.stage === 'matches')
          ? html`<p class="hint">${t.rejectMatchesNote}</p>`
          : nothing
      }`,
    run: () => send(options),
    onCancel: cancel,
  };
}
