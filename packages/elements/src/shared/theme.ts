// The documented design tokens. Every element adopts these styles first; a host restyles all of
// them at once by setting the `--ik-*` custom properties on any ancestor.
import { css } from 'lit';

/**
 * Tokens (with their defaults):
 * - `--ik-accent`: buttons, focus, links (#2456e3 light, #8fb0ff dark)
 * - `--ik-on-accent`: text on the accent (#fff light, #0b1020 dark)
 * - `--ik-surface`: field and card background (the page's `Canvas`)
 * - `--ik-text`: text colour (inherited from the page)
 * - `--ik-muted`: secondary text (#5b6170 light, #aab0bd dark)
 * - `--ik-border`: borders (#8a90a0)
 * - `--ik-danger` / `--ik-success` / `--ik-warning`: status colours
 * - `--ik-radius`: corner radius (6px)
 * - `--ik-spacing`: the base spacing unit (0.5rem)
 * - `--ik-font`: font family (inherited from the page)
 * - `--ik-color-scheme`: `light`, `dark` or `light dark` (inherited from the page)
 */
export const tokens = css`
  :host {
    color-scheme: var(--ik-color-scheme, inherit);
    --_accent: var(--ik-accent, light-dark(#2456e3, #8fb0ff));
    --_on-accent: var(--ik-on-accent, light-dark(#ffffff, #0b1020));
    --_surface: var(--ik-surface, Canvas);
    --_text: var(--ik-text, inherit);
    --_muted: var(--ik-muted, light-dark(#5b6170, #aab0bd));
    --_border: var(--ik-border, #8a90a0);
    --_danger: var(--ik-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--ik-success, light-dark(#1b6e3a, #7edc9b));
    --_warning: var(--ik-warning, light-dark(#8a5300, #ffc46b));
    --_radius: var(--ik-radius, 6px);
    --_space: var(--ik-spacing, 0.5rem);
    font-family: var(--ik-font, inherit);
    color: var(--_text);
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;

/** Buttons, fields and notices shared by every element. */
export const controls = css`
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.5rem;
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-disabled='true'],
  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .counter {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25) var(--_space);
    min-width: 0;
    width: 100%;
    box-sizing: border-box;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .notice[data-tone='error'] {
    border-inline-start-color: var(--_danger);
  }
  .notice[data-tone='success'] {
    border-inline-start-color: var(--_success);
  }
  .notice[data-tone='warning'] {
    border-inline-start-color: var(--_warning);
  }
  .notice p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  /* A row's "⋯" menu button (shared/controllers/action-menu.ts): three dots, drawn. */
  .menu-button {
    min-height: 2rem;
    min-width: 2rem;
    padding: 0;
  }
  .menu-button::before {
    content: '';
    display: block;
    margin: auto;
    width: 1.05em;
    height: 0.35em;
    background: radial-gradient(circle closest-side, currentColor 65%, transparent 80%) 0 50% /
      0.35em 0.35em repeat-x;
  }
`;
