// What is out of sight: the probes the element measures with, and text for screen readers only.
import { css } from 'lit';

export const hiddenStyles = css`
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
