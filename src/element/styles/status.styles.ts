// The loading message, the error, and the note of events left out.
import { css } from 'lit';

export const statusStyles = css`
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
`;
