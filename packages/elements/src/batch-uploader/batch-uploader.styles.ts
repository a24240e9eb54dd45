import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .uploader {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .start {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: calc(var(--_space) * 3);
  }
  .start form,
  .editor,
  .file {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .reopen ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .reopen li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    padding-block: calc(var(--_space) / 2);
  }
  .reopen li > span {
    display: grid;
  }
  .batch-head,
  .toolbar,
  .options,
  .run {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .batch-head strong {
    margin-inline-end: auto;
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    text-align: center;
  }
  .drop.over {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .drop p {
    margin: calc(var(--_space) / 2) 0;
  }
  .options > .field {
    flex: 1 1 14rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
  }
  fieldset p {
    margin: 0;
  }
  .mapping-grid,
  .editor-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    font-weight: normal;
  }
  .choice input {
    width: auto;
  }
  .preview {
    overflow-x: auto;
    max-width: 100%;
  }
  .preview table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .preview caption {
    text-align: start;
    color: var(--_muted);
    padding-block-end: calc(var(--_space) / 2);
  }
  .preview th,
  .preview td {
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    padding: 0.25em 0.5em;
    white-space: pre-wrap;
    text-align: start;
    vertical-align: top;
    max-width: 16rem;
    overflow-wrap: anywhere;
  }
  .run progress {
    flex: 1 1 12rem;
    accent-color: var(--_accent);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-inline-end: auto;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-x: auto;
  }
  .grid:not(.narrow) > [role='rowgroup'] {
    min-width: 52rem;
  }
  .row {
    display: grid;
    grid-template-columns:
      2.25rem 3.5rem minmax(10rem, 1.6fr) minmax(7rem, 1fr) minmax(7rem, 1fr)
      8rem minmax(12rem, 2fr) 2.75rem;
    align-items: center;
    gap: var(--_space);
    padding-inline: var(--_space);
    box-sizing: border-box;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .contacts .row {
    grid-template-columns:
      2.25rem 3.5rem minmax(10rem, 1.6fr) minmax(7rem, 1fr) 8rem minmax(12rem, 2fr)
      2.75rem;
  }
  .head {
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .head .row {
    font-weight: 600;
    min-height: 2.75rem;
  }
  .body {
    height: var(--ik-uploader-height, 24rem);
    overflow-y: auto;
    overflow-x: hidden;
    scrollbar-gutter: stable;
    position: relative;
  }
  .body .row {
    height: var(--_row, 4.5em);
    contain: strict;
    content-visibility: auto;
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  .row > [role='gridcell'] {
    min-width: 0;
    overflow: hidden;
  }
  .who strong,
  .who span,
  .value span {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .who span,
  .raw {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .value.bad > span:first-child {
    color: var(--_danger);
    text-decoration: underline wavy var(--_danger);
    text-underline-offset: 0.2em;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .problems ul {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_danger);
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .badge[data-status='invalid'] {
    border-color: var(--_danger);
  }
  .badge[data-status='invalid']::before {
    content: '⚠ ';
  }
  .badge[data-status='existing'],
  .badge[data-status='new'],
  .badge[data-status='accepted'],
  .badge[data-status='invited'] {
    border-color: var(--_success);
  }
  .badge[data-status='existing']::before,
  .badge[data-status='new']::before,
  .badge[data-status='accepted']::before {
    content: '✓ ';
  }
  .empty {
    padding: var(--_space);
  }
  /* The correction form: a popover in the top layer, placed beside its row by the script. */
  .editor {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    max-height: calc(100vh - 8px);
    overflow: auto;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }
  .invite {
    display: grid;
    gap: var(--_space);
  }
  /* Narrow: each row becomes a card. */
  .narrow .head {
    display: none;
  }
  .narrow .row {
    grid-template-columns: 2rem 1fr auto;
    grid-auto-rows: min-content;
    align-content: center;
    row-gap: 0.125rem;
  }
  .narrow .row > .num,
  .narrow .row > .value {
    display: none;
  }
  .narrow .row > .who {
    grid-column: 2;
    grid-row: 1;
  }
  .narrow .row > .acts {
    grid-column: 3;
    grid-row: 1;
  }
  .narrow .row > [role='gridcell']:nth-last-child(3),
  .narrow .row > .problems {
    grid-column: 2 / -1;
  }
`;
