// The zoomable view: era bands, lanes, marks and their labels, clusters, the axis and the edge hints.
import { css } from 'lit';

export const viewportStyles = css`
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
`;
