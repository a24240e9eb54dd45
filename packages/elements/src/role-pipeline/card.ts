// A person's card, and their details: what a card shows is text, never markup, and colour is
// never the only signal (✓/✗ beside each certification, ⚠ beside a warning, words for each tag).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Candidate, Role } from '@invitekit/sdk';
import type { Messages } from '../shared/messages/index.js';
import type { PipelineMessages } from './messages/index.js';

export interface CardContext {
  t: Messages;
  p: PipelineMessages;
  /** The role's required certifications. */
  required: string[];
  now: number;
  compact: boolean;
  tabIndex: (index: number) => 0 | -1;
  selected: (id: string) => boolean;
  /** In a keyboard or pointer move right now. */
  moving: (id: string) => boolean;
  /** Moved on the board, not yet agreed by the API. */
  pending: (id: string) => boolean;
  toggle: (id: string, range: boolean) => void;
  onFocus: (index: number, personId: string) => void;
  onPress: (event: PointerEvent, card: Candidate) => void;
  menu: (id: string, tabindex: number) => TemplateResult;
}

/** Why a person cannot be invited (R23), in the reader's language; null when they can. */
export function inactiveReason(p: PipelineMessages, card: Candidate): string | null {
  return card.accountStatus === 'active' ? null : p.inactive[card.accountStatus];
}

function timeInStage(ctx: CardContext, card: Candidate, short: boolean): string {
  return card.stageSince ? ctx.p.inStage(ctx.now - Date.parse(card.stageSince), short) : '';
}

export function renderCard(ctx: CardContext, card: Candidate, index: number): TemplateResult {
  const { p, compact } = ctx;
  const tab = ctx.tabIndex(index);
  const id = card.personId;
  const selectable = card.stage !== 'rejected';
  const inactive = inactiveReason(p, card);
  const tags = html`${
    inactive
      ? html`<span class="tag warn" part="tag" title=${inactive}
          ><span aria-hidden="true">⚠</span
          ><span class=${compact ? 'visually-hidden' : ''}>${p.inactiveTag}</span></span
        >`
      : nothing
  }${
    card.inviteDeclined
      ? html`<span class="tag" part="tag" title=${p.declined}
          ><span aria-hidden="true">✕</span
          ><span class=${compact ? 'visually-hidden' : ''}>${p.declined}</span></span
        >`
      : nothing
  }`;
  const time = timeInStage(ctx, card, compact);
  return html`<div
    role="row"
    class="card ${ctx.moving(id) ? 'moving' : ''} ${ctx.pending(id) ? 'pending' : ''}"
    part="card"
    data-index=${index}
    data-id=${id}
    aria-rowindex=${index + 1}
    aria-selected=${ifDefined(selectable ? (ctx.selected(id) ? 'true' : 'false') : undefined)}
    aria-describedby="card-help"
    tabindex=${tab}
    @focusin=${() => ctx.onFocus(index, id)}
    @pointerdown=${(e: PointerEvent) => ctx.onPress(e, card)}
  >
    <div role="gridcell" class="cell">
      <div class="top">
        ${
          selectable
            ? html`<input
                  type="checkbox"
                  tabindex=${tab}
                  aria-label=${p.selectCard(card.name)}
                  .checked=${ctx.selected(id)}
                  @click=${(e: MouseEvent) => {
                    if (!e.shiftKey) return;
                    e.preventDefault();
                    ctx.toggle(id, true);
                  }}
                  @change=${() => ctx.toggle(id, false)}
                /><span class="grip" aria-hidden="true">⠿</span>`
            : nothing
        }
        <strong class="name">${card.name}</strong>
        ${compact ? html`${tags}<span class="meta">${time}</span>` : nothing}
        <span class="acts">${ctx.menu(id, tab)}</span>
      </div>
      ${
        compact
          ? nothing
          : html`<div class="meta">${tags} ${time}</div>
              ${renderCertifications(p, card, ctx.required)}
              ${
                inactive
                  ? html`<div class="why">${inactive}</div>`
                  : card.rejectionReason
                    ? html`<div class="why">${p.reason(card.rejectionReason)}</div>`
                    : nothing
              }`
      }
    </div>
  </div>`;
}

/** The role's required certifications, each held (✓) or missing (✗); or, with none required, what they hold. */
function renderCertifications(
  p: PipelineMessages,
  card: Candidate,
  required: string[],
): TemplateResult {
  if (!required.length) return html`<div class="certs">${card.certifications.join(' · ')}</div>`;
  const missing = new Set(card.missingCertifications);
  return html`<div class="certs">
    ${required.map((c) =>
      missing.has(c)
        ? html`<span class="lacks" title=${p.lacks(c)}
            ><span aria-hidden="true">✗ ${c}</span
            ><span class="visually-hidden">${p.lacks(c)}</span></span
          >`
        : html`<span class="holds" title=${p.holds(c)}
            ><span aria-hidden="true">✓ ${c}</span
            ><span class="visually-hidden">${p.holds(c)}</span></span
          >`,
    )}
  </div>`;
}

/** A person's details in place: the legal name, email, account, certifications, stage, reason. */
export function renderDetails(
  t: Messages,
  p: PipelineMessages,
  card: Candidate,
  role: Role | undefined,
  now: number,
  close: () => void,
): TemplateResult {
  const f = p.detailFields;
  const missing = card.missingCertifications;
  const rows: [string, string][] = [
    [f.shownAs, card.name],
    [f.legalName, card.legalName],
    [f.email, card.email],
    [
      f.account,
      `${t.table.account[card.accountStatus]}${inactiveReason(p, card) ? ` · ${inactiveReason(p, card)}` : ''}`,
    ],
    [f.certifications, card.certifications.join(', ') || f.none],
    [f.missing, role && missing.length ? missing.join(', ') : f.none],
    [
      f.since,
      card.stageSince
        ? `${p.stages[card.stage]} · ${t.time.date(card.stageSince)} (${p.duration(now - Date.parse(card.stageSince))})`
        : p.stages[card.stage],
    ],
    ...(card.rejectionReason ? [[f.reason, card.rejectionReason] as [string, string]] : []),
  ];
  return html`<div
    class="details notice"
    part="notice"
    role="dialog"
    aria-labelledby="details-title"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
    }}
  >
    <p id="details-title"><strong>${p.detailsTitle(card.name)}</strong></p>
    <dl>
      ${rows.map(
        ([term, value]) =>
          html`<dt>${term}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" data-close @click=${close}>${t.common.close}</button>
    </div>
  </div>`;
}
