// Where a file arrives: dropped on the zone, or chosen with the file picker (its button opens the
// hidden input), with the limits said up front.
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../shared/messages/index.js';
import type { UploaderMessages } from './messages/index.js';

export interface DropZoneContext {
  t: Messages;
  u: UploaderMessages;
  maxRows: number;
  maxFileSize: number;
  /** A file is being dragged over the zone. */
  dragging: boolean;
  drag: (over: boolean) => void;
  take: (file: File | undefined) => void;
}

export function renderDropZone(c: DropZoneContext): TemplateResult {
  const { t, u } = c;
  return html`<div
    class="drop ${c.dragging ? 'over' : ''}"
    part="drop"
    @dragover=${(e: DragEvent) => {
      e.preventDefault();
      c.drag(true);
    }}
    @dragleave=${() => c.drag(false)}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      c.drag(false);
      c.take(e.dataTransfer?.files[0]);
    }}
  >
    <p><strong>${u.dropTitle}</strong></p>
    <p>
      ${u.drop}
      <button
        type="button"
        @click=${(e: Event) =>
          (e.currentTarget as HTMLElement)
            .closest('.drop')
            ?.querySelector<HTMLInputElement>('input[type="file"]')
            ?.click()}
      >
        ${u.choose}
      </button>
    </p>
    <p class="hint">${u.accepts(t.time.number(c.maxRows), t.time.size(c.maxFileSize))}</p>
    <input
      id="file"
      type="file"
      hidden
      aria-label=${u.choose}
      accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        c.take(input.files?.[0]);
        input.value = '';
      }}
    />
  </div>`;
}
