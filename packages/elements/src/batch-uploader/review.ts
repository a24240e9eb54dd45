// The review table (R17, R18): rows by stage in tabs with their counts, "only rows with problems",
// the export of those, and a virtualized grid (status per row, offending cells marked with their
// message, the file's text beside what was read) worked by mouse or keyboard alone; then the
// invitation bar: a message, invite all valid or the selected rows, remove the selected ones.
// It composes the list machinery the table uses (shared/controllers) and builds words only for
// the rows in view.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ActionMenu, type MenuItem } from '../shared/controllers/action-menu.js';
import { cssProps } from '../shared/controllers/css-props.js';
import { RowFocus } from '../shared/controllers/row-focus.js';
import { Selection } from '../shared/controllers/selection.js';
import { SizeController } from '../shared/controllers/size.js';
import { VirtualList } from '../shared/controllers/virtual-list.js';
import { field } from '../shared/ui.js';
import type { RowList } from './file-rows.js';
import type { UploaderHost } from './host.js';
import { tabs, type Tab, type UploadRows } from './model.js';
import { fieldsOf, type Field } from './read/protocol.js';
import { fieldLabel, hasProblems, invitable, problemsOf, tabOf, who, type Row } from './rows.js';

/** Row height in ems of the element's font: two lines of text and a problem line. */
const ROW_EMS = 4.5;

export interface ReviewOptions {
  /** A run (check, invitations) is under way. */
  busy: () => boolean;
  /** What can be done to a row (its "⋯" menu); none while it is not in the batch yet. */
  actions: (row: Row) => MenuItem[];
  invite: (rows: Row[], message: string) => void;
  remove: (rows: Row[]) => void;
  exportProblems: () => void;
}

export class Review {
  tab: Tab = 'uploaded';
  problemsOnly = false;
  /** The personal message for the invitations. */
  message = '';
  readonly selection: Selection;
  readonly #host: UploaderHost;
  readonly #rows: UploadRows;
  readonly #options: ReviewOptions;
  readonly #size: SizeController;
  readonly #list: VirtualList;
  readonly #focus: RowFocus;
  readonly #menu: ActionMenu<Row>;
  #shown: { key: string; rows: RowList } | undefined;
  /** The keys of the rows listed, and whether all are selected, for as long as neither changes. */
  #keys: { rows: RowList; keys: string[] } | undefined;
  #all: { keys: string[]; selected: ReadonlySet<string>; all: boolean } | undefined;
  #chosen: { version: number; selected: ReadonlySet<string>; rows: Row[] } | undefined;

