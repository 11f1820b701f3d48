// The element's theme (its custom properties, light and dark) and what every part shares:
// buttons, text from the data file, the focus ring.
import { css } from 'lit';

export const themeStyles = css`
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
`;
