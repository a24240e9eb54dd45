// The look of `ActionMenu`'s one popover menu, in the top layer (so rows need not show what
// overflows them); the "⋯" button itself is drawn in theme.ts. Elements that use the menu adopt
// these styles.
import { css } from 'lit';

export const actionMenuStyles = css`
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
`;
