import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
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
  /* Wide: a column for everything (the table scrolls sideways below its minimum). Columns are in
     ems of the table's font, like its rows and its layout's breakpoints, so larger text fits. */
  .grid.wide > [role='rowgroup'] {
    min-width: 60em;
  }
  .grid.accounts > [role='rowgroup'] {
    min-width: 0;
  }
  .row {
    display: grid;
    grid-template-columns:
      2.5em minmax(9em, 2fr) minmax(7em, 1.5fr)
      8.5em 7.5em 8.5em 4em 7em 2.75em;
    align-items: center;
    gap: var(--_space);
    padding-inline: var(--_space);
    box-sizing: border-box;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  /* Medium: the expiry under the status, times sent and invited by under the sent date. */
  .medium .row {
    grid-template-columns: 2em minmax(7em, 1.2fr) minmax(6em, 1fr) 10em 8em 2.5em;
    column-gap: calc(var(--_space) * 2 / 3);
  }
  .grid.accounts .row {
    grid-template-columns: 2.5em minmax(10em, 2fr) 9em 5em 2.75em;
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
  /* Each row lays out on its own (only the rows in view are in the DOM). */
  .body .row {
    height: var(--_row, 3.5em);
    contain: strict;
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .row > [role='gridcell'] {
    min-width: 0;
    overflow: hidden;
    line-height: 1.25;
  }
  /* Values that may be longer than their column end in an ellipsis; hovering shows them whole
     (a title), and screen readers read the whole text. Cards wrap them instead. */
  .who > *,
  .what > *,
  .sent > *,
  .status > *,
  .row > .by {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .who > :empty,
  .status > :empty {
    display: none;
  }
  /* An email standing in for a name has the cell to itself: two lines before it is cut. Cards
     wrap who and what for likewise. */
  .who:has(> span:empty) > strong,
  .narrow .who > *,
  .narrow .what > * {
    white-space: normal;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .who span,
  .what span + span,
  .sent .by,
  .status .expires {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status > .badge {
    display: inline-flex;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .sort {
    min-height: 2rem;
    border: 0;
    background: none;
    font-weight: 600;
    padding: 0;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  /* The sort direction, drawn: a triangle pointing up (ascending) or down. */
  [aria-sort='ascending'] .sort::after,
  [aria-sort='descending'] .sort::after {
    content: '';
    width: 0.6em;
    height: 0.45em;
    background: currentColor;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  [aria-sort='descending'] .sort::after {
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  .badge {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    white-space: nowrap;
    max-width: 100%;
    box-sizing: border-box;
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
  .badge[data-status='applied'] {
    border-color: var(--_warning);
  }
  /* Status shapes, so colour is never the only signal: drawn with CSS (a page without an emoji
     or symbol font would show a font glyph as an empty box), from borders and gradients only, so
     painting a row's icon costs no clip or transform of its own. */
  .badge::before {
    content: '';
    flex: none;
    width: 0.875em;
    height: 0.875em;
    box-sizing: border-box;
    --_stroke: 0.13em;
    /* A stroke across a gradient's box, for the shapes drawn from lines. */
    --_line:
      transparent calc(50% - var(--_stroke) / 2), currentColor 0 calc(50% + var(--_stroke) / 2),
      transparent 0;
  }
  /* A tick: a short stroke down, a long one up. */
  .badge:is([data-status='accepted'], [data-status='active'])::before {
    background:
      linear-gradient(45deg, var(--_line)) 0 100% / 45% 55% no-repeat,
      linear-gradient(-45deg, var(--_line)) 100% 15% / 72% 85% no-repeat;
  }
  /* A cross. */
  .badge[data-status='declined']::before {
    background: linear-gradient(45deg, var(--_line)), linear-gradient(-45deg, var(--_line));
  }
  /* An hourglass: two wedges meeting in the middle. */
  .badge[data-status='expired']::before {
    background: conic-gradient(
      from -40deg,
      currentColor 80deg,
      transparent 0 180deg,
      currentColor 0 260deg,
      transparent 0
    );
    border-block: var(--_stroke) solid currentColor;
  }
  /* A clock: a ring with two hands. */
  .badge:is([data-status='pending'], [data-status='invited'])::before {
    border: var(--_stroke) solid currentColor;
    border-radius: 50%;
    background:
      linear-gradient(currentColor, currentColor) 50% 15% / var(--_stroke) 38% no-repeat,
      linear-gradient(currentColor, currentColor) 72% 50% / 30% var(--_stroke) no-repeat;
  }
  /* A ring, struck through. */
  .badge:is([data-status='revoked'], [data-status='disabled'])::before {
    border: var(--_stroke) solid currentColor;
    border-radius: 50%;
    background: linear-gradient(45deg, var(--_line));
  }
  /* An empty ring. */
  .badge[data-status='initial']::before {
    border: var(--_stroke) solid currentColor;
    border-radius: 50%;
  }
  /* A shield: approving a sign-up is a security step. */
  .badge[data-status='applied']::before {
    background: currentColor;
    border-radius: 10% 10% 50% 50% / 10% 10% 60% 60%;
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
  /* Narrow: each row becomes a card. Who and the menu on top; the status and its expiry; what
     for; when sent. Long values wrap (two lines at most) instead of being cut. */
  .narrow .head {
    display: none;
  }
  .narrow .row {
    grid-template-columns: 2rem minmax(0, 1fr) auto;
    grid-auto-rows: min-content;
    align-content: center;
    row-gap: 0.3rem;
    padding-block: calc(var(--_space) / 2);
  }
  .narrow .row > [role='gridcell'] {
    grid-column: 2 / -1;
  }
  .narrow .row > [role='gridcell']:first-child {
    grid-column: 1;
    grid-row: 1;
    align-self: start;
  }
  .narrow .row > .who {
    grid-column: 2;
    grid-row: 1;
  }
  .narrow .row > .acts {
    grid-column: 3;
    grid-row: 1;
    align-self: start;
    justify-self: end;
  }
  .narrow .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_space);
  }
  .narrow .sent {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .narrow .sent > * {
    font-size: inherit;
  }
  .narrow.accounts .row > .num {
    display: none;
  }
`;
