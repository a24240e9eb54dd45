// Small template pieces every element reuses, so fields and notices look and behave alike.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isInvitekitError } from '@invitekit/sdk';
import type { Messages } from './messages/index.js';

export interface FieldOptions {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  optionalLabel?: string;
  /** The control itself; it must carry `id`, and `aria-describedby` from `describedBy()`. */
  control: TemplateResult;
  extra?: TemplateResult | typeof nothing;
}

/** The ids a control should list in `aria-describedby`. */
export const describedBy = (id: string, hint: unknown, error: unknown): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A labelled field with its hint and its error beside it. */
export function field(o: FieldOptions): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${o.id}
      >${o.label}${o.optional ? html` <span class="hint">(${o.optionalLabel})</span>` : nothing}</label
    >
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing} ${o.control}
    ${o.error ? html`<span class="error" id="${o.id}-error">${o.error}</span>` : nothing}
    ${o.extra ?? nothing}
  </div>`;
}

/** A notice: `role="alert"` for errors, `role="status"` otherwise. */
export function notice(
  tone: 'error' | 'success' | 'warning' | 'info',
  title: string,
  body: (TemplateResult | string | typeof nothing)[],
  actions: TemplateResult | typeof nothing = nothing,
  id?: string,
): TemplateResult {
  return html`<div
    class="notice"
    data-tone=${tone}
    role=${tone === 'error' ? 'alert' : 'status'}
    part="notice"
    id=${ifDefined(id)}
    tabindex="-1"
  >
    <p><strong>${title}</strong></p>
    ${body.map((b) => (b === nothing ? nothing : html`<p>${b}</p>`))}
    ${actions === nothing ? nothing : html`<div class="actions">${actions}</div>`}
  </div>`;
}

/** What an element knows about the request that failed, to fill the catalogue's sentences. */
export interface ErrorContext {
  /** The email it was for. */
  email?: string;
  /** The project, pool or workspace it was for, by name. */
  target?: string;
  /** What a `not_found` is about. */
  subject?: 'project' | 'pool';
}

/**
 * A failure in the page's language: a title (for refusals that have one) and a sentence, both
 * from the catalogue, chosen by the error's `code` and `details`. The API's own message shows
 * only for a code the kit does not know.
 */
export function explain(
  error: unknown,
  t: Messages,
  context: ErrorContext = {},
): { title?: string; text: string } {
  if (!isInvitekitError(error)) return { text: t.errors.unexpected };
  const e = t.errors;
  const detail = (key: string) => {
    const value = error.details[key];
    return typeof value === 'string' ? value : '';
  };
  const name = detail('personName') || context.email || '';
  const role = (value: string) => (t.roles as Partial<Record<string, string>>)[value] ?? value;
  switch (error.code) {
    case 'network':
      return { text: e.network };
    case 'timeout':
      return { text: e.timeout };
    case 'rate_limited':
      return { text: e.rateLimited(error.retryAfter ?? 1) };
    case 'bad_response':
      return { text: e.unexpected };
    case 'unauthorized':
      return { text: e.unauthorized };
    case 'forbidden':
      return { text: e.forbidden };
    case 'not_found':
      return { text: e.notFound[context.subject ?? 'other'] };
    case 'validation':
      return { text: e.validation };
    case 'link_expired':
      return { text: e.linkExpired };
    case 'inactive_user':
      return detail('accountStatus') === 'disabled'
        ? { title: e.disabledTitle, text: e.disabled(name) }
        : { title: e.notActivatedTitle, text: e.notActivated(name) };
    case 'conflict':
      switch (detail('reason')) {
        case 'pending_invitation': {
          const sentAt = detail('sentAt');
          return {
            title: e.pendingTitle,
            text: e.pending(
              context.email ?? '',
              context.target ?? '',
              role(detail('role')),
              sentAt ? t.time.date(sentAt) : '',
            ),
          };
        }
        case 'already_member':
          return {
            title: e.memberTitle,
            text: e.member(name, context.target ?? '', role(detail('conflictingRole'))),
          };
        case 'platform_role': {
          const held = detail('conflictingRole');
          return {
            title: e.roleConflictTitle,
            text: e.roleConflict(
              name,
              t.platformRoles[held] ?? held,
              role(detail('requestedRole')),
              role(detail('allowedRole') || 'Viewer'),
            ),
          };
        }
        default:
          return detail('signupId')
            ? { title: e.conflictTitle, text: e.alreadySignedUp }
            : { title: e.conflictTitle, text: e.conflict };
      }
    case 'invalid_transition': {
      const status = detail('status');
      if (status === 'expired') return { text: e.expiredReinvite };
      const label = (t.table.status as Partial<Record<string, string>>)[status];
      return { text: label ? e.notNow(label) : e.changed };
    }
    default:
      return { text: error.message };
  }
}

/** The sentence to show for a failure nobody's field caused. */
export const describeError = (error: unknown, t: Messages, context?: ErrorContext): string =>
  explain(error, t, context).text;

/** Whether trying the same request again could help. */
export const retryable = (error: unknown): boolean =>
  !isInvitekitError(error) ||
  ['network', 'timeout', 'rate_limited', 'bad_response'].includes(error.code);
