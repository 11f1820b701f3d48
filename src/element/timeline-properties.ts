// The element's public properties, the attributes an editor sets on <conflict-timeline>, with
// their defaults and docs; conflict-timeline.ts wires them to what the element draws.
import { LitElement, type PropertyDeclarations } from 'lit';

/** What an editor sets on `<conflict-timeline>`, as attributes or as properties. */
export class TimelineProperties extends LitElement {
  // Declared without decorators: the decorator helpers cost every reader bytes for nothing.
  // Typed as Lit's declarations so that the published types do not need d3's.
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    data: { attribute: false },
    locale: { reflect: true },
    selected: { reflect: true },
    start: {},
    end: {},
    filter: { reflect: true },
    linkHash: { type: Boolean, attribute: 'link-hash' },
  };

  /** URL of a data file: JSON, or a spreadsheet in the template (a `.csv` address, or served as `text/csv`). */
  src?: string;

  /** Seconds to wait for `src` before giving up with a `timeline-error` of kind `timeout`. */
  timeout = 30;

  /** The data file as an object, an alternative to `src`. */
  data?: unknown;

  /** Language of dates and words: `en`, `fr`, or one added with `registerLocale`. */
  locale = 'en';

  /** Id of the selected event, or null. */
  selected: string | null = null;

  /** Start of the first view, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start?: string;

  /** End of the first view (inclusive), as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  end?: string;

  /** Active filters: comma-separated `tag:NAME` and `actor:NAME` entries. */
  filter = '';

  /** When set, the selection is kept in the URL hash (`#event-id`), and a hash selects. */
  linkHash = false;
}
