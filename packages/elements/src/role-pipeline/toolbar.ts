// The board's header (the role, its headcount and requirements), its toolbar (search, who to
// show, order, compact; the selection's "Move to…"), and the stage picker that stands in for the
// columns below 720 px (a tab list: ←/→ move between stages).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PipelineStage, Role } from '@invitekit/sdk';
import type { Messages } from '../shared/messages/index.js';
import { columns, type Filter, type Sort } from './board.js';
import type { PipelineMessages } from './messages/index.js';

/** A heading at `level` (the host picks the role's; columns are one below), styled by `depth`. */
export function heading(depth: number, level: number, text: string, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} class="h${depth}" id=${ifDefined(id)}>
    ${text}
  </div>`;
}

export function renderHeader(
  p: PipelineMessages,
  role: Role,
  confirmed: number,
  level: number,
): TemplateResult {
  const required = role.requiredCertifications;
  return html`<header class="header" part="header">
    ${heading(0, level, role.title)}
    <p>
      <span class="headcount">${p.headcount(confirmed, role.headcount)}</span>
      <span class="hint">${required.length ? p.requires(required) : p.nothingRequired}</span>
    </p>
  </header>`;
}

export interface ToolbarContext {
  p: PipelineMessages;
  search: string;
  filter: Filter;
  sort: Sort;
  compact: boolean;
  /** How many people are selected. */
  selected: number;
  onSearch: (text: string) => void;
  onFilter: (filter: Filter) => void;
  onSort: (sort: Sort) => void;
  onCompact: () => void;
  onClear: () => void;
  /** The selection's "Move to…" menu button. */
  moveButton: () => TemplateResult;
}

function choice<T extends string>(
  label: string,
  options: Record<T, string>,
  value: T,
  onChange: (value: T) => void,
): TemplateResult {
  return html`<label
    >${label}
    <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}>
      ${Object.entries<string>(options).map(
        ([key, text]) => html`<option value=${key} ?selected=${key === value}>${text}</option>`,
      )}
    </select>
  </label>`;
}

export function renderToolbar(c: ToolbarContext): TemplateResult {
  const { p } = c;
  return html`<div class="toolbar" part="toolbar">
      <input
        type="search"
        aria-label=${p.search}
        placeholder=${p.search}
        .value=${c.search}
        @input=${(e: Event) => c.onSearch((e.target as HTMLInputElement).value)}
      />
      ${choice(p.show, p.filters, c.filter, c.onFilter)}
      ${choice(p.order, p.sorts, c.sort, c.onSort)}
      <button type="button" aria-pressed=${c.compact ? 'true' : 'false'} @click=${c.onCompact}>
        ${p.compact}
      </button>
    </div>
    ${
      c.selected
        ? html`<div class="bulk" part="toolbar" role="group" aria-label=${p.selected(c.selected)}>
            <span>${p.selected(c.selected)}</span> ${c.moveButton()}
            <button type="button" @click=${c.onClear}>${p.clearSelection}</button>
          </div>`
        : nothing
    }`;
}

export interface PickerContext {
  p: PipelineMessages;
  t: Messages;
  picked: PipelineStage;
  count: (stage: PipelineStage) => number;
  /** A drop target's class while a move points at that stage. */
  dropClass: (stage: PipelineStage) => string;
  /** Shows `stage`'s list; with `focus`, its tab takes focus (the arrow keys). */
  pick: (stage: PipelineStage, focus: boolean) => Promise<void>;
}

export function renderPicker(c: PickerContext): TemplateResult {
  const at = columns.indexOf(c.picked as (typeof columns)[number]);
  return html`<div
    class="picker"
    role="tablist"
    aria-label=${c.p.picker}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      e.preventDefault();
      const step = e.key === 'ArrowRight' ? 1 : -1;
      const next = columns[(at + step + columns.length) % columns.length];
      if (next) void c.pick(next, true);
    }}
  >
    ${columns.map(
      (stage) =>
        html`<button
          type="button"
          role="tab"
          id="tab-${stage}"
          data-stage=${stage}
          class=${c.dropClass(stage)}
          aria-selected=${stage === c.picked ? 'true' : 'false'}
          aria-controls="column-${stage}"
          tabindex=${stage === c.picked ? 0 : -1}
          @click=${() => void c.pick(stage, false)}
        >
          ${c.p.stages[stage]} <span class="count">${c.t.time.number(c.count(stage))}</span>
        </button>`,
    )}
  </div>`;
}
