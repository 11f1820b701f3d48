// The editor page's look: plain, legible, every control at least 24 px, focus always visible.
import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: block;
    max-width: 80rem;
    margin: 0 auto;
    padding: 1rem;
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: #1b1b1f;
    background: #ffffff;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  h1 {
    font-size: 1.3rem;
    margin: 0;
    flex: 1 1 auto;
  }
  h2 {
    font-size: 1rem;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    min-height: 28px;
  }
  button {
    padding: 0.2rem 0.8rem;
    border: 1px solid #575760;
    border-radius: 6px;
    background: #f4f4f6;
    color: #1b1b1f;
    cursor: pointer;
  }
  button.save {
    background: #1f5fbf;
    border-color: #1f5fbf;
    color: #ffffff;
  }
  button:disabled {
    color: #575760;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid #c2185b;
    outline-offset: 2px;
  }
  .status {
    margin: 0;
    color: #575760;
    flex-basis: 100%;
  }
  .read-only,
  [role='alert'] {
    color: #a4262c;
  }
  /* The preview keeps to a band of the page, so that the list and the form stay in sight:
     lanes closer than a reader's, so that a story of a dozen lanes shows whole. */
  .preview {
    margin: 1rem 0;
    border: 1px solid #c9c9d1;
    border-radius: 6px;
    padding: 0.5rem;
    max-height: 32rem;
    overflow: auto;
  }
  .preview conflict-timeline {
    --ct-lane-height: 1.6em;
  }
  .work {
    display: grid;
    grid-template-columns: minmax(14rem, 1fr) 2fr;
    gap: 1.5rem;
  }
  @media (max-width: 700px) {
    .work {
      grid-template-columns: 1fr;
    }
  }
  .tabs,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.5rem 0;
  }
  .tab[aria-pressed='true'],
  .item[aria-current='true'] {
    background: #1b1b1f;
    color: #ffffff;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .item {
    width: 100%;
    text-align: start;
    margin: 0 0 0.25rem;
  }
  .flag {
    color: #a4262c;
  }
  .item[aria-current='true'] .flag {
    color: #ffd6d6;
  }
  .field {
    display: flex;
    flex-direction: column;
    margin: 0 0 0.8rem;
  }
  .field.checkbox {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .field.checkbox .help {
    flex-basis: 100%;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    border: 1px solid #575760;
    border-radius: 4px;
    padding: 0.2rem 0.4rem;
  }
  textarea {
    min-height: 4rem;
  }
  [aria-invalid='true'] {
    border: 2px solid #a4262c;
  }
  .help,
  .hint {
    color: #575760;
    font-size: 0.85rem;
  }
  .field-problems,
  .problems {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.2rem;
    color: #a4262c;
  }
  .field-problems .warning {
    color: #6f4e00;
  }
  .link {
    border: 0;
    background: none;
    padding: 0;
    color: #a4262c;
    text-decoration: underline;
    text-align: start;
  }
  .citation {
    border: 1px solid #c9c9d1;
    border-radius: 6px;
    margin: 0 0 0.8rem;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .clean {
    color: #00795a;
  }
`;
