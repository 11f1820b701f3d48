import { css } from 'lit';

export const styles = css`
  :host {
    --ct-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --ct-color-text: #1b1b1f;
    --ct-color-muted: #575760;
    --ct-color-background: #ffffff;
    --ct-color-surface: #f4f4f6;
    --ct-color-border: #c9c9d1;
    --ct-color-accent: #1f5fbf;
    --ct-color-mark: #1f5fbf;
    --ct-color-mark-soft: #d5e3f7;
    --ct-color-era: #f3ead7;
    --ct-color-era-text: #5c4a1e;
    --ct-color-focus: #c2185b;
    --ct-color-error: #a4262c;
    /* In em, so that marks and lanes grow with the reader's text size. */
    --ct-mark-size: 0.8em;
    --ct-lane-height: 2.55em;
    --ct-radius: 6px;

    display: block;
    position: relative;
    font-family: var(--ct-font);
    font-size: 15px;
    line-height: 1.4;
    color: var(--ct-color-text);
    background: var(--ct-color-background);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --ct-color-text: #ececf1;
      --ct-color-muted: #b4b4bf;
      --ct-color-background: #16161a;
      --ct-color-surface: #232329;
      --ct-color-border: #4a4a55;
      --ct-color-accent: #8ab4f8;
      --ct-color-mark: #8ab4f8;
      --ct-color-mark-soft: #2a3d5c;
      --ct-color-era: #3a3322;
      --ct-color-era-text: #f0dca8;
      --ct-color-focus: #ff80ab;
      --ct-color-error: #ff8a80;
    }
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    color: inherit;
  }

  /* Text from the data file: a right-to-left override stays inside its own text, and a word
     longer than the panel wraps instead of pushing the page sideways. */
  .title,
  .label,
  .era-label,
  .chip,
  .details,
  .list,
  .notice,
  .error {
    overflow-wrap: anywhere;
  }

  .title,
  .label,
  .era-label,
  .chip,
  h3,
  .summary,
  dd,
  blockquote,
  cite,
  .source-note,
  .list-title,
  time {
    unicode-bidi: isolate;
  }

  /* Two rings, the focus colour and the text colour, so that focus shows whatever the theme. */
  :focus-visible {
    outline: 3px solid var(--ct-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--ct-color-text);
  }

  .title {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 0.5rem;
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

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    margin-bottom: 0.5rem;
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

  .viewport {
    position: relative;
    overflow: hidden;
    /* Era labels above the lanes; the cluster row and the axis below them. */
    height: calc(var(--ct-lanes, 7) * var(--ct-lane-height) + 1.5rem + 1.6rem + 1.75rem);
    border: 1px solid var(--ct-color-border);
    border-radius: var(--ct-radius);
    background: var(--ct-color-background);
    touch-action: none;
    cursor: grab;
    user-select: none;
  }

  .viewport:active {
    cursor: grabbing;
  }

  .era {
    position: absolute;
    top: 0;
    bottom: 1.75rem;
    overflow: hidden;
    background: var(--ct-color-era);
    border-inline: 1px dashed var(--ct-color-era-text);
  }

  .era-label {
    position: absolute;
    top: 0.2rem;
    max-width: calc(100% - 0.5rem);
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--ct-color-era-text);
    white-space: nowrap;
  }

  .lanes {
    position: absolute;
    inset: 1.5rem 0 3.35rem 0;
    contain: layout style;
  }

  /* The marks' own parent, for the element to keep them in (see drawMarks); no box of its own. */
  .marks {
    display: contents;
  }

  .mark {
    position: absolute;
    left: 0;
    top: 0;
    /* At the top of its lane, its label below it as wide as its text; its place and height, a
       lane's, are written on it in pixels. */
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    cursor: pointer;
    contain: layout style;
  }

  .shape {
    display: block;
    width: 100%;
    height: var(--ct-mark-size);
    background: var(--ct-color-mark);
    border: 2px solid var(--ct-color-mark);
    border-radius: 999px;
  }

  .point .shape {
    width: var(--ct-mark-size);
    box-shadow: 0 0 0 2px var(--ct-color-background);
  }

  /* A month or a year: an open span, so it never reads as a precise day. */
  .span .shape {
    background: var(--ct-color-mark-soft);
    border-radius: 3px;
  }

  .range .shape {
    border-radius: 3px;
  }

  /* Approximate dates fade at their edges. */
  .approximate .shape {
    mask-image: linear-gradient(to right, transparent, #000 10px, #000 calc(100% - 10px), transparent);
  }

  .approximate.continues-before .shape {
    mask-image: linear-gradient(to right, #000 calc(100% - 10px), transparent);
  }

  .approximate.continues-after .shape {
    mask-image: linear-gradient(to right, transparent, #000 10px);
  }

  .approximate.continues-before.continues-after .shape {
    mask-image: none;
  }

  /* A bar cut at the view's edge is square there: it goes on. */
  .continues-before .shape {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
  }

  .continues-after .shape {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }

  .approximate.point .shape {
    mask-image: none;
    background: var(--ct-color-mark-soft);
    border-style: dashed;
  }

  /* In the flow below its mark, so that it clears the mark at any text size. */
  .label {
    position: relative;
    margin-top: 2px;
    white-space: nowrap;
    font-size: 0.82em;
    line-height: 1.3;
    color: var(--ct-color-text);
  }

  /* A label that ends with its mark is placed by its end, so that it ends there whatever the font. */
  .label.at-end {
    transform: translateX(-100%);
  }

  .mark[aria-pressed='true'] .shape {
    background: var(--ct-color-focus);
    border-color: var(--ct-color-focus);
  }

  /* Underlined, not bold: a bolder label would outgrow the room measured for it. */
  .mark[aria-pressed='true'] .label {
    text-decoration: underline 2px var(--ct-color-focus);
    text-underline-offset: 2px;
  }

  /* Placed below the last lane by a transform in pixels, as marks are; its text is smaller and
     centred, as a button's. */
  .cluster {
    position: absolute;
    left: 0;
    top: 0.1rem;
    display: flex;
    align-items: center;
    justify-content: center;
    height: 1.4rem;
    border: 1px solid var(--ct-color-mark);
    background: var(--ct-color-mark-soft);
    border-radius: 999px;
    line-height: 1;
    padding: 0 0.5rem;
    cursor: zoom-in;
    white-space: nowrap;
  }

  .cluster span {
    font-size: 0.75em;
  }

  .cluster.squeezed {
    padding: 0 2px;
  }

  .cluster-count {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* Rises from the cluster over the lanes, as high as its stretch is crowded. */
  .cluster .crowd {
    position: absolute;
    left: -1px;
    bottom: calc(100% + 0.1rem);
    min-height: 0.5rem;
    background: var(--ct-color-mark-soft);
    border-top: 2px solid var(--ct-color-mark);
  }

  .axis {
    position: absolute;
    left: 0;
    bottom: 0;
    width: 100%;
    height: 1.75rem;
    overflow: visible;
    color: var(--ct-color-muted);
    font-size: 12px;
  }

  .axis text {
    fill: currentColor;
    font-family: var(--ct-font);
  }

  .edge {
    position: absolute;
    top: 0.2rem;
    z-index: 2;
    font-size: 0.75em;
    border: 1px solid var(--ct-color-border);
    background: var(--ct-color-background);
    border-radius: 999px;
    padding: 0.05rem 0.5rem;
    cursor: pointer;
  }

  .edge.before {
    left: 0.3rem;
  }

  .edge.after {
    right: 0.3rem;
  }

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
    font-size: 1.1em;
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

  .notice,
  .error,
  .loading {
    margin: 0.5rem 0;
    padding: 0.6rem 0.8rem;
    border-radius: var(--ct-radius);
    font-size: 0.9em;
  }

  .notice {
    border: 1px solid var(--ct-color-border);
    background: var(--ct-color-surface);
  }

  .error {
    border: 1px solid var(--ct-color-error);
    color: var(--ct-color-error);
  }

  .notice ul,
  .error ul {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2rem;
  }

  .loading::before {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.5em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    vertical-align: -0.1em;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .loading::before {
      animation: none;
    }
  }

  .list {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }

  .list-item {
    position: relative;
    padding: 0 0 1rem 1.6rem;
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
    background: var(--ct-color-mark);
    border: 2px solid var(--ct-color-background);
  }

  .list-item.selected::before {
    background: var(--ct-color-focus);
  }

  .list-item time {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--ct-color-muted);
  }

  .list-item h3 {
    margin: 0.1rem 0 0.2rem;
    font-size: 1em;
  }

  .list-title {
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

  .list-item summary {
    cursor: pointer;
    font-size: 0.9em;
    font-weight: 600;
  }

  /* On paper: the list with every citation, without the controls. */
  @media print {
    .list-title {
      text-decoration: none;
    }
    .toolbar,
    .filters {
      display: none;
    }
    .list-item {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .shape,
    .range .shape,
    .list-item::before {
      background: CanvasText;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .span .shape,
    .approximate.point .shape {
      background: Canvas;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .mark[aria-pressed='true'] .shape,
    .list-item.selected::before {
      background: Highlight;
      border-color: Highlight;
    }
    .era {
      border: 1px dashed CanvasText;
    }
    /* Its fill is dropped: its outline keeps the column's height readable. */
    .cluster .crowd {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* One lane's height, measured by the element, which places and sizes marks in pixels. */
  .lane-probe {
    position: absolute;
    visibility: hidden;
    width: 0;
    height: var(--ct-lane-height);
    pointer-events: none;
  }

  /* The labels' font, out of sight, at its own width: the element watches it for changes. */
  .font-probe {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
