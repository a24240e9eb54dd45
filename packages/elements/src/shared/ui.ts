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

/** The sentence to show for a failure nobody's field caused. */
export function describeError(error: unknown, t: Messages): string {
  if (!isInvitekitError(error)) return t.errors.unexpected;
  switch (error.code) {
    case 'network':
      return t.errors.network;
    case 'timeout':
      return t.errors.timeout;
    case 'rate_limited':
      return t.errors.rateLimited(error.retryAfter ?? 1);
    case 'bad_response':
      return t.errors.unexpected;
    default:
      return error.message;
  }
}

/** Whether trying the same request again could help. */
export const retryable = (error: unknown): boolean =>
  !isInvitekitError(error) ||
  ['network', 'timeout', 'rate_limited', 'bad_response'].includes(error.code);
