// The correction form (R17), beside the row it corrects: a popover in the top layer placed just
// below the row (above it when there is no room), so the virtual list keeps its fixed rows and
// nothing else moves. Each field is checked with the SDK's rules as it is typed once a check has
// failed; "Save and check again" sends the row to the API, which checks it as it checked the file.
// Escape or Cancel closes it and gives focus back to the row; nothing typed is lost on a failure.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { live } from 'lit/directives/live.js';
import { isInvitekitError, type FieldErrors } from '@invitekit/sdk';
import {
  ValidRow,
  email as emailRule,
  fieldErrorsFrom,
  name as nameRule,
} from '@invitekit/sdk/schemas';
import { describeError, describedBy, field, notice } from '../shared/ui.js';
import type { UploaderHost } from './host.js';
import { readDate } from './read/dates.js';
import { fieldsOf, requiredFields, type DateOrder, type Field } from './read/protocol.js';
import { contactRow, fieldLabel, invitable, sheetRow, who, type Row } from './rows.js';

export interface EditorOptions {
  /** How dates in the form read when they could read two ways (the file's order). */
  dateOrder: () => DateOrder;
  /** The row's element in the list, to stand beside (null when it scrolled out of view). */
  anchor: (row: Row) => HTMLElement | null;
  /** The row was corrected: the rows changed. */
  corrected: (row: Row) => void;
  /** The form closed: focus goes back to the row. */
  closed: (row: Row) => void;
}

export class Editor implements ReactiveController {
  /** The row being corrected. */
  row: Row | undefined;
  #draft: string[] = [];
  #errors: FieldErrors = {};
  readonly #host: UploaderHost;
  readonly #options: EditorOptions;
  readonly #form = createRef<HTMLFormElement>();
  readonly #place = () => this.#position();

  constructor(host: UploaderHost, options: EditorOptions) {
    this.#host = host;
    this.#options = options;
    host.element.addController(this);
  }

  hostDisconnected(): void {
    this.#unlisten();
  }

  hostUpdated(): void {
    if (this.row) this.#position();
  }

  async open(row: Row): Promise<void> {
    this.row = row;
    this.#draft = [...row.values];
    this.#errors = this.#check();
    this.#host.element.requestUpdate();
    await this.#host.element.updateComplete;
    const form = this.#form.value;
    if (!form) return;
    if (!form.matches(':popover-open')) form.showPopover();
    this.#position();
    addEventListener('resize', this.#place);
    addEventListener('scroll', this.#place, true);
    this.#focusField();
  }

  close(): void {
    const row = this.row;
    this.#form.value?.hidePopover();
    this.#unlisten();
    this.row = undefined;
    this.#errors = {};
    this.#host.element.requestUpdate();
    if (row) this.#options.closed(row);
  }

  #unlisten(): void {
    removeEventListener('resize', this.#place);
    removeEventListener('scroll', this.#place, true);
  }

  /** Just below the row, as wide as the list; above it when there is no room below. */
  #position(): void {
    const form = this.#form.value;
    const row = this.row && this.#options.anchor(this.row);
    if (!form || !row) return;
    const box = row.getBoundingClientRect();
    const grid = row.closest('[role="grid"]')?.getBoundingClientRect() ?? box;
    const height = form.offsetHeight;
    const below = box.bottom + height + 4 <= innerHeight;
    form.style.top = `${below ? box.bottom + 2 : Math.max(4, box.top - height - 2)}px`;
    form.style.left = `${Math.max(4, grid.left)}px`;
    form.style.width = `${Math.min(grid.width, innerWidth - 8)}px`;
  }

  #focusField(): void {
    const form = this.#form.value;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('input')
    )?.focus();
  }

