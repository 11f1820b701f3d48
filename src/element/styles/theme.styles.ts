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
    --ct-color-grid: #ececf0;
    /* Marks by their first tag: Okabe and Ito's colour-blind-safe hues, darkened to 3:1 and
       more on the background. */
    --ct-color-tag-0: #0072b2;
    --ct-color-tag-1: #c45a00;
    --ct-color-tag-2: #00795a;
    --ct-color-tag-3: #a3387b;
    --ct-color-tag-4: #6f6a00;
    --ct-color-tag-5: #5a5a66;
    /* In em, so that marks and lanes grow with the reader's text size. */
    --ct-mark-size: 0.8em;
    --ct-lane-height: 2em;
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
      --ct-color-grid: #26262c;
      --ct-color-tag-0: #56b4e9;
      --ct-color-tag-1: #e69f00;
      --ct-color-tag-2: #3cc39c;
      --ct-color-tag-3: #e394c4;
      --ct-color-tag-4: #d4cf5a;
      --ct-color-tag-5: #b4b4bf;
    }
  }

  /* An event's colour, from its first tag, on its mark and its swatch in the key; a month's or
     a year's soft fill is the colour faded into the background, under the label's text. */
  .c0 { --mark: var(--ct-color-tag-0); }
  .c1 { --mark: var(--ct-color-tag-1); }
  .c2 { --mark: var(--ct-color-tag-2); }
  .c3 { --mark: var(--ct-color-tag-3); }
  .c4 { --mark: var(--ct-color-tag-4); }
  .c5 { --mark: var(--ct-color-tag-5); }

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
