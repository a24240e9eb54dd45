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
    min-width: 60rem;
  }
  .grid.accounts:not(.narrow) > [role='rowgroup'] {
    min-width: 30rem;
  }
  .row {
    display: grid;
    grid-template-columns:
      2.5rem minmax(9rem, 2fr) minmax(7rem, 1.5fr)
      7.5rem 7rem 8rem 4rem 7rem 2.75rem;
    align-items: center;
    gap: var(--_space);
    padding-inline: var(--_space);
    box-sizing: border-box;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .accounts .row {
    grid-template-columns: 2.5rem minmax(12rem, 2fr) 9rem 5rem 2.75rem;
  }
  /* The head keeps the body's scrollbar gutter, so their columns line up. */
  .head {
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .head .row {
    font-weight: 600;
    min-height: 2.75rem;
  }
  .body {
    height: var(--ik-table-height, 28rem);
    overflow-y: auto;
    overflow-x: hidden;
    scrollbar-gutter: stable;
    position: relative;
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  /* Each row lays out on its own, and rows scrolled out of sight not at all. */
  .body .row {
    height: var(--_row, 3.5em);
    contain: strict;
    content-visibility: auto;
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .who span,
  .what span,
  .sent span,
  .who strong {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .who span,
  .what span + span,
  .sent .by {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  /* Times sent and invited by are columns when there is room, else a line under the date. */
  .sent .by {
    display: none;
  }
  @container (max-width: 64rem) {
    .grid:not(.narrow):not(.accounts) > [role='rowgroup'] {
      min-width: 0;
    }
    .grid:not(.narrow):not(.accounts) .row {
      grid-template-columns:
        2rem minmax(7rem, 2fr) minmax(6rem, 1.5fr)
        7rem 6.5rem 7rem 2.5rem;
      column-gap: calc(var(--_space) * 2 / 3);
    }
    .grid:not(.narrow):not(.accounts) .row > :nth-child(7),
    .grid:not(.narrow):not(.accounts) .row > :nth-child(8) {
      display: none;
    }
    .grid:not(.narrow) .sent .by {
      display: block;
    }
  }
  .row > [role='gridcell'] {
    min-width: 0;
    overflow: hidden;
  }
  .menu-button {
    min-height: 2rem;
    min-width: 2rem;
    padding: 0;
    font-size: 1.25em;
    line-height: 1;
  }
  .sort {
    min-height: 2rem;
  }
  /* One actions menu for the table, in the top layer (rows clip what overflows them). */
  .menu {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: calc(var(--_space) / 2);
    min-width: 11rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }
  .menu:popover-open {
    display: grid;
  }
  .menu [role='menuitem'] {
    text-align: start;
    border: 0;
    background: none;
    min-height: 2.25rem;
    padding: 0 var(--_space);
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus-visible {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
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
  /* A card: who and the menu on top; what for beside the status; then the expiry. */
  .narrow .row > [role='gridcell']:nth-child(3) {
    grid-column: 2;
  }
  .narrow .row > [role='gridcell']:nth-child(4) {
    grid-column: 3;
  }
  .narrow .row > [role='gridcell']:nth-child(n + 6) {
    grid-column: 2 / -1;
  }
  .narrow .row > [role='gridcell'].acts {
    grid-column: 3;
    grid-row: 1;
    justify-self: end;
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
