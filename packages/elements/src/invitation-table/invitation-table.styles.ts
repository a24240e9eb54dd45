import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .toolbar,
  .bulk,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block-end: var(--_space);
  }
  .toolbar input[type='search'] {
    flex: 1 1 14rem;
    width: auto;
  }
  .chips button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .count {
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .notice {
    margin-block-end: var(--_space);
  }
  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-x: auto;
  }
  .grid:not(.narrow) > [role='rowgroup'] {
    min-width: 76rem;
  }
  .grid.accounts:not(.narrow) > [role='rowgroup'] {
    min-width: 44rem;
  }
  .row {
    display: grid;
    grid-template-columns:
      2.5rem minmax(10rem, 2fr) minmax(8rem, 1.5fr)
      8rem 7rem 9rem 4rem 7rem minmax(12rem, 2fr);
    align-items: center;
    gap: var(--_space);
    padding-inline: var(--_space);
    box-sizing: border-box;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .accounts .row {
    grid-template-columns: 2.5rem minmax(12rem, 2fr) 9rem 5rem minmax(12rem, 2fr);
  }
  .head .row {
    font-weight: 600;
    min-height: 2.75rem;
  }
  .body {
    height: var(--ik-table-height, 28rem);
    overflow-y: auto;
    overflow-x: hidden;
    position: relative;
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .who,
  .what {
    display: grid;
    min-width: 0;
  }
  .who span,
  .what span,
  .who strong {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .who span,
  .what span + span {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .acts {
    display: flex;
    gap: calc(var(--_space) / 2);
    flex-wrap: nowrap;
    overflow: hidden;
  }
  .row > [role='gridcell'] {
    min-width: 0;
    overflow: hidden;
  }
  .acts button {
    white-space: nowrap;
  }
  .acts button,
  .sort {
    min-height: 2rem;
    padding: 0 var(--_space);
  }
  .sort {
    border: 0;
    background: none;
    font-weight: 600;
    padding: 0;
  }
  .badge {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    white-space: nowrap;
  }
  .badge[data-status='accepted'],
  .badge[data-status='active'] {
    border-color: var(--_success);
  }
  .badge[data-status='expired'],
  .badge[data-status='declined'],
  .badge[data-status='disabled'] {
    border-color: var(--_danger);
  }
  .skeleton {
    height: 2.5rem;
    margin: var(--_space);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_border) 25%, transparent);
  }
  .empty,
  .footer {
    padding: var(--_space);
  }
  .footer {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: 0;
  }
  /* Narrow: each row becomes a card. */
  .narrow .head {
    display: none;
  }
  .narrow .row {
    grid-template-columns: 2rem 1fr auto;
    grid-auto-rows: min-content;
    align-content: center;
    row-gap: 0.25rem;
  }
  .narrow .row > [role='gridcell']:nth-child(n + 4) {
    grid-column: 2 / -1;
  }
  .narrow .row > [role='gridcell']:nth-child(5),
  .narrow .row > [role='gridcell']:nth-child(7),
  .narrow .row > [role='gridcell']:nth-child(8) {
    display: none;
  }
  .narrow.accounts .row > [role='gridcell']:nth-child(4) {
    display: none;
  }
`;
