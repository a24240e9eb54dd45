// A stage's column: its head (select everyone shown, the stage, its count) over a one-column grid
// of cards, only those in view rendered (VirtualList); the drop line of a move in progress; and the
// rejected list, folded below the columns (R26).
import { html, nothing, type TemplateResult } from 'lit';
import type { Candidate, PipelineStage } from '@invitekit/sdk';
import { cssProps } from '../shared/controllers/css-props.js';
import type { Selection } from '../shared/controllers/selection.js';
import type { VirtualList } from '../shared/controllers/virtual-list.js';
import { renderCard, type CardContext } from './card.js';
import type { PipelineMessages } from './messages/index.js';
import { heading } from './toolbar.js';

export interface ColumnContext {
  p: PipelineMessages;
  selection: Selection;
  narrow: boolean;
  /** The level of the role's heading; a column's is one below. */
  headingLevel: number;
  /** How many people the stage holds before search and filter. */
  total: (stage: PipelineStage) => number;
  list: (stage: PipelineStage) => VirtualList;
  cards: (stage: PipelineStage, shown: Candidate[]) => CardContext;
  /** A drop target's class while a move points at that stage. */
  dropClass: (stage: PipelineStage) => string;
  /** Where a move in progress would land in that stage (your order only). */
  dropLine: (stage: PipelineStage) => number | undefined;
  onKeyDown: (event: KeyboardEvent, stage: PipelineStage) => void;
  onScroll: (event: Event, stage: PipelineStage) => void;
}

export function renderColumn(
  c: ColumnContext,
  stage: PipelineStage,
  cards: Candidate[],
): TemplateResult {
  const { p, selection } = c;
  const ids = cards.map((card) => card.personId);
  const all = selection.hasAll(ids);
  return html`<section
    class="column ${c.dropClass(stage)}"
    part="column"
    data-stage=${stage}
    id="column-${stage}"
    role=${c.narrow ? 'tabpanel' : 'region'}
    aria-labelledby=${c.narrow ? `tab-${stage}` : `title-${stage}`}
  >
    <div class="column-head">
      <input
        type="checkbox"
        aria-label=${p.selectColumn(p.stages[stage])}
        .checked=${all}
        .indeterminate=${!all && ids.some((id) => selection.has(id))}
        ?disabled=${!ids.length}
        @change=${() => selection.toggleAll(ids)}
      />
      ${heading(1, c.headingLevel + 1, p.stages[stage], `title-${stage}`)}
      <span class="count">${p.count(cards.length, c.total(stage))}</span>
    </div>
    ${renderList(c, stage, cards)}
  </section>`;
}

export function renderList(
  c: ColumnContext,
  stage: PipelineStage,
  cards: Candidate[],
): TemplateResult {
  const { p } = c;
  const list = c.list(stage);
  const ctx = c.cards(stage, cards);
  const line = c.dropLine(stage);
  return html`<div
    role="grid"
    class="grid"
    aria-labelledby="title-${stage}"
    aria-rowcount=${cards.length}
    aria-multiselectable=${stage === 'rejected' ? 'false' : 'true'}
  >
    <div
      role="rowgroup"
      class="cards"
      data-stage=${stage}
      ${cssProps(list.scrollerProps)}
      @scroll=${(e: Event) => c.onScroll(e, stage)}
      @keydown=${(e: KeyboardEvent) => c.onKeyDown(e, stage)}
    >
      ${
        cards.length
          ? list.render(cards, (card, i) => renderCard(ctx, card, i))
          : html`<div role="row">
              <div role="gridcell" class="empty">
                ${c.total(stage) ? p.emptyFiltered : p.empty(p.stages[stage])}
              </div>
            </div>`
      }
      ${
        line === undefined
          ? nothing
          : html`<div
              class="drop-line"
              aria-hidden="true"
              ${cssProps({ top: `${line * list.rowHeight}px` })}
            ></div>`
      }
    </div>
  </div>`;
}

/** The rejected, folded below the columns; open when asked, or pointed at by a move. */
export function renderRejected(
  c: ColumnContext,
  cards: Candidate[],
  open: boolean,
  toggle: () => void,
): TemplateResult {
  const { p } = c;
  return html`<section
    class="rejected ${c.dropClass('rejected')}"
    part="rejected"
    data-stage="rejected"
  >
    <button
      type="button"
      class="disclosure"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="rejected-list"
      @click=${toggle}
    >
      <span aria-hidden="true">${open ? '▾' : '▸'}</span>
      <span id="title-rejected">${p.rejected(p.count(cards.length, c.total('rejected')))}</span>
    </button>
    <div id="rejected-list" ?hidden=${!open}>
      ${open ? renderList(c, 'rejected', cards) : nothing}
    </div>
  </section>`;
}
