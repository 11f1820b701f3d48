import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleProperties } from './style-properties.js';
import { drawMarks, type DrawnMark } from './draw-marks.js';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import {
  formatFilter,
  formatTick,
  formatWindow,
  idFrom,
  matchesFilter,
  parseEventDate,
  parseFilter,
  toggled,
  validateTimeline,
  type EventFilter,
  type TimelineEvent,
} from '../model/index.js';
import { countBoxes, layoutScene, type Scene, type SceneCluster, type SceneMark } from '../layout/scene.js';
import { chooseTicks } from '../layout/ticks.js';
import { timeScale, type TimeScale } from '../layout/time-scale.js';
import { countOutside, firstStartingAtOrAfter, itemsInWindow, latestEnds, padWindow, sortedEnds, type TimeWindow } from '../layout/time-window.js';
import { crowdStretches, firstWindow, fullWindowOf, keptScale, MIN_WINDOW, panAnchor, TICK_SPACING, VIEW_LAYOUT, type PanAnchor } from '../layout/view.js';
import { loadTimeline, outcomeOfText, type LoadOutcome } from './load.js';
import { keyAction, movedIndex, pressesButton } from './keyboard.js';
import { animateZoom } from './smooth-zoom.js';
import { downloadPicture, themeColours } from './download-picture.js';
import { pictureOfView } from '../picture/view-picture.js';
import { eventName, renderDetails } from './render-details.js';
import { renderAxis } from './render-axis.js';
import { renderFilters } from './render-filters.js';
import { renderList } from './render-list.js';
import { failureMessage, renderStatus } from './render-status.js';
import { uiStrings, type UiStrings } from './strings.js';
import { styles } from './conflict-timeline.styles.js';

const MOVE_DURATION = 450;
/** Below this room, in pixels, a cluster's count loses its padding to stay clear of the next. */
const SQUEEZED_COUNT = 32;
/** Below this width, measured on the element, the timeline is drawn vertically as a list. */
const NARROW_WIDTH = 520;
/** Printable ASCII and Latin-1 from À to ÿ: the characters most labels are written in. */
const COMMON_CHARACTERS = String.fromCharCode(...Array.from({ length: 95 }, (_, index) => 32 + index), ...Array.from({ length: 64 }, (_, index) => 0xc0 + index));
/** How many clusters' stretches of time are kept written out. */
const MAX_WINDOW_NAMES = 1000;
/** Code points below this (the alphabets up to Greek Extended) have their widths in an array. */
const ARRAY_CHAR_LIMIT = 0x2000;
/** How long the view must rest before its new extent is announced. */
const ANNOUNCE_DELAY = 500;

/** A button that shows and hides a part of the element; its class and part are its name. */
const disclosureButton = (name: string, controls: string, open: boolean, label: string, toggle: () => void) =>
  html`<button class=${name} part=${name} aria-expanded=${open ? 'true' : 'false'} aria-controls=${controls} @click=${toggle}>${label}</button>`;

