// The events as a list: the list view, the narrow vertical timeline, and print.
import { css } from 'lit';

export const listStyles = css`
  .list {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }

  .list-item {
    position: relative;
    padding: 0 0 0.8rem 1.6rem;
    border-inline-start: 2px solid var(--ct-color-border);
    margin-inline-start: 0.5rem;
  }

  /* A dot on the line: the vertical timeline of narrow screens and of the list view. */
  .list-item::before {
    content: '';
    position: absolute;
    left: -0.45rem;
    top: 0.3rem;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--mark, var(--ct-color-mark));
    border: 2px solid var(--ct-color-background);
  }

  .list-item.selected::before {
    background: var(--ct-color-focus);
  }

  /* The lead: a larger dot with a ring, and a word that says so. */
  .list-item.featured::before {
    box-shadow: 0 0 0 2px var(--mark, var(--ct-color-mark));
  }

  .key-event {
    display: inline-block;
    margin-inline-start: 0.4rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 700;
    color: var(--ct-color-background);
    background: var(--ct-color-text);
  }

  .list-item .source-line {
    margin: 0.1rem 0 0;
    font-size: 0.85em;
    color: var(--ct-color-muted);
  }

  .list-item time {
    display: inline-block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--ct-color-muted);
  }

  .list-item h3 {
    margin: 0.1rem 0 0.2rem;
    font-size: 1em;
  }

  .list-title {
    min-height: 24px;
    border: 0;
    padding: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--ct-color-border);
    text-underline-offset: 3px;
  }

  /* Stacked, so that a long term does not squeeze its description on a phone. */
  .list dl {
    display: block;
  }

  .list dd {
    margin-bottom: 0.3rem;
  }

  .list-item .summary {
    margin: 0.2rem 0;
  }

  /* On a phone, two lines of each summary, the whole one for the event open: more events
     to a screen. */
  .narrow .list-item:not(.selected) .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  .list-item summary {
    min-height: 24px;
    padding: 2px 0;
    cursor: pointer;
    font-size: 0.9em;
    font-weight: 600;
  }
`;
