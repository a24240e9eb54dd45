// The file panel: what was read (its encoding, separator or sheet, the first rows as they are in
// the file), the columns matched to fields (changeable), how dates read when the file cannot say,
// what the reader noticed, and the way on: upload and check, or discard.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../shared/messages/index.js';
import { describedBy, field, notice } from '../shared/ui.js';
import type { FileRead } from './file-read.js';
import type { UploaderMessages } from './messages/index.js';
import {
  dateOrders,
  delimiters,
  encodings,
  fieldsOf,
  requiredFields,
  type Delimiter,
  type Encoding,
  type Field,
  type ReadOptions,
  type UploadMode,
} from './read/protocol.js';
import { fieldLabel, type Words } from './rows.js';

export interface FilePanelContext {
  t: Messages;
  u: UploaderMessages;
  words: Words;
  mode: UploadMode;
  read: FileRead;
  /** A run (check, invitations) is under way: nothing can change. */
  busy: boolean;
  /** Rows to upload. */
  pending: number;
  /** Required fields no column is chosen for. */
  unmapped: Field[];
  /** The admin chose a date order (so the choice stays shown). */
  dateOrderChosen: boolean;
  /** Read again (`reread`: the bytes; else the same cells) with this choice. */
  choose: (change: Partial<ReadOptions>, reread: boolean) => void;
  setMapping: (field: number, column: number) => void;
  check: () => void;
  discard: () => void;
}

export function renderFilePanel(c: FilePanelContext): TemplateResult {
  const { u: t, read } = c;
  if (read.status === 'fatal' && read.fatal)
    return notice(
      'error',
      t.fatal[read.fatal.code],
      [read.name],
      html`<button type="button" @click=${c.discard}>${c.t.common.close}</button>`,
    );
  const meta = read.meta;
  if (!meta) return html`<p class="hint" role="status" part="file">${t.reading(read.name)}</p>`;
  const fields = fieldsOf(c.mode);
  const { unmapped, busy } = c;
  return html`<section class="file" part="file" aria-labelledby="file-title">
    <h3 id="file-title">${t.fileSummary(read.name, meta.rows)}</h3>
    ${
      meta.kind === 'csv' && !meta.encodingSure ? notice('warning', t.encodingGuessed, []) : nothing
    }
    <div class="options">
      ${
        meta.kind === 'csv'
          ? html`${field({
              id: 'encoding',
              label: t.encoding,
              hint: t.encodingHint,
              control: html`<select
                id="encoding"
                aria-describedby="encoding-hint"
                ?disabled=${busy}
                @change=${(e: Event) =>
                  c.choose({ encoding: (e.target as HTMLSelectElement).value as Encoding }, true)}
              >
                ${encodings.map(
                  (enc) =>
                    html`<option value=${enc} ?selected=${enc === meta.encoding}>
                      ${t.encodings[enc]}
                    </option>`,
                )}
              </select>`,
            })}
            ${field({
              id: 'delimiter',
              label: t.delimiter,
              control: html`<select
                id="delimiter"
                ?disabled=${busy}
                @change=${(e: Event) =>
                  c.choose({ delimiter: (e.target as HTMLSelectElement).value as Delimiter }, true)}
              >
                ${delimiters.map(
                  (d) =>
                    html`<option value=${d} ?selected=${d === meta.delimiter}>
                      ${t.delimiters[d]}
                    </option>`,
                )}
              </select>`,
            })}`
          : meta.sheets.length > 1
            ? field({
                id: 'sheet',
                label: t.sheet,
                control: html`<select
                  id="sheet"
                  ?disabled=${busy}
                  @change=${(e: Event) =>
                    c.choose(
                      {
                        sheet: Number((e.target as HTMLSelectElement).value),
                        mapping: undefined,
                      },
                      true,
                    )}
                >
                  ${meta.sheets.map(
                    (name, i) =>
                      html`<option value=${i} ?selected=${i === meta.sheet}>${name}</option>`,
                  )}
                </select>`,
              })
            : nothing
      }
    </div>
    ${meta.notes.map((note) =>
      notice(
        note.code === 'blankRows' ? 'info' : 'warning',
        note.code === 'malformedQuote'
          ? t.notes.malformedQuote(note.line)
          : note.code === 'tooManyRows'
            ? t.notes.tooManyRows(note.max, note.total)
            : t.notes.blankRows(note.count),
        [],
      ),
    )}
    <div class="preview">
      <table>
        <caption>
          ${t.preview}
        </caption>
        <thead>
          <tr>
            ${meta.headers.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${meta.preview.map(
            (row) =>
              html`<tr>
                ${meta.headers.map((_, i) => html`<td>${row[i] ?? ''}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <fieldset class="mapping">
      <legend>${t.mappingTitle}</legend>
      <p class="hint">${t.mappingHint}</p>
      <div class="mapping-grid">
        ${fields.map((f, i) => {
          const id = `map-${f}`;
          const missing = unmapped.includes(f);
          return field({
            id,
            label: `${fieldLabel(c.words, f)}${requiredFields.has(f) ? '' : ` (${c.t.common.optional})`}`,
            error: missing ? t.unmapped(fieldLabel(c.words, f)) : undefined,
            control: html`<select
              id=${id}
              aria-label=${t.columnFor(fieldLabel(c.words, f))}
              aria-invalid=${missing ? 'true' : 'false'}
              aria-describedby=${describedBy(id, false, missing) ?? ''}
              ?disabled=${busy}
              @change=${(e: Event) => c.setMapping(i, Number((e.target as HTMLSelectElement).value))}
            >
              <option value="-1" ?selected=${(meta.mapping[i] ?? -1) < 0}>${t.notInFile}</option>
              ${meta.headers.map(
                (h, column) =>
                  html`<option value=${column} ?selected=${meta.mapping[i] === column}>
                    ${h || `#${column + 1}`}
                  </option>`,
              )}
            </select>`,
          });
        })}
      </div>
    </fieldset>
    ${
      meta.order === 'ambiguous' || meta.order === 'mixed' || c.dateOrderChosen
        ? html`<fieldset class="dates">
            <legend>${t.datesTitle}</legend>
            <p>${meta.order === 'mixed' ? t.datesMixed : t.datesAmbiguous}</p>
            ${dateOrders.map(
              (order) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="date-order"
                    value=${order}
                    ?disabled=${busy}
                    .checked=${live(meta.dateOrder === order)}
                    @change=${() => c.choose({ dateOrder: order }, false)}
                  />
                  ${order === 'dmy' ? t.dayFirst : t.monthFirst}</label
                >`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      read.status === 'reading'
        ? html`<p class="hint" role="status">${t.readRows(read.rows.length)}</p>`
        : html`<p class="summary">${t.localSummary(read.rows.length, read.withProblems)}</p>`
    }
    ${unmapped.length ? notice('error', t.unmapped(unmapped.map((f) => fieldLabel(c.words, f)).join(', ')), []) : nothing}
    <div class="actions">
      <button
        class="primary"
        type="button"
        aria-disabled=${unmapped.length || read.status !== 'done' || busy ? 'true' : 'false'}
        @click=${c.check}
      >
        ${t.upload(c.pending)}
      </button>
      <button type="button" ?disabled=${busy} @click=${c.discard}>${t.discard}</button>
    </div>
  </section>`;
}