/** The width inside the element's padding, as its resize observer gives it (to the pixel). */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.max(0, element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

/**
 * A place or size to a hundredth of a pixel, finer than the browser lays out: after a pan, a
 * mark that has not moved inside the lanes gets the same text, and is left alone.
 */
const hundredths = (pixels: number) => Math.round(pixels * 100) / 100;

/** The mark an event happened in or on, if any. */
const markOf = (event: Event) => (event.target as Element).closest<HTMLElement>('.mark');

/** The cluster a key was pressed on, if any (the element's own listener sees its host as target). */
const clusterOf = (event: Event) => (event.composedPath()[0] as Element).closest?.<HTMLElement>('.cluster') ?? null;

/**
 * An interactive timeline of cited events: each event drawn as precisely as its sources date it,
 * with its sources' own words one click away. Keyboard: one Tab stop into the events; arrow
 * keys, Home and End move between them in date order; Enter or Space opens one, Escape closes
 * it; `+`, `-` and `0` zoom in, out and fit. Narrower than 520 px it becomes a vertical list.
 *
 * @summary Zoomable timeline of cited events, from a JSON data file.
 *
 * @fires timeline-load - Data was read. `detail`: `{ events, leftOut, problems }`.
 * @fires timeline-select - An event was selected. `detail`: `{ event }` (the checked event).
 * @fires timeline-error - Data could not be read. `detail`: `{ kind, message, problems }`.
 *
 * @slot - An inline `<script type="application/json">` holding the data file.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The timeline's title.
 * @csspart toolbar - Filters, event count and zoom buttons.
 * @csspart filter-toggle - The button that shows and hides the filters.
 * @csspart filters - The filter chips.
 * @csspart chip - A filter chip.
 * @csspart zoom-button - The zoom in, zoom out and fit buttons.
 * @csspart viewport - The zoomable area.
 * @csspart era - An era's background band.
 * @csspart mark - An event's mark (a button to the keyboard and to screen readers).
 * @csspart label - An event's label.
 * @csspart cluster - A mark standing for events too close to tell apart; zooms in on click. Where a
 *   stretch holds far more events than its lanes could draw apart, a column rises over it, as
 *   high as the stretch is crowded.
 * @csspart axis - The time axis.
 * @csspart edge-hint - The "N earlier" / "N later" buttons at the view's edges.
 * @csspart list-toggle - The button that shows the events as a list.
 * @csspart download-toggle - The button that offers the view as an image.
 * @csspart download - A button that saves the view as an SVG or PNG image (title, view and sources).
 * @csspart list - The events as an ordered list (the list view, and the narrow vertical view).
 * @csspart list-item - One event in the list.
 * @csspart details - The detail panel of the selected event.
 * @csspart citation - One citation in the detail panel.
 * @csspart single-source - The "Single source" badge.
 * @csspart source-link - A link to a source.
 * @csspart close - The detail panel's close button.
 * @csspart notice - The note of events left out.
 * @csspart error - The error message.
 * @csspart loading - The loading message.
 *
 * @cssproperty --ct-font - Font family.
 * @cssproperty --ct-color-text - Text colour.
 * @cssproperty --ct-color-muted - Secondary text colour.
 * @cssproperty --ct-color-background - Background colour.
 * @cssproperty --ct-color-surface - Background of panels and buttons.
 * @cssproperty --ct-color-border - Border colour.
 * @cssproperty --ct-color-accent - Links, active chips, quote rules.
 * @cssproperty --ct-color-mark - Event marks.
 * @cssproperty --ct-color-mark-soft - Fill of month and year spans.
 * @cssproperty --ct-color-era - Era bands.
 * @cssproperty --ct-color-era-text - Era labels.
 * @cssproperty --ct-color-focus - Focus ring and the selected mark.
 * @cssproperty --ct-color-error - Error text.
 * @cssproperty --ct-mark-size - Height of marks, diameter of points.
 * @cssproperty --ct-lane-height - Height of one lane.
 * @cssproperty --ct-radius - Corner radius of panels and buttons.
 */
export class ConflictTimeline extends LitElement {
  static override styles = styles;

  // Declared without decorators: the decorator helpers cost every reader bytes for nothing.
  // Typed as Lit's declarations so that the published types do not need d3's.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    locale: { reflect: true },
    selected: { reflect: true },
    start: {},
    end: {},
    filter: { reflect: true },
    linkHash: { type: Boolean, attribute: 'link-hash' },
    outcome: { state: true },
    loading: { state: true },
    transform: { state: true, hasChanged: (next: ZoomTransform, previous?: ZoomTransform) => !previous || next.k !== previous.k || next.x !== previous.x },
    width: { state: true },
    laneHeight: { state: true },
    labelFontChanges: { state: true },
    filtersOpen: { state: true },
    downloadsOpen: { state: true },
    listChosen: { state: true },
    printing: { state: true },
    focusedId: { state: true },
    announcement: { state: true },
  };

  /** URL of a data file: JSON, or a spreadsheet in the template (a `.csv` address, or served as `text/csv`). */
  src?: string;

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

  private outcome?: LoadOutcome;
  private loading = false;
  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  /** The height of a lane in pixels, as `--ct-lane-height` gives it; 0 before it is read. */
  private laneHeight = 0;
  private filtersOpen = false;
  private downloadsOpen = false;
  private listChosen = false;
  /** True while the page prints: the list, every citation shown, prints better than the view. */
  private printing = false;
  /** The event holding the timeline's one Tab stop. */
  private focusedId: string | null = null;
  private announcement = '';

  private readonly zoomBehavior = zoom<HTMLElement, unknown>()
    // A reader's own gesture takes over from a move under way.
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => event.sourceEvent && this.stopMove?.())
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // At most one layout a frame, however many wheel or touch events the frame brings;
      // a move made here (no source event) shows at once.
      this.nextTransform = event.transform;
      if (!event.sourceEvent) this.applyTransform();
      else this.transformFrame ??= requestAnimationFrame(() => this.applyTransform());
    })
    .on('end', () => this.scheduleAnnouncement());
  private nextTransform?: ZoomTransform;
  private transformFrame?: number;
  private stopMove?: () => void;

  /** Watches the element's width and, through its probes, a lane's height and the labels' font. */
  private readonly resizeObserver = new ResizeObserver((entries) => {
    // The next frame, not this one: a layout change inside the observer's callback would
    // trigger it again before the browser could deliver it.
    requestAnimationFrame(() => {
      for (const { target, contentRect } of entries) {
        if (target === this) this.width = contentRect.width;
        else if (target === this.laneProbe) this.laneHeight = contentRect.height;
        else this.onLabelProbeResize(contentRect.width);
      }
    });
  });
  private readonly inlineDataObserver = new MutationObserver(() => this.readInlineData());
  private loadController?: AbortController;
  private labelWidths = new Map<string, number>();
  /**
   * By code point: in an array up to `ARRAY_CHAR_LIMIT`, NaN where not yet measured, since a
   * zoom step may add up the characters of hundreds of new labels; in a map beyond it.
   */
  private charWidths = new Float64Array(ARRAY_CHAR_LIMIT).fill(NaN);
  private rareCharWidths = new Map<number, number>();
  private labelContext: CanvasRenderingContext2D | null | undefined;
  private reducedMotionQuery?: MediaQueryList;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private viewPending = true;
  private revealPending = false;
  private focusPending = false;
  private announcedSelection: string | null = null;
  /** Set when the transform was changed here rather than by d3-zoom, which must then learn it. */
  private syncZoomState = false;
  private zoomTarget?: HTMLElement;
  /** The full window the zoom limits were last set for. */
  private zoomedWindow?: TimeWindow;
  private viewExtent: [[number, number], [number, number]] = [
    [0, 0],
    [0, 0],
  ];

  // Derived in willUpdate.
  private filterState: EventFilter = parseFilter('');
  private shownEvents: TimelineEvent[] = [];
  private shownEnds: Float64Array = new Float64Array();
  private shownLatestEnds: Float64Array = latestEnds([]);
  private fullWindow?: TimeWindow;
  private baseScale: TimeScale = timeScale([0, 1], [0, 1]);
  private visibleScale: TimeScale = this.baseScale;
  private scene?: Scene;
  private sceneKey: unknown[] = [];
  /** The zoom the marks were placed for; the lanes have moved by `panShift` since, as one. */
  private panFrom?: PanAnchor;
  private panShift = 0;
  /** Accessible names of events, per language, worked out once rather than every frame. */
  private names = new Map<string, string>();
  /** The stretches of time clusters cover, written out per language: a view draws about 20 a step. */
  private windowNames = new Map<string, string>();

  /**
   * A label out of sight, whose font labels are measured in. It comes with the shadow root
   * rather than the first render, so that data set before that render (inline, or the `data`
   * property) is measured in the labels' font too. Its width is watched: it changes when the
   * font does (a page's text size, or a web font come in place of its fallback).
   */
  private readonly labelProbe = Object.assign(document.createElement('span'), { className: 'label font-probe', textContent: 'Hamburgefonstiv 0123456789' });
  private lastLabelProbeWidth = 0;
  /** Counts the changes of the labels' font, each of which lays the view out again. */
  private labelFontChanges = 0;

  /**
   * A lane's height, out of sight, watched for changes of `--ct-lane-height` or of the font.
   * Marks are placed and sized in pixels: a place or a height written with `var()` is worked out
   * again by the browser for every mark that moves, which made its style and layout take half
   * as long again.
   */
  private readonly laneProbe = Object.assign(document.createElement('span'), { className: 'lane-probe' });

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const probe of [this.labelProbe, this.laneProbe]) probe.setAttribute('aria-hidden', 'true');
    root.append(this.labelProbe, this.laneProbe);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    this.resizeObserver.observe(this.laneProbe);
    this.resizeObserver.observe(this.labelProbe);
    this.inlineDataObserver.observe(this, { childList: true, subtree: true, characterData: true });
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.addEventListener('keydown', this.onKeyDown);
    if (!this.src && this.data === undefined) this.readInlineData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.inlineDataObserver.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.removeEventListener('keydown', this.onKeyDown);
    clearTimeout(this.announceTimer);
    if (this.transformFrame !== undefined) cancelAnimationFrame(this.transformFrame);
    this.transformFrame = undefined;
    this.loadController?.abort();
    this.loadController = undefined;
    this.loading = false;
    this.stopMove?.();
    if (this.viewport) select(this.viewport).on('.zoom', null);
    this.zoomTarget = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && this.data !== undefined) this.useData(this.data);
    else if (changed.has('src') && this.src) void this.fetchData(this.src);
    if (changed.has('locale')) this.labelWidths.clear();
    if (changed.has('filter')) this.filterState = parseFilter(this.filter);

    const timeline = this.timeline;
    if (changed.has('outcome')) {
      // Data that comes before the resize observers have spoken is drawn at once, at the right
      // width (and as a list on a phone) and lane height, rather than a frame later after a
      // render at none.
      if (this.width <= 0) this.width = contentWidth(this);
      if (this.laneHeight <= 0) this.laneHeight = this.laneProbe.getBoundingClientRect().height;
      this.labelWidths.clear();
      this.names.clear();
      this.windowNames.clear();
      this.viewPending = true;
      this.fullWindow = timeline && fullWindowOf(timeline);
    }
    if (changed.has('outcome') || changed.has('filter')) {
      const { tags, actors } = this.filterState;
      const all = timeline?.events ?? [];
      // With no filter, every event shows: the list itself rather than a copy.
      this.shownEvents = tags.size + actors.size > 0 ? all.filter((event) => matchesFilter(event, this.filterState)) : all;
      this.shownEnds = sortedEnds(this.shownEvents);
      this.shownLatestEnds = latestEnds(this.shownEvents);
    }
    if (!timeline || !this.fullWindow || this.width <= 0 || this.listShown) {
      this.scene = undefined;
      return;
    }
    this.baseScale = timeScale([this.fullWindow.start, this.fullWindow.end], [0, this.width]);
    const previousWidth = changed.get('width') as number | undefined;
    if (this.viewPending) {
      // The first view is worked out before the first layout, so that it is laid out once.
      this.viewPending = false;
      this.setZoomLimits(this.viewExtent[1][1]);
      this.transform = this.transformFor(firstWindow(this.shownEvents, this.fullWindow, this.start, this.end));
      this.syncZoomState = true;
    } else if (previousWidth) {
      // A zoom's scale is relative to everything, its offset is in pixels: keep the same
      // stretch of time in view by stretching the offset with the width.
      this.transform = zoomIdentity.translate((this.transform.x * this.width) / previousWidth, 0).scale(this.transform.k);
      this.syncZoomState = true;
    }
    // Only what moves the marks lays them out again (not, say, a new announcement).
    const keepId = this.focusedId ?? this.selected;
    const sceneKey = [this.outcome, this.filter, this.locale, this.width, this.transform.k, this.transform.x, keepId, this.labelFontChanges];
    if (this.scene && sceneKey.every((part, index) => part === this.sceneKey[index])) return;
    this.sceneKey = sceneKey;
    this.visibleScale = this.transform.rescaleX(this.baseScale);
    const view = this.visibleWindow;
    // Each mark goes back to the lane it had where it can: marks hold still while the view
    // pans, even where placing starts afresh, and keep their lanes while it zooms.
    const previousLanes = this.scene?.lanes;
    this.panFrom = panAnchor(this.panFrom, this.transform, view);
    this.panShift = this.transform.x - this.panFrom.x;
    const leadIn = { start: this.panFrom.leadInStart, end: view.start };
    this.scene = layoutScene(
      itemsInWindow(this.shownEvents, { start: leadIn.start, end: view.end }, this.shownLatestEnds),
      timeline.eras,
      (instant) => this.visibleScale(instant),
      (event) => this.labelWidth(event),
      { ...VIEW_LAYOUT, ...crowdStretches(this.fullWindow, this.visibleScale), counted: this.shownEvents, width: this.width, keepId, leadIn, previousLanes },
    );
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('outcome') && this.timeline) this.selectFromHash();
    const event = this.selectedEvent;
    if (event && event.id !== this.announcedSelection) {
      this.announcedSelection = event.id;
      this.revealPending = true;
      if (this.linkHash && decodeURIComponent(location.hash.slice(1)) !== event.id) {
        history.replaceState(history.state, '', `#${encodeURIComponent(event.id)}`);
      }
      this.emit('timeline-select', { event });
    }
    if (!event) this.announcedSelection = null;
    if (this.listShown && this.revealPending) {
      this.revealPending = false;
      const item = this.renderRoot.querySelector(`.list-item[data-id="${CSS.escape(this.selected ?? '')}"]`);
      item?.scrollIntoView({ block: 'nearest', behavior: this.reducedMotion ? 'auto' : 'smooth' });
    }
    this.updateView();
    if (this.scene) this.labelFont();
  }

  /** Keeps the horizontal view in step: zoom limits, the first view, the axis, moves and focus. */
  private updateView(): void {
    const viewport = this.viewport;
    if (!viewport || !this.fullWindow || !this.scene) return;
    // The viewport is rendered anew when data comes and goes; the zoom follows it. Its
    // limits are set again only when they change: reading the height forces a layout.
    if (this.zoomTarget !== viewport || this.viewExtent[1][0] !== this.width || this.zoomedWindow !== this.fullWindow) {
      this.setZoomLimits(viewport.clientHeight);
    }
    if (this.zoomTarget !== viewport) {
      // Double-click zooms as the + key does, smoothly: d3's own would need d3-transition.
      select(viewport).call(this.zoomBehavior).on('dblclick.zoom', null);
      this.zoomTarget = viewport;
    }
    if (this.syncZoomState) {
      this.syncZoomState = false;
      this.zoomBehavior.transform(select(viewport), this.transform);
    }
    if (this.revealPending) {
      this.revealPending = false;
      if (this.selectedEvent) this.reveal(this.selectedEvent, true);
    }
    if (this.focusPending) this.focusMark();
  }

  /** Zoom limits for the current size and data: everything at most, a week at least. */
  private setZoomLimits(height: number): void {
    const full = this.fullWindow!;
    this.viewExtent = [
      [0, 0],
      [this.width, height],
    ];
    const maxScale = Math.max(1, (full.end - full.start) / MIN_WINDOW);
    this.zoomBehavior.extent(this.viewExtent).translateExtent(this.viewExtent).scaleExtent([1, maxScale]);
    this.zoomedWindow = full;
  }

  // Looked up again only when the viewport was rendered anew: every frame asks for it.
  private viewportElement: HTMLElement | null = null;

  private get viewport(): HTMLElement | null {
    if (!this.viewportElement?.isConnected) this.viewportElement = this.renderRoot.querySelector('.viewport');
    return this.viewportElement;
  }

  private get timeline() {
    return this.outcome?.ok ? this.outcome.result.timeline : undefined;
  }

  private get strings(): UiStrings {
    return uiStrings(this.locale);
  }

  private get selectedEvent(): TimelineEvent | undefined {
    return this.selected === null ? undefined : this.timeline?.events.find((event) => event.id === this.selected);
  }

  /** Whether the events show as a list: chosen by the reader, or forced by a narrow element. */
  private get listShown(): boolean {
    return this.listChosen || this.narrow || this.printing;
  }

  private get narrow(): boolean {
    return this.width > 0 && this.width < NARROW_WIDTH;
  }

  private get visibleWindow(): TimeWindow {
    const [start, end] = this.visibleScale.domain().map(Number) as [number, number];
    return { start, end };
  }

  /** Data given as an object is always readable: only its content can have problems. */
  private useData(data: unknown): void {
    this.loadController?.abort();
    this.loading = false;
    this.showOutcome({ ok: true, result: validateTimeline(data) });
  }

  private showOutcome(outcome: LoadOutcome): void {
    this.outcome = outcome;
    this.focusedId = null;
    if (outcome.ok) {
      const { timeline, leftOut, problems } = outcome.result;
      this.emit('timeline-load', { events: timeline.events.length, leftOut, problems });
    } else {
      const problems = outcome.failure.kind === 'unreadable' ? outcome.failure.result.problems : [];
      this.emit('timeline-error', { kind: outcome.failure.kind, message: failureMessage(outcome.failure, this.src ?? 'data', this.strings), problems });
    }
  }

  private async fetchData(url: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.loading = true;
    this.outcome = undefined;
    try {
      const outcome = await loadTimeline(url, controller.signal);
      if (this.loadController !== controller) return;
      this.loading = false;
      this.showOutcome(outcome);
    } catch {
      // Aborted: newer data, or the element was removed. Nothing of this load may show.
    }
  }

  private readInlineData(): void {
    if (this.src || this.data !== undefined) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script?.textContent) this.showOutcome(outcomeOfText(script.textContent));
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * The width of an event's label: the sum of its characters' widths, each measured once in
   * the label font, with a margin for kerning. Measuring whole titles costs a canvas call per
   * event, which at 10,000 events is most of a first frame.
   */
  private labelWidth(event: TimelineEvent): number {
    let width = this.labelWidths.get(event.id);
    if (width === undefined) {
      width = Math.ceil((4 + this.textWidth(event.title)) * 1.03);
      this.labelWidths.set(event.id, width);
    }
    return width;
  }

  /** The width of a cluster's count: its text, in a font 0.75 / 0.82 of the labels', with its padding and border. */
  private countWidth(text: string): number {
    return Math.ceil((this.textWidth(text) * 0.75) / 0.82) + 18;
  }

  /**
   * The width of a text in the label font: the sum of its characters' widths, read by code
   * point rather than by a string iterator, since a zoom step may measure hundreds of labels.
   */
  private textWidth(text: string): number {
    let width = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.codePointAt(index)!;
      if (code > 0xffff) index++;
      width += this.charWidth(code);
    }
    return width;
  }

  private charWidth(code: number): number {
    if (code < ARRAY_CHAR_LIMIT) {
      const width = this.charWidths[code]!;
      return Number.isNaN(width) ? (this.charWidths[code] = this.measureChar(code)) : width;
    }
    let width = this.rareCharWidths.get(code);
    if (width === undefined) this.rareCharWidths.set(code, (width = this.measureChar(code)));
    return width;
  }

  private measureChar(code: number): number {
    const context = this.labelFont();
    // Without a canvas, an average glyph width keeps labels apart, if less tightly.
    return context ? context.measureText(String.fromCodePoint(code)).width : 7.5;
  }

  /** Measures labels afresh in a font that has changed since they were measured. */
  private onLabelProbeResize(width: number): void {
    const changed = this.lastLabelProbeWidth > 0 && width !== this.lastLabelProbeWidth;
    this.lastLabelProbeWidth = width;
    if (!changed || this.labelContext === undefined) return;
    this.labelContext = undefined;
    this.charWidths.fill(NaN);
    this.rareCharWidths.clear();
    this.labelWidths.clear();
    this.labelFontChanges++;
  }

  /**
   * A canvas set to the label font, made once per font: reading the font forces a style pass. It loads
   * the glyphs of most labels in one call, since each character's first measure alone costs
   * tens of microseconds, and a first zoom meets dozens of them. It is made when the first
   * view is drawn (see `updated`), so that a reader's first zoom does not wait for it.
   */
  private labelFont(): CanvasRenderingContext2D | null {
    if (this.labelContext === undefined) {
      this.labelContext = document.createElement('canvas').getContext('2d');
      if (this.labelContext) {
        this.labelContext.font = getComputedStyle(this.labelProbe).font;
        this.labelContext.measureText(COMMON_CHARACTERS);
      }
    }
    return this.labelContext;
  }

  private transformFor(window: TimeWindow): ZoomTransform {
    const x0 = this.baseScale(window.start);
    const x1 = this.baseScale(window.end);
    const [minScale, maxScale] = this.zoomBehavior.scaleExtent();
    const scale = keptScale(Math.min(maxScale, Math.max(minScale, this.width / Math.max(1, x1 - x0))), this.transform.k);
    const centre = (x0 + x1) / 2;
    const transform = zoomIdentity.translate(this.width / 2 - centre * scale, 0).scale(scale);
    return this.zoomBehavior.constrain()(transform, this.viewExtent, this.zoomBehavior.translateExtent());
  }

  private get reducedMotion(): boolean {
    // Made once: a zoom step asks, and making it parses the query each time.
    this.reducedMotionQuery ??= window.matchMedia('(prefers-reduced-motion: reduce)');
    return this.reducedMotionQuery.matches;
  }

  /** Moves the view to a transform, smoothly unless the reader prefers reduced motion. */
  private moveTo(transform: ZoomTransform, animate: boolean): void {
    const viewport = this.viewport;
    if (!viewport) return;
    this.stopMove?.();
    this.stopMove = undefined;
    const jump = (to: ZoomTransform) => {
      // The viewport is rendered anew when the list is shown: a move follows it or stops.
      if (this.viewport) this.zoomBehavior.transform(select(this.viewport), to);
    };
    if (animate && !this.reducedMotion) this.stopMove = animateZoom(zoomTransform(viewport), transform, this.width, MOVE_DURATION, jump);
    else jump(transform);
  }

  private showWindow(window: TimeWindow, animate: boolean): void {
    this.moveTo(this.transformFor(window), animate);
  }

  /** Moves the view so that an event shows whole, keeping the zoom unless the event is wider. */
  private reveal(event: TimelineEvent, animate: boolean): void {
    const { start, end } = this.visibleWindow;
    if (event.when.start >= start && event.when.end <= end) return;
    const span = end - start;
    const centre = (event.when.start + event.when.end) / 2;
    const window = event.when.end - event.when.start > span ? padWindow(event.when, 0.1) : { start: centre - span / 2, end: centre + span / 2 };
    this.showWindow(window, animate);
  }

  /** Focuses the mark of the focused event, zooming in while it is lost in a cluster. */
  private focusMark(): void {
    const id = this.focusedId;
    const mark = id === null ? null : this.renderRoot.querySelector<HTMLElement>(`.mark[data-id="${CSS.escape(id)}"]`);
    if (mark) {
      this.focusPending = false;
      mark.focus();
      return;
    }
    const event = this.shownEvents.find((candidate) => candidate.id === id);
    const { start, end } = this.visibleWindow;
    if (!event || end - start <= MIN_WINDOW) {
      this.focusPending = false;
      return;
    }
    const centre = (event.when.start + event.when.end) / 2;
    this.showWindow({ start: centre - (end - start) / 4, end: centre + (end - start) / 4 }, false);
  }

  private applyTransform(): void {
    if (this.transformFrame !== undefined) cancelAnimationFrame(this.transformFrame);
    this.transformFrame = undefined;
    if (this.nextTransform) this.transform = this.nextTransform;
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!this.scene) return;
      const { start, end } = this.visibleWindow;
      const count = itemsInWindow(this.shownEvents, this.visibleWindow, this.shownLatestEnds).length;
      this.announcement = this.strings.showingWindow(formatWindow(start, end, this.locale), count);
    }, ANNOUNCE_DELAY);
  }

  private selectFromHash(): void {
    if (!this.linkHash || !location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (this.timeline?.events.some((event) => event.id === id)) this.selected = id;
  }

  private readonly onHashChange = () => this.selectFromHash();

  private readonly onBeforePrint = () => {
    this.printing = true;
    // Printing starts right after this event: the list must be in the page by then.
    this.performUpdate();
  };

  private readonly onAfterPrint = () => (this.printing = false);

  // One listener each for all the marks rather than two on every mark: marks come and go by
  // the hundred as a reader zooms.
  private readonly onMarkClick = (event: Event) => {
    const id = markOf(event)?.dataset.id;
    if (id) {
      this.selected = id;
      this.focusedId = id;
    }
  };

  /** Enter and Space press a mark or a cluster, as they press a button. */
  private readonly onLanesKey = (event: KeyboardEvent) => {
    const pressed = (event.target as Element).closest<HTMLElement>('.mark, .cluster');
    if (!pressed || !pressesButton(event)) return;
    // Space would scroll the page.
    event.preventDefault();
    pressed.click();
  };

  private readonly onMarkFocus = (event: Event) => {
    const mark = markOf(event);
    if (mark) this.focusedId = mark.dataset.id ?? null;
  };

  private readonly onChooseListItem = (id: string) => {
    if (this.selected === id) this.closeDetails();
    else this.selected = id;
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const action = keyAction(event);
    if (!action) return;
    const inViewport = this.viewport?.contains(event.composedPath()[0] as Node) ?? false;
    if (action === 'close') {
      if (this.selected === null) return;
      event.preventDefault();
      const id = this.selected;
      this.closeDetails();
      this.focusEvent(id);
      return;
    }
    if (!inViewport) return;
    event.preventDefault();
    if (action === 'zoom-in') this.zoomBy(2);
    else if (action === 'zoom-out') this.zoomBy(0.5);
    else if (action === 'fit') void this.fit();
    else {
      // From a cluster, an arrow goes to its first event; from a mark, to the next in date order.
      const clusterButton = clusterOf(event);
      const cluster = clusterButton ? this.scene?.clusters[Number(clusterButton.dataset.index)] : undefined;
      const index = this.shownEvents.findIndex((candidate) => candidate.id === this.focusedId);
      const next =
        cluster && (action === 'next' || action === 'previous')
          ? this.shownEvents[firstStartingAtOrAfter(this.shownEvents, cluster.window.start)]
          : this.shownEvents[movedIndex(action, index, this.shownEvents.length)];
      if (next) this.focusEvent(next.id);
    }
  };

  /** Gives an event the Tab stop and focus, bringing its mark into view first. */
  private focusEvent(id: string): void {
    this.focusedId = id;
    if (this.listShown) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.list-item[data-id="${CSS.escape(id)}"] .list-title`)?.focus());
      return;
    }
    const event = this.shownEvents.find((candidate) => candidate.id === id);
    if (event) this.reveal(event, false);
    this.focusPending = true;
    this.requestUpdate();
  }

  private closeDetails(): void {
    this.selected = null;
    if (this.linkHash && location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }

  private readonly onClose = () => {
    const id = this.selected;
    this.closeDetails();
    if (id) this.focusEvent(id);
  };

  /** Saves what the view shows, with the title and the sources, as an image. */
  private downloadView(format: 'svg' | 'png'): void {
    const timeline = this.timeline;
    if (!timeline || !this.scene) return;
    const picture = pictureOfView({ timeline, scene: this.scene, scale: this.visibleScale, locale: this.locale, strings: this.strings, colours: themeColours(this) });
    void downloadPicture(picture, format, idFrom(timeline.title) || 'timeline');
  }

  private toggleFilter(kind: 'tags' | 'actors', value: string): void {
    this.filter = formatFilter({ ...this.filterState, [kind]: toggled(this.filterState[kind], value) });
  }

  /** The stretch of time in view: `start` inclusive, `end` exclusive; null before a first layout. */
  get view(): { start: Date; end: Date } | null {
    if (!this.scene) return null;
    const [start, end] = this.visibleScale.domain();
    return { start: start!, end: end! };
  }

  /** Selects an event by id and brings it into view; resolves once the panel shows it. */
  async select(id: string | null): Promise<void> {
    this.selected = id;
    await this.updateComplete;
  }

  /** Shows the stretch from `start` to `end` (inclusive), each a date or `YYYY[-MM[-DD]]`. */
  async zoomTo(start: string | Date | number, end: string | Date | number): Promise<void> {
    const instant = (value: string | Date | number, edge: 'start' | 'end') => {
      if (typeof value !== 'string') return +value;
      const parsed = parseEventDate(value, value, false);
      return parsed.ok ? parsed.value[edge] : NaN;
    };
    const window = { start: instant(start, 'start'), end: instant(end, 'end') };
    if (Number.isFinite(window.start) && Number.isFinite(window.end) && window.end > window.start) this.showWindow(window, true);
    await this.updateComplete;
  }

  /** Shows every event. */
  async fit(): Promise<void> {
    this.moveTo(zoomIdentity, true);
    await this.updateComplete;
  }

  /** Zooms by a factor, keeping the instant under `x` (by default the middle) in place. */
  private zoomBy(factor: number, x = this.width / 2): void {
    const { start, end } = this.visibleWindow;
    const fixed = +this.visibleScale.invert(x);
    this.showWindow({ start: fixed - (fixed - start) / factor, end: fixed + (end - fixed) / factor }, true);
  }

  private readonly onDoubleClick = (event: MouseEvent) => {
    const viewport = event.currentTarget as HTMLElement;
    this.zoomBy(event.shiftKey ? 0.5 : 2, event.clientX - viewport.getBoundingClientRect().left);
  };

  /** Which event holds the one Tab stop among the marks drawn. */
  private tabStopId(scene: Scene): string | undefined {
    const drawn = (id: string | null) => id !== null && scene.marks.some((mark) => mark.event.id === id);
    if (drawn(this.focusedId)) return this.focusedId!;
    if (drawn(this.selected)) return this.selected!;
    return scene.marks.reduce<SceneMark | undefined>((first, mark) => (!first || mark.event.when.start < first.event.when.start ? mark : first), undefined)?.event.id;
  }

  /**
   * A mark as `drawMarks` draws it: a button to assistive technology and the keyboard (see
   * `onLanesKey`), drawn as a `div`, since a `<button>`'s style takes three times as long to
   * work out again and a zoom step moves every mark in view. Clusters are `div` buttons too.
   */
  private drawnMark(mark: SceneMark, tabStop: boolean): DrawnMark {
    const { event, kind } = mark;
    const key = `${this.locale}\u0000${event.id}`;
    let name = this.names.get(key);
    if (name === undefined) this.names.set(key, (name = eventName(event, this.locale)));
    return {
      id: event.id,
      className: `mark ${kind}${event.when.approximate ? ' approximate' : ''}${mark.continuesBefore ? ' continues-before' : ''}${mark.continuesAfter ? ' continues-after' : ''}`,
      name,
      tabStop,
      pressed: this.selected === event.id,
      x: hundredths(mark.x0 - this.panShift),
      y: hundredths(mark.lane * this.laneHeight),
      width: hundredths(mark.x1 - mark.x0),
      height: this.laneHeight,
      label: mark.labelShown
        ? { text: event.title, atEnd: mark.labelEndX !== undefined, left: hundredths((mark.labelEndX ?? mark.labelX) - mark.x0) }
        : undefined,
    };
  }

  /**
   * Marks that found no room, as "N events", zooming in on click; named with the stretch of
   * time they cover, and the Tab stop when the view draws no mark. A crowded stretch's column
   * rises over the lanes as high as it is crowded; it comes before the marks so that any mark
   * drawn there stays on top. Its count is drawn in `box` (see `countBoxes`), cut short with
   * "…" where it does not fit, so that it never lies over the next count. It is placed, and
   * its column sized, in pixels from the measured lane height, as marks are.
   */
  private renderCluster(cluster: SceneCluster, box: { left: number; width: number }, index: number, tabStop: boolean, strings: UiStrings): TemplateResult {
    const left = hundredths(box.left - this.panShift);
    const width = hundredths(box.width);
    const count = strings.cluster(cluster.events.length);
    const lanesHeight = VIEW_LAYOUT.lanes * this.laneHeight;
    return html`<div
      role="button"
      class="cluster${width < SQUEEZED_COUNT ? ' squeezed' : ''}"
      part="cluster"
      data-index=${index}
      tabindex=${tabStop ? '0' : '-1'}
      aria-label=${`${count}, ${this.windowName(cluster.window)}`}
      style=${styleProperties({ transform: `translate(${left}px, ${hundredths(lanesHeight)}px)`, 'max-width': `${width}px` })}
      @click=${() => this.showWindow(padWindow(cluster.window, 0.1), true)}
    >
      ${cluster.density > 0
        ? html`<span class="crowd" style=${styleProperties({ width: `${width}px`, height: `${hundredths(cluster.density * lanesHeight)}px` })}></span>`
        : nothing}
      <span class="cluster-count">${count}</span>
    </div>`;
  }

  /** A cluster's stretch of time in words, for its name. */
  private windowName({ start, end }: TimeWindow): string {
    const key = `${this.locale}\u0000${start}\u0000${end}`;
    let name = this.windowNames.get(key);
    if (name === undefined) {
      // Each zoom level has its own stretches: a long reading session should not keep them all.
      if (this.windowNames.size >= MAX_WINDOW_NAMES) this.windowNames.clear();
      this.windowNames.set(key, (name = formatWindow(start, end, this.locale)));
    }
    return name;
  }

  private renderViewport(scene: Scene): TemplateResult {
    const strings = this.strings;
    const window = this.visibleWindow;
    const outside = countOutside(this.shownEvents, this.shownEnds, window);
    // The nearest of those that reach past an edge: the one a reader would look for next.
    const nearest = (edge: 'before' | 'after') =>
      edge === 'before' ? this.shownEvents[outside.before - 1] : this.shownEvents.find((event) => event.when.end > window.end);
    const edgeHint = (edge: 'before' | 'after', count: number) =>
      count > 0
        ? html`<button class="edge ${edge}" part="edge-hint" tabindex="-1" @click=${() => this.select(nearest(edge)?.id ?? null)}>
            ${edge === 'before' ? `← ${strings.earlier(count)}` : `${strings.later(count)} →`}
          </button>`
        : nothing;
    const tabStop = this.tabStopId(scene);
    const ticks = chooseTicks((count) => this.visibleScale.ticks(count), this.width, TICK_SPACING);
    const tickLabel = (value: number, index: number) => formatTick(value, ticks.precision, this.locale, index === 0);
    const counts = countBoxes(scene.clusters, this.width, (index) => this.countWidth(strings.cluster(scene.clusters[index]!.events.length)));
    return html`<div
      class="viewport"
      part="viewport"
      role="group"
      aria-label=${strings.timelineLabel}
      aria-describedby="keyboard-help"
      style=${styleProperties({ '--ct-lanes': String(VIEW_LAYOUT.lanes) })}
      @dblclick=${this.onDoubleClick}
    >
      ${scene.eras.map(
        ({ era, x0, x1 }) => html`<div class="era" part="era" style=${styleProperties({ left: `${x0}px`, width: `${x1 - x0}px` })}>
          <span class="era-label" style=${styleProperties({ left: `${Math.max(0, -x0) + 4}px` })}>${era.title}</span>
        </div>`,
      )}
      <div
        class="lanes"
        style=${styleProperties({ transform: `translateX(${this.panShift}px)` })}
        @click=${this.onMarkClick}
        @keydown=${this.onLanesKey}
        @focusin=${this.onMarkFocus}
      >
        ${scene.clusters.map((cluster, index) => this.renderCluster(cluster, counts[index]!, index, tabStop === undefined && index === 0, strings))}
        <div class="marks" ${drawMarks(scene.marks.map((mark) => this.drawnMark(mark, mark.event.id === tabStop)))}></div>
      </div>
      ${edgeHint('before', outside.before)} ${edgeHint('after', outside.after)}
      <svg class="axis" part="axis" aria-hidden="true">${renderAxis(ticks.values, this.visibleScale, this.width, tickLabel)}</svg>
    </div>`;
  }

  private renderDownloads(strings: UiStrings): TemplateResult {
    return html`<span id="downloads" class="downloads">
      ${(['svg', 'png'] as const).map(
        (format) =>
          html`<button part="download" aria-label=${strings.downloadAs(format.toUpperCase())} @click=${() => this.downloadView(format)}>
            ${format.toUpperCase()}
          </button>`,
      )}
    </span>`;
  }

  private renderToolbar(total: number): TemplateResult {
    const strings = this.strings;
    const activeFilters = this.filterState.tags.size + this.filterState.actors.size;
    return html`<div class="toolbar" part="toolbar">
      ${disclosureButton('filter-toggle', 'filters', this.filtersOpen, activeFilters > 0 ? strings.filterActive(activeFilters) : strings.filter, () => (this.filtersOpen = !this.filtersOpen))}
      <span class="count" role="status">${strings.showing(this.shownEvents.length, total)}</span>
      <span class="spacer"></span>
      ${this.narrow
        ? nothing
        : html`<button
            class="list-toggle"
            part="list-toggle"
            aria-pressed=${this.listChosen ? 'true' : 'false'}
            title=${strings.listLabel}
            @click=${() => (this.listChosen = !this.listChosen)}
          >
            ${strings.list}
          </button>`}
      ${this.listShown
        ? nothing
        : html`${disclosureButton('download-toggle', 'downloads', this.downloadsOpen, strings.downloadImage, () => (this.downloadsOpen = !this.downloadsOpen))}
            ${this.downloadsOpen ? this.renderDownloads(strings) : nothing}
            <span class="zoom">
            <button part="zoom-button" aria-label=${strings.zoomOut} title=${strings.zoomOut} @click=${() => this.zoomBy(0.5)}>−</button>
            <button part="zoom-button" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${() => this.zoomBy(2)}>+</button>
            <button part="zoom-button" title=${strings.fitAllLabel} @click=${() => this.fit()}>${strings.fitAll}</button>
          </span>`}
    </div>`;
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const timeline = this.timeline;
    const selected = this.selectedEvent;
    const scene = this.scene;
    return html`<div class="base${this.narrow ? ' narrow' : ''}" part="base" lang=${this.locale}>
      <span id="keyboard-help" class="visually-hidden">${strings.keyboardHelp}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderStatus(this.loading, this.outcome, this.src ?? 'data', strings)}
      ${timeline && timeline.events.length > 0
        ? html`${timeline.title ? html`<p class="title" part="title">${timeline.title}</p>` : nothing} ${this.renderToolbar(timeline.events.length)}
            ${this.filtersOpen ? renderFilters(timeline.events, this.filterState, strings, (kind, value) => this.toggleFilter(kind, value)) : nothing}
            ${this.listShown
              ? renderList(this.shownEvents, this.selected, strings, this.locale, this.onChooseListItem, this.printing)
              : html`${scene ? this.renderViewport(scene) : nothing}
                ${selected ? renderDetails(selected, strings, this.locale, this.onClose) : nothing}`}`
        : nothing}
    </div>`;
  }
}
