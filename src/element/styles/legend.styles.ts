// The key under the view (colours by first tag, shapes by precision) and its line of sources.
import { css } from 'lit';

export const legendStyles = css`
  .legend {
    margin-top: 0.4rem;
    font-size: 0.8em;
    color: var(--ct-color-muted);
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .key li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }

  .legend-swatch {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--mark, var(--ct-color-mark));
  }


  /* The shapes as the view draws them, in the mark colour. */
  .legend-shape {
    display: inline-block;
    border: 2px solid var(--ct-color-muted);
  }

  .legend-shape.point {
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    background: var(--ct-color-muted);
  }

  .legend-shape.span {
    width: 1.6rem;
    height: 0.85rem;
    border: 1px dotted var(--ct-color-muted);
    border-radius: 3px;
    background: var(--ct-color-mark-soft);
  }

  .legend-shape.range {
    width: 1.6rem;
    height: 5px;
    border: 0;
    border-radius: 2px;
    background: var(--ct-color-muted);
  }

  .legend .source-line {
    margin: 0.3rem 0 0;
  }
`;
