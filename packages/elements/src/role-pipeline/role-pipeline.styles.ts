import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .root {
    display: grid;
    gap: var(--_space);
    position: relative;
  }
  .header p {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  [role='heading'] {
    font-weight: 700;
  }
  .h0 {
    font-size: 1.25em;
  }
  .headcount {
    font-weight: 600;
  }
  .toolbar,
  .bulk {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .toolbar input[type='search'] {
    flex: 1 1 12rem;
    width: auto;
  }
  .toolbar label {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    font-weight: 600;
  }
  .toolbar select {
    width: auto;
    padding-block: calc(var(--_space) / 2);
  }
  .toolbar button[aria-pressed='true'],
  .picker [aria-selected='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: center;
    font-weight: normal;
  }
  .check input {
    width: auto;
  }
  .board {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--ik-pipeline-column, 13rem), 1fr);
    gap: var(--_space);
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  .narrow .board {
    grid-auto-flow: row;
    grid-auto-columns: auto;
    overflow-x: visible;
  }
  .column,
  .rejected {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    background: color-mix(in srgb, var(--_border) 6%, transparent);
  }
  .column-head {
    display: flex;
    gap: var(--_space);
    align-items: center;
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .column-head input {
    width: auto;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    margin-inline-start: auto;
  }
  .picker .count {
    color: inherit;
    margin: 0;
  }
  .drop-target {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
  }
  .drop-refused {
    outline: 2px dashed var(--_danger);
    outline-offset: -2px;
    cursor: not-allowed;
  }
  .cards {
    position: relative;
    height: var(--ik-pipeline-height, 32rem);
    overflow-y: auto;
    overscroll-behavior-y: contain;
  }
  .rejected .cards {
    height: min(var(--ik-pipeline-height, 32rem), 20rem);
  }
  .card {
    height: var(--_row, 7.25em);
    box-sizing: border-box;
    padding: calc(var(--_space) / 2);
    contain: strict;
    content-visibility: auto;
    user-select: none;
  }
  .card:focus-visible {
    outline-offset: -2px;
  }
  .cell {
    height: 100%;
    box-sizing: border-box;
    display: grid;
    align-content: start;
    gap: 0.15em;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .card[aria-selected='true'] .cell {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    border-color: var(--_accent);
  }
  .card.moving .cell {
    border: 2px dashed var(--_accent);
  }
  .card.pending .cell {
    border-style: dotted;
  }
  .top {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    min-width: 0;
  }
  .top input {
    width: auto;
    margin: 0;
  }
  .name {
    flex: 1 1 auto;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }
  .acts {
    flex: none;
  }
  .tag {
    flex: none;
  }
  .grip {
    cursor: grab;
    touch-action: none;
    color: var(--_muted);
    padding-inline: 0.15em;
  }
  .meta,
  .certs,
  .why {
    font-size: 0.8125em;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .certs span + span::before {
    content: ' · ';
  }
  .lacks {
    color: var(--_danger);
  }
  .why {
    color: var(--_warning);
  }
  .tag {
    display: inline-flex;
    gap: 0.2em;
    align-items: center;
    font-size: 0.75em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    white-space: nowrap;
  }
  .tag.warn {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .compact .cell {
    align-content: center;
    padding-block: 0;
  }
  .compact .top .meta {
    flex: none;
  }
  .meta .tag {
    margin-inline-end: 0.25em;
  }
  .empty {
    padding: var(--_space);
    color: var(--_muted);
  }
  .drop-line {
    position: absolute;
    inset-inline: var(--_space);
    height: 3px;
    margin-top: -2px;
    border-radius: 2px;
    background: var(--_accent);
    pointer-events: none;
  }
  .menu-button {
    min-height: 2rem;
    min-width: 2rem;
    padding: 0;
    font-size: 1.25em;
    line-height: 1;
  }
  .compact .menu-button {
    min-height: 1.75rem;
    min-width: 1.75rem;
  }
  /* The shared menu (action-menu.styles.ts), a little wider for stage names. */
  .menu {
    min-width: 12rem;
  }
  .disclosure {
    border: 0;
    background: none;
    font-weight: 600;
    width: 100%;
    text-align: start;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .picker button {
    padding-inline: var(--_space);
  }
  .toast {
    position: sticky;
    bottom: var(--_space);
    justify-self: center;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
    z-index: 1;
  }
  .ghost {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    pointer-events: none;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
    font-weight: 600;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em var(--_space);
    margin: 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  textarea {
    resize: vertical;
  }
`;