  /** The draft as it will be sent: a date written any way the file could have it, as ISO. */
  #values(): string[] {
    const fields = fieldsOf(this.#host.mode);
    return this.#draft.map((v, i) => {
      if (fields[i] !== 'dateOfBirth') return v.trim();
      const read = readDate(v, this.#options.dateOrder());
      return read.ok ? read.iso : v.trim();
    });
  }

  /** What is wrong with the draft, by field, as the SDK's rules say. */
  #check(): FieldErrors {
    const { mode, t, u } = this.#host;
    const fields = fieldsOf(mode);
    const values = this.#values();
    const value = (f: Field) => values[fields.indexOf(f)] ?? '';
    if (mode === 'contacts') {
      const errors: FieldErrors = {};
      if (!nameRule('Name', 200).safeParse(value('name')).success)
        errors.name = [u.problems.required(t.fields.name)];
      if (!emailRule.safeParse(value('email')).success) errors.email = [u.problems.email];
      return errors;
    }
    const parsed = ValidRow.safeParse(Object.fromEntries(fields.map((f) => [f, value(f)])));
    return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  }

  async #save(event: Event): Promise<void> {
    event.preventDefault();
    const { api, batch, t, u, mode } = this.#host;
    const row = this.row;
    if (!api || !row) return;
    this.#errors = this.#check();
    const invalid = Object.keys(this.#errors).length;
    if (invalid) {
      this.#host.announce(t.common.fixFields(invalid));
      this.#host.element.requestUpdate();
      await this.#host.element.updateComplete;
      this.#focusField();
      return;
    }
    const values = this.#values();
    try {
      if (row.entry && batch) {
        const { line: _line, ...body } = sheetRow({ ...row, values });
        const entry = await api.batches.correct(batch.id, row.entry.id, body);
        Object.assign(row, { values, raw: null, local: [], entry, failure: null });
        this.#host.emit('invitekit-row-corrected', { entry, contact: null });
      } else {
        const result = await api.contacts.import({ rows: [contactRow({ ...row, values })] });
        const reviewed = result.rows[0];
        if (!reviewed) return;
        const contact = { ...reviewed, line: row.line ?? reviewed.line };
        Object.assign(row, { values, raw: null, local: [], contact, failure: null });
        this.#host.emit('invitekit-row-corrected', { entry: null, contact });
      }
    } catch (error) {
      const fieldErrors = isInvitekitError(error) ? error.fieldErrors : {};
      this.#errors = Object.keys(fieldErrors).length
        ? fieldErrors
        : { _: [describeError(error, t)] };
      this.#host.element.requestUpdate();
      return;
    }
    this.#options.corrected(row);
    this.#host.announce(u.corrected(who(mode, row), invitable(row)));
    this.close();
  }

  render(): TemplateResult | typeof nothing {
    const row = this.row;
    if (!row) return nothing;
    const { t, u, mode, words } = this.#host;
    const errors = this.#errors;
    return html`<form
      class="editor"
      part="editor"
      .popover=${'manual'}
      aria-labelledby="editor-title"
      novalidate
      ${ref(this.#form)}
      @submit=${(e: Event) => void this.#save(e)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.close();
        }
      }}
    >
      <h3 id="editor-title">${u.correctTitle(row.line)}</h3>
      ${errors._ ? notice('error', errors._[0] ?? '', []) : nothing}
      <div class="editor-grid">
        ${fieldsOf(mode).map((f, i) => {
          const id = `edit-${f}`;
          const error = errors[f]?.[0];
          const raw = row.raw?.[i];
          return field({
            id,
            label: fieldLabel(words, f),
            optional: !requiredFields.has(f),
            optionalLabel: t.common.optional,
            hint: raw ? u.from(raw) : undefined,
            error,
            control: html`<input
              id=${id}
              type=${f === 'email' ? 'email' : f === 'mobile' ? 'tel' : 'text'}
              placeholder=${f === 'dateOfBirth' ? 'YYYY-MM-DD' : ''}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy(id, raw, error) ?? ''}
              .value=${live(this.#draft[i] ?? '')}
              @input=${(e: Event) => {
                const draft = [...this.#draft];
                draft[i] = (e.target as HTMLInputElement).value;
                this.#draft = draft;
                if (Object.keys(this.#errors).length) this.#errors = this.#check();
                this.#host.element.requestUpdate();
              }}
            />`,
          });
        })}
      </div>
      <div class="actions">
        <button class="primary" type="submit">${u.saveCheck}</button>
        <button type="button" @click=${() => this.close()}>${t.common.cancel}</button>
      </div>
    </form>`;
  }
}
