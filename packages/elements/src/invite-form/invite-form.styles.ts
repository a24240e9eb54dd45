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
  /* Invite one person, or share a link (pool and contact modes). */
  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .choice button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .share,
  .links {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .share p,
  .links {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .link {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .link-row input {
    flex: 1 1 16rem;
    width: auto;
  }
  .link[data-status='revoked'] {
    color: var(--_muted);
  }
  #review:focus,
  #share-note:focus,
  .notice:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
