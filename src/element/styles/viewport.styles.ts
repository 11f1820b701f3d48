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

  /* A band behind the lanes, with no border to run through labels. */
  .era {
    position: absolute;
    top: 0;
    bottom: 1.75rem;
    background: var(--ct-color-era);
  }

  /* As wide as the room up to the next era (written on it), not the band's own width. */
  .era-label {
    position: absolute;
    top: 0.2rem;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--ct-color-era-text);
    white-space: nowrap;
  }

  /* Quiet vertical lines at the axis's ticks, behind everything. */
  .grid {
    position: absolute;
    top: 1.5rem;
    bottom: 1.75rem;
    width: 0;
    border-left: 1px solid var(--ct-color-grid);
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

  /* One lane high, as wide as its mark; its label beside it on the same line, or on it. Its
     place and size are written on it in pixels. */
  .mark {
    position: absolute;
    left: 0;
    top: 0;
    cursor: pointer;
    contain: layout style;
  }


  .shape {
    position: absolute;
    left: 0;
    top: calc(50% - var(--ct-mark-size) / 2);
    display: block;
    width: 100%;
    height: var(--ct-mark-size);
    background: var(--mark, var(--ct-color-mark));
    border: 2px solid var(--mark, var(--ct-color-mark));
    border-radius: 999px;
  }

  .point .shape {
    box-shadow: 0 0 0 2px var(--ct-color-background);
  }

  /* A month or a year: a soft band the lane's height, its ends open, so it never reads as a
     period with a start and an end day. */
  .span .shape {
    top: 3px;
    height: calc(100% - 6px);
    background: color-mix(in srgb, var(--mark, var(--ct-color-mark)) 16%, var(--ct-color-background));
    border: 1px dotted var(--mark, var(--ct-color-mark));
    border-radius: 4px;
  }

  /* A period: a firm bar along the foot of its lane, its label over it. */
  .range .shape {
    top: auto;
    bottom: 3px;
    height: 5px;
    border: 0;
    border-radius: 2px;
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
    background: var(--ct-color-background);
    border-style: dashed;
  }

  /* The lead: a larger point, a ring, a heavier label (measured heavier too). */
  .featured.point .shape {
    box-shadow: 0 0 0 2px var(--ct-color-background), 0 0 0 4px var(--mark, var(--ct-color-mark));
  }

  .featured .label {
    font-weight: 650;
  }

  /* Beside its mark on the same line, or on its span; cut short with "…" where its room ends. */
  .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.82em;
    line-height: 1.3;
    color: var(--ct-color-text);
  }

  /* Left of its mark: placed by its end, so that it ends by the mark whatever the font. */
  .label.at-end {
    transform: translate(-100%, -50%);
  }

  .range .label.inside {
    top: 1px;
    transform: none;
  }

  /* A label cut short shows whole while its mark is pointed at or focused. */
  .mark:hover .label,
  .mark:focus-visible .label {
    max-width: none !important;
    z-index: 3;
    background: var(--ct-color-background);
  }

  .mark:hover,
  .mark:focus-visible {
    z-index: 3;
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
    min-height: 24px;
    padding: 0.05rem 0.6rem;
    cursor: pointer;
  }

  .edge.before {
    left: 0.3rem;
  }

  .edge.after {
    right: 0.3rem;
  }
`;
