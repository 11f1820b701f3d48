// The title and description, the toolbar with its toggles and zoom buttons, and the filter chips.
import { css } from 'lit';

export const toolbarStyles = css`
  .title {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }

  /* The standfirst: close under the headline, in the body size, quieter, at a readable measure. */
  .title:has(+ .description) {
    margin-bottom: 0.15rem;
  }

  .description {
    margin: 0 0 0.6rem;
    max-width: 46em;
    font-size: 0.95em;
    line-height: 1.4;
    color: var(--ct-color-muted);
  }

  /* On a phone a smaller standfirst, so that the first screen still holds four events. */
  .narrow .description {
    font-size: 0.875em;
    line-height: 1.35;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }

  .filter-toggle,
  .download-toggle {
    border: 1px solid var(--ct-color-border);
    background: var(--ct-color-surface);
    border-radius: var(--ct-radius);
    height: 2.25rem;
    padding: 0 0.75rem;
    cursor: pointer;
  }

  .filter-toggle[aria-expanded='true']::after,
  .download-toggle[aria-expanded='true']::after {
    content: ' ▴';
  }

  .filter-toggle[aria-expanded='false']::after,
  .download-toggle[aria-expanded='false']::after {
    content: ' ▾';
  }

  .toolbar .spacer {
    flex: 1;
  }

  /* Each group on a row of its own, its heading first. */
  .filters {
    display: grid;
    gap: 0.35rem;
    margin-bottom: 0.5rem;
  }

  .filter-group,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }

  .filters .group-label {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--ct-color-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    margin-inline-end: 0.15rem;
  }

  .chip {
    min-height: 24px;
    border: 1px solid var(--ct-color-border);
    background: var(--ct-color-background);
    border-radius: 999px;
    padding: 0.1rem 0.65rem;
    font-size: 0.85em;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    background: var(--ct-color-accent);
    border-color: var(--ct-color-accent);
    color: var(--ct-color-background);
  }

  .chip[aria-pressed='true']::before {
    content: '✓ ';
  }

  .count {
    font-size: 0.85em;
    color: var(--ct-color-muted);
  }

  .zoom,
  .downloads {
    display: flex;
    gap: 0.25rem;
  }

  .list-toggle[aria-pressed='true'] {
    background: var(--ct-color-accent);
    border-color: var(--ct-color-accent);
    color: var(--ct-color-background);
  }

  .list-toggle,
  .zoom button,
  .downloads button {
    min-width: 2.25rem;
    height: 2.25rem;
    border: 1px solid var(--ct-color-border);
    background: var(--ct-color-surface);
    border-radius: var(--ct-radius);
    cursor: pointer;
    padding: 0 0.6rem;
  }
`;
