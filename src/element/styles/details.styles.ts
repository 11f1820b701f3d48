// The detail panel of the selected event, with its citations.
import { css } from 'lit';

export const detailsStyles = css`
  .details {
    margin-top: 0.75rem;
    padding: 0.9rem 1rem;
    border: 1px solid var(--ct-color-border);
    border-radius: var(--ct-radius);
    background: var(--ct-color-surface);
    position: relative;
  }

  .details h3 {
    margin: 0 2.5rem 0.25rem 0;
    font-size: 1.25em;
    line-height: 1.25;
  }

  /* Previous, where the event stands, Next: the story read in order. */
  .guide {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    margin: 0 2.5rem 0.5rem 0;
    font-size: 0.85em;
  }

  .guide-step {
    min-height: 28px;
    padding: 0.1rem 0.7rem;
    border: 1px solid var(--ct-color-border);
    border-radius: 999px;
    background: var(--ct-color-background);
    cursor: pointer;
  }

  .guide-step:disabled {
    cursor: default;
    color: var(--ct-color-muted);
    border-style: dashed;
  }

  .guide-position {
    color: var(--ct-color-muted);
    font-variant-numeric: tabular-nums;
  }

  .details .date {
    font-weight: 600;
    color: var(--ct-color-muted);
    margin: 0;
  }

  .details .close {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    border: 1px solid var(--ct-color-border);
    background: var(--ct-color-background);
    border-radius: var(--ct-radius);
    min-width: 2rem;
    height: 2rem;
    cursor: pointer;
  }

  .details dl,
  .list dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0.5rem 0;
    font-size: 0.9em;
  }

  .details dt,
  .list dt {
    font-weight: 600;
    color: var(--ct-color-muted);
  }

  .details dd,
  .list dd {
    margin: 0;
  }

  .citations {
    list-style: none;
    padding: 0;
    margin: 0.4rem 0 0;
    display: grid;
    gap: 0.6rem;
  }

  .citations h4,
  .sources-heading {
    margin: 0.6rem 0 0;
    font-size: 0.9em;
  }

  .single-source {
    display: inline-block;
    margin-inline-start: 0.5rem;
    font-size: 0.8em;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.45rem;
  }

  blockquote {
    margin: 0 0 0.2rem;
    padding-inline-start: 0.7rem;
    border-inline-start: 3px solid var(--ct-color-accent);
    font-style: italic;
  }

  .citation-source {
    font-size: 0.85em;
    color: var(--ct-color-muted);
  }

  a {
    color: var(--ct-color-accent);
  }
`;
