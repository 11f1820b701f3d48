// Print and forced colours: the element as paper and high-contrast modes need it.
import { css } from 'lit';

export const adaptationsStyles = css`
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
      border-style: solid;
      forced-color-adjust: none;
    }
    .mark[aria-pressed='true'] .shape,
    .list-item.selected::before {
      background: Highlight;
      border-color: Highlight;
    }
    .era {
      border-inline: 1px dashed CanvasText;
    }
    .grid {
      border-color: GrayText;
    }
    .legend-swatch {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    /* Its fill is dropped: its outline keeps the column's height readable. */
    .cluster .crowd {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