  constructor(host: UploaderHost, rows: UploadRows, options: ReviewOptions) {
    const element = host.element;
    this.#host = host;
    this.#rows = rows;
    this.#options = options;
    this.#size = new SizeController(element);
    this.#list = new VirtualList(element, {
      rowHeight: () => Math.round(ROW_EMS * this.#size.em),
      scroller: () => element.renderRoot.querySelector<HTMLElement>('.body'),
    });
    this.#focus = new RowFocus(element, this.#list, () => this.shown.length);
    this.selection = new Selection(element);
    this.#menu = new ActionMenu<Row>(element, {
      key: (row) => row.key,
      items: (row) => options.actions(row),
      label: (row) => this.#host.u.actionsFor(who(this.#host.mode, row)),
    });
  }

  /** The rows listed now (worked out once per change of rows, tab or filter). */
  get shown(): RowList {
    const key = `${this.#rows.version}|${this.#rows.pendingCount}|${this.tab}|${this.problemsOnly}`;
    if (this.#shown?.key !== key)
      this.#shown = { key, rows: this.#rows.shown(this.tab, this.problemsOnly) };
    return this.#shown.rows;
  }

  /** Rows can be selected (and invited): the batch's uploaded rows, once the file is checked. */
  get selectable(): boolean {
    return !this.#rows.pendingCount && this.tab === 'uploaded';
  }

  /** The row element shown for `row`, if it is in view. */
  rowElement(row: Row): HTMLElement | null {
    return this.#host.element.renderRoot.querySelector<HTMLElement>(
      `.body [role="row"][data-key="${CSS.escape(row.key)}"]`,
    );
  }

  /** The keys of the rows listed (the batch's rows of a tab: selection works on those). */
  get #shownKeys(): string[] {
    const rows = this.shown;
    // The file's rows are not selectable (nor made into objects all at once).
    if (this.#keys?.rows !== rows)
      this.#keys = { rows, keys: Array.isArray(rows) ? rows.map((r: Row) => r.key) : [] };
    return this.#keys.keys;
  }

  get #allSelected(): boolean {
    const keys = this.#shownKeys;
    const selected = this.selection.ids;
    if (this.#all?.keys !== keys || this.#all.selected !== selected)
      this.#all = { keys, selected, all: this.selection.hasAll(keys) };
    return this.#all.all;
  }

  /** Moves focus to `row` (or, when it left the list, to the row now at its place). */
  focusRow(row: Row | undefined, fallback = this.#focus.index): Promise<void> {
    const at = row ? this.#shownKeys.indexOf(row.key) : -1;
    const last = Math.max(0, this.shown.length - 1);
    return this.#focus.focus(at >= 0 ? at : Math.min(fallback, last));
  }

  /** The uploaded rows that can be invited: all, or the selected ones. */
  invitable(selectedOnly: boolean): Row[] {
    const rows = this.#rows.invitable();
    if (!selectedOnly) return [...rows];
    const selected = this.selection.ids;
    const version = this.#rows.version;
    if (this.#chosen?.version !== version || this.#chosen.selected !== selected)
      this.#chosen = { version, selected, rows: rows.filter((r) => selected.has(r.key)) };
    return this.#chosen.rows;
  }

  showTab(tab: Tab): void {
    this.tab = tab;
    this.selection.clear();
    this.#focus.index = 0;
    this.#host.element.requestUpdate();
  }

  /** Back to the start: the first tab, every row, nothing selected. */
  reset(): void {
    this.problemsOnly = false;
    this.showTab('uploaded');
  }

  #onTabKey(event: KeyboardEvent, tab: Tab): void {
    const at = tabs.indexOf(tab);
    const to =
      event.key === 'ArrowRight'
        ? tabs[(at + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(at - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!to) return;
    event.preventDefault();
    this.showTab(to);
    void this.#host.element.updateComplete.then(() =>
      this.#host.element.renderRoot
        .querySelector<HTMLElement>(`[role="tab"][data-tab="${to}"]`)
        ?.focus(),
    );
  }

  #onGridKey(event: KeyboardEvent): void {
    if (this.#focus.onKeyDown(event)) return;
    if (event.key === ' ' && (event.target as HTMLElement).getAttribute('role') === 'row') {
      event.preventDefault();
      const [row] = this.shown.slice(this.#focus.index, this.#focus.index + 1);
      if (row && this.selectable) this.selection.toggle(row.key);
    }
  }

  /** The one actions menu, rendered once at the element's end. */
  renderMenu(): TemplateResult {
    return this.#menu.render(this.#host.u.actionsFor(''));
  }

  render(): TemplateResult {
    const { t, u, mode } = this.#host;
    const pending = this.#rows.pendingCount > 0;
    const counts = this.#rows.counts();
    const problems = this.#rows.problemCount(this.tab);
    const shown = this.shown;
    const selectable = this.selectable;
    const busy = this.#options.busy();
    const contacts = mode === 'contacts';
    return html`<div class="toolbar" part="toolbar">
        ${
          pending
            ? nothing
            : html`<div role="tablist" aria-label=${u.tabsLabel} class="tabs">
                ${(contacts ? (['uploaded', 'invited'] as const) : tabs).map(
                  (tab) =>
                    html`<button
                      type="button"
                      role="tab"
                      id="tab-${tab}"
                      data-tab=${tab}
                      aria-selected=${this.tab === tab ? 'true' : 'false'}
                      aria-controls="review"
                      tabindex=${this.tab === tab ? 0 : -1}
                      @click=${() => this.showTab(tab)}
                      @keydown=${(e: KeyboardEvent) => this.#onTabKey(e, tab)}
                    >
                      ${u.tabs[tab]} <span class="count">${t.time.number(counts[tab])}</span>
                    </button>`,
                )}
              </div>`
        }
        <label class="choice"
          ><input
            type="checkbox"
            .checked=${live(this.problemsOnly)}
            @change=${(e: Event) => {
              this.problemsOnly = (e.target as HTMLInputElement).checked;
              this.#focus.index = 0;
              this.#host.element.requestUpdate();
            }}
          />
          ${u.problemsOnly(problems)}</label
        >
        <button type="button" ?disabled=${problems === 0} @click=${this.#options.exportProblems}>
          ${u.exportProblems}
        </button>
      </div>
      <div
        class="grid ${this.#size.narrowerThan(720) ? 'narrow' : ''} ${contacts ? 'contacts' : ''}"
        role="grid"
        part="grid"
        id="review"
        aria-label=${u.gridLabel}
        aria-rowcount=${shown.length + 1}
        aria-multiselectable=${selectable ? 'true' : 'false'}
        aria-labelledby=${pending ? 'file-title' : `tab-${this.tab}`}
      >
        ${this.#renderHead(selectable)}
        <div
          role="rowgroup"
          class="body"
          ${cssProps(this.#list.scrollerProps)}
          @scroll=${(e: Event) => {
            this.#menu.dismiss();
            this.#list.onScroll(e);
          }}
          @keydown=${(e: KeyboardEvent) => this.#onGridKey(e)}
        >
          ${this.#list.render(shown, (row, index) => this.#renderRow(row, index, selectable))}
          ${
            shown.length === 0
              ? html`<div role="row">
                  <div role="gridcell" class="empty">
                    ${this.problemsOnly ? u.emptyFiltered : u.empty}
                  </div>
                </div>`
              : nothing
          }
        </div>
      </div>
      ${selectable && !pending ? this.#renderInvite(busy) : nothing}`;
  }

  #renderHead(selectable: boolean): TemplateResult {
    const { t, u } = this.#host;
    const contacts = this.#host.mode === 'contacts';
    return html`<div role="rowgroup" class="head">
      <div role="row" class="row" aria-rowindex="1">
        <div role="columnheader">
          ${
            selectable
              ? html`<input
                  type="checkbox"
                  aria-label=${t.table.selectAll}
                  .checked=${live(this.#allSelected)}
                  @change=${() => this.selection.toggleAll(this.#shownKeys)}
                />`
              : html`<span class="visually-hidden">${t.table.columns.select}</span>`
          }
        </div>
        <div role="columnheader">${u.columns.row}</div>
        <div role="columnheader">${contacts ? t.fields.name : u.columns.person}</div>
        ${
          contacts
            ? html`<div role="columnheader">${u.columns.tags}</div>`
            : html`<div role="columnheader">${u.columns.dateOfBirth}</div>
                <div role="columnheader">${u.columns.mobile}</div>`
        }
        <div role="columnheader">${u.columns.check}</div>
        <div role="columnheader">${u.columns.problems}</div>
        <div role="columnheader">
          <span class="visually-hidden">${t.table.columns.actions}</span>
        </div>
      </div>
    </div>`;
  }

  #renderInvite(busy: boolean): TemplateResult {
    const { t, u } = this.#host;
    const contacts = this.#host.mode === 'contacts';
    const valid = this.#rows.invitable().length;
    const validSelected = this.selection.size ? this.invitable(true).length : 0;
    const selected = this.selection.size;
    return html`<div class="invite" part="toolbar">
      ${field({
        id: 'message',
        label: t.fields.message,
        optional: true,
        optionalLabel: t.common.optional,
        hint: t.fields.messageHint,
        control: html`<textarea
          id="message"
          rows="2"
          maxlength="1000"
          aria-describedby="message-hint"
          .value=${live(this.message)}
          @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      })}
      <div class="actions">
        <button
          class="primary"
          type="button"
          aria-disabled=${busy || valid === 0 ? 'true' : 'false'}
          @click=${() => {
            if (!busy) this.#options.invite(this.invitable(false), this.message.trim());
          }}
        >
          ${contacts ? u.importAll(valid) : u.inviteAll(valid)}
        </button>
        <button
          type="button"
          aria-disabled=${busy || validSelected === 0 ? 'true' : 'false'}
          @click=${() => {
            if (!busy) this.#options.invite(this.invitable(true), this.message.trim());
          }}
        >
          ${contacts ? u.importSelected(validSelected) : u.inviteSelected(validSelected)}
        </button>
        <button
          type="button"
          aria-disabled=${busy || selected === 0 ? 'true' : 'false'}
          @click=${() => {
            if (!busy)
              this.#options.remove(
                this.#rows.batch.filter(
                  (r) => this.selection.has(r.key) && tabOf(r) === 'uploaded',
                ),
              );
          }}
        >
          ${u.removeSelected(selected)}
        </button>
      </div>
    </div>`;
  }

  #renderRow(row: Row, index: number, selectable: boolean): TemplateResult {
    const { t, u, mode, words } = this.#host;
    const name = who(mode, row);
    const tab = this.#focus.tabIndex(index);
    const selected = this.selection.has(row.key);
    const problems = problemsOf(words, mode, row, this.#host.country);
    const fields = fieldsOf(mode);
    const cell = (f: Field) => {
      const i = fields.indexOf(f);
      const raw = row.raw?.[i];
      const bad = problems.some((p) => p.field === i);
      return html`<div role="gridcell" class="value ${bad ? 'bad' : ''}">
        <span>${row.values[i] || '—'}</span
        >${raw ? html`<span class="raw">${u.from(raw)}</span>` : nothing}
      </div>`;
    };
    const contact = mode === 'contacts';
    const [label, status] = this.#status(row);
    const actions = this.#options.actions(row).length > 0;
    return html`<div
      role="row"
      class="row ${problems.length ? 'has-problems' : ''}"
      part="row"
      data-index=${index}
      data-key=${row.key}
      aria-rowindex=${index + 2}
      aria-selected=${ifDefined(selectable ? (selected ? 'true' : 'false') : undefined)}
      aria-label=${u.rowLabel(row.line, name)}
      tabindex=${tab}
      @focus=${() => (this.#focus.index = index)}
    >
      <div role="gridcell">
        ${
          selectable
            ? html`<input
                type="checkbox"
                tabindex=${tab}
                aria-label=${t.table.selectRow(name)}
                .checked=${live(selected)}
                @click=${(e: MouseEvent) => {
                  if (e.shiftKey) {
                    e.preventDefault();
                    this.selection.extendTo(this.#shownKeys, row.key);
                  }
                }}
                @change=${() => this.selection.toggle(row.key)}
              />`
            : nothing
        }
      </div>
      <div role="gridcell" class="num">${row.line ?? ''}</div>
      <div role="gridcell" class="who">
        ${
          contact
            ? html`<strong>${row.values[0] || '—'}</strong><span>${row.values[1]}</span>`
            : html`<strong
                  >${`${row.values[5] || row.values[2] || ''} ${row.values[4] ?? ''}`.trim() || '—'}</strong
                ><span>${row.values[0]}</span>`
        }
      </div>
      ${contact ? cell('tags') : html`${cell('dateOfBirth')}${cell('mobile')}`}
      <div role="gridcell"><span class="badge" data-status=${status}>${label}</span></div>
      <div role="gridcell" class="problems">
        ${
          problems.length
            ? html`<ul>
                ${problems.map(
                  (p) =>
                    html`<li>
                      ${p.field >= 0 ? html`<strong>${fieldLabel(words, fields[p.field] ?? 'email')}:</strong> ` : nothing}${p.text}
                    </li>`,
                )}
              </ul>`
            : html`<span class="hint">${u.noProblems}</span>`
        }
      </div>
      <div role="gridcell" class="acts">${actions ? this.#menu.button(row, tab) : nothing}</div>
    </div>`;
  }

  /** The status word and its shape: the API's check before inviting, the stage after. */
  #status(row: Row): [string, string] {
    const u = this.#host.u;
    if (row.contact && row.contact.outcome !== 'reviewed')
      return [u.outcomes[row.contact.outcome], row.contact.outcome];
    const entry = row.entry;
    if (entry && entry.stage !== 'uploaded') {
      const warn =
        entry.accountStatus !== null &&
        entry.accountStatus !== 'active' &&
        entry.stage === 'invited';
      return [`${u.stages[entry.stage]}${warn ? ` · ${u.needsActivation}` : ''}`, entry.stage];
    }
    if (!entry && !row.contact) return [u.checks.local, hasProblems(row) ? 'invalid' : 'local'];
    if (!invitable(row)) return [u.checks.invalid, 'invalid'];
    return [entry ? u.checks[entry.check] : u.outcomes.reviewed, entry?.check ?? 'new'];
  }
}
