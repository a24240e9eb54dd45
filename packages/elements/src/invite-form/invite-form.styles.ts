import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 48rem;
  }
  form,
  fieldset,
  .names,
  .private,
  .review {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    font-size: 1.125em;
    padding: 0;
    margin-block-end: var(--_space);
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .private {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .review p,
  .names > p,
  .private > p {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  #review:focus,
  .notice:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
