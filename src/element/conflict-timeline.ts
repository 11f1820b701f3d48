// The <conflict-timeline> element: its properties and lifecycle, wiring the data, layout and
// zoom together through controllers, and rendering its parts from templates/.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Timeline } from '../model/index.js';
import type { Scene } from '../layout/scene.js';
import { firstWindow, windowBetween } from '../layout/view.js';
import { uiStrings, type UiStrings } from '../i18n/strings.js';
import type { LoadOutcome } from './load.js';
import { AccessibleNames } from './accessible-names.js';
import { TimelineProperties } from './timeline-properties.js';
import { ShownView } from './shown-view.js';
import { Panels } from './panels.js';
import { downloadView } from './download-picture.js';
import { AnnouncerController, DataController, LabelMetricsController, PrintController, RovingFocusController, SelectionController, ZoomController } from './controllers/index.js';
import { laneListeners, renderDetails, renderFilters, renderHeading, renderLegend, renderList, renderStatus, renderToolbar, renderViewport } from './templates/index.js';
import { adaptationsStyles, detailsStyles, hiddenStyles, legendStyles, listStyles, statusStyles, themeStyles, toolbarStyles, viewportStyles } from './styles/index.js';

/** Below this width, measured on the element, the timeline is drawn vertically as a list. */
const NARROW_WIDTH = 520;

/**
 * An interactive timeline of cited events: each event drawn as precisely as its sources date it,
 * with its sources' own words one click away. Keyboard: one Tab stop into the events; arrow
 * keys, Home and End move between them in date order; Enter or Space opens one, Escape closes
 * it; `+`, `-` and `0` zoom in, out and fit. Narrower than 520 px it becomes a vertical list.
 *
 * @summary Zoomable timeline of cited events, from a JSON data file.
 *
 * @fires {CustomEvent<TimelineLoadDetail>} timeline-load - Data was read. `detail`: `{ events, leftOut, problems }`.
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - An event was selected. `detail`: `{ event }` (the checked event).
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - Data could not be read. `detail`: `{ kind, message, problems }`.
 *
 * @slot - An inline `<script type="application/json">` holding the data file.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The timeline's title.
 * @csspart description - The timeline's description, under its title.
 * @csspart toolbar - Filters, event count and zoom buttons.
 * @csspart filter-toggle - The button that shows and hides the filters.
 * @csspart filters - The filter chips.
 * @csspart chip - A filter chip.
 * @csspart zoom-button - The zoom in, zoom out and fit buttons.
 * @csspart viewport - The zoomable area.
 * @csspart era - An era's background band.
 * @csspart mark - An event's mark (a button to the keyboard and to screen readers).
 * @csspart label - An event's label.
 * @csspart cluster - Events too close to tell apart, zoomed into on click; a column where very crowded.
 * @csspart axis - The time axis.
 * @csspart edge-hint - The "N earlier" / "N later" buttons at the view's edges.
 * @csspart legend - Under the view or the list: the key to colours and shapes, and the sources line.
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
export class ConflictTimeline extends TimelineProperties {
  static override styles = [themeStyles, toolbarStyles, viewportStyles, legendStyles, detailsStyles, statusStyles, listStyles, adaptationsStyles, hiddenStyles];

  static override properties: PropertyDeclarations = { outcome: { state: true } };
  private outcome?: LoadOutcome;

  private readonly dataSource = new DataController(this, (outcome) => {
    this.outcome = outcome;
    if (outcome) this.roving.focusedId = null;
  });
  private readonly metrics = new LabelMetricsController(this);
  private readonly panels = new Panels(this);
  private readonly zoom = new ZoomController(this, {
    view: () => ({ viewport: this.viewport, width: this.metrics.width, baseScale: this.shown.baseScale, visibleScale: this.shown.visibleScale }),
    onEnd: () => this.announcer.announceAtRest(() => this.shown.describe(this.strings, this.locale)),
  });
  private readonly roving = new RovingFocusController(this, {
    events: () => this.shown.events,
    listShown: () => this.listShown,
    viewport: () => this.viewport,
    clusterStart: (index) => this.shown.scene?.clusters[index]?.window.start,
    selected: () => this.selected,
    close: () => this.selection.close(),
    zoomKey: (action) => (action === 'fit' ? void this.fit() : this.zoom.zoomBy(action === 'zoom-in' ? 2 : 0.5)),
    zoom: this.zoom,
  });
  private readonly selection = new SelectionController(this, { events: () => this.timeline?.events, listShown: () => this.listShown });
  private readonly print = new PrintController(this, () => this.performUpdate());
  private readonly announcer = new AnnouncerController(this);
  private readonly names = new AccessibleNames();
  private readonly laneListeners = laneListeners({
    choose: (id) => {
      this.selected = id;
      this.roving.focusedId = id;
    },
    focus: (id) => (this.roving.focusedId = id),
    zoomAt: (factor, x) => this.zoom.zoomBy(factor, x),
  });

  /** The first view is still to be worked out for the data. */
  private viewPending = true;

  /** Derived in willUpdate. */
  private readonly shown = new ShownView();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.metrics.appendProbes(root);
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.dataSource.update(changed);
    if (changed.has('locale')) this.metrics.forgetLabels();
    if (changed.has('outcome')) this.takeNewData();
    if (changed.has('outcome') || changed.has('filter')) this.shown.filterEvents(this.timeline?.events ?? [], this.filter);
    const timeline = this.timeline;
    const { width, widthBefore, fontChanges } = this.metrics;
    if (!timeline || !this.shown.fullWindow || width <= 0 || this.listShown) return this.shown.clear();
    this.shown.scaleTo(width);
    if (this.viewPending) this.zoom.showFirst(this.shown.fullWindow, width, firstWindow(this.shown.events, this.shown.fullWindow, this.start, this.end));
    else if (widthBefore) this.zoom.resize(widthBefore, width);
    this.viewPending = false;
    const transform = this.zoom.transform;
    const keepId = this.roving.focusedId ?? this.selected;
    this.shown.layOut({
      // Only what moves the marks lays them out again (not, say, a new announcement).
      key: [this.outcome, this.filter, this.locale, width, transform.k, transform.x, keepId, fontChanges],
      fitKey: [this.outcome, this.filter, this.locale, width, fontChanges],
      transform,
      width,
      eras: timeline.eras,
      keepId,
      labelWidth: (event) => this.metrics.labelWidth(event),
    });
  }

  /** Forgets what was measured and named for the data before. */
  private takeNewData(): void {
    this.metrics.measureIfUnknown();
    this.metrics.forgetLabels();
    this.names.clear();
    this.viewPending = true;
    this.shown.setTimeline(this.timeline);
  }

  protected override updated(changed: PropertyValues): void {
    this.selection.follow(changed.has('outcome') && this.timeline !== undefined);
    this.updateView();
    if (this.shown.scene) this.metrics.warmUp();
  }

  /** Keeps the drawn view in step: the zoom on its viewport, a selection revealed, focus. */
  private updateView(): void {
    const viewport = this.viewport;
    if (!viewport || !this.shown.fullWindow || !this.shown.scene) return;
    this.zoom.attach(viewport, this.shown.fullWindow, this.metrics.width);
    const revealed = this.selection.takeReveal();
    if (revealed) this.zoom.reveal(revealed, true);
    this.roving.afterViewUpdate();
  }

  /** Looked up again only when the viewport was rendered anew: every frame asks for it. */
  private viewportElement: HTMLElement | null = null;

  private get viewport(): HTMLElement | null {
    if (!this.viewportElement?.isConnected) this.viewportElement = this.renderRoot.querySelector('.viewport');
    return this.viewportElement;
  }

  private get timeline(): Timeline | undefined {
    return this.outcome?.ok ? this.outcome.result.timeline : undefined;
  }

  private get strings(): UiStrings {
    return uiStrings(this.locale);
  }

  /** Whether the events show as a list: chosen by the reader, forced by a narrow element, or printed. */
  private get listShown(): boolean {
    return this.panels.isOpen('list') || this.narrow || this.print.printing;
  }

  private get narrow(): boolean {
    return this.metrics.width > 0 && this.metrics.width < NARROW_WIDTH;
  }

  private readonly onClose = () => {
    const id = this.selected;
    this.selection.close();
    if (id) this.roving.focusEvent(id);
  };

  /** Choosing the open event's title in the list closes it. */
  private readonly onChooseListItem = (id: string) => (this.selected === id ? this.selection.close() : void (this.selected = id));

  /** The stretch of time in view: `start` inclusive, `end` exclusive; null before a first layout. */
  get view(): { start: Date; end: Date } | null {
    if (!this.shown.scene) return null;
    const [start, end] = this.shown.visibleScale.domain();
    return { start: start!, end: end! };
  }

  /** Selects an event by id and brings it into view; resolves once the panel shows it. */
  async select(id: string | null): Promise<void> {
    this.selected = id;
    await this.updateComplete;
  }

  /** Shows the stretch from `start` to `end` (inclusive), each a date or `YYYY[-MM[-DD]]`. */
  async zoomTo(start: string | Date | number, end: string | Date | number): Promise<void> {
    const window = windowBetween(start, end);
    if (window) this.zoom.showWindow(window, true);
    await this.updateComplete;
  }

  /** Shows every event. */
  async fit(): Promise<void> {
    this.zoom.fit();
    await this.updateComplete;
  }

  override render(): TemplateResult {
    const timeline = this.timeline;
    return html`<div class="base${this.narrow ? ' narrow' : ''}" part="base" lang=${this.locale}>
      <span id="keyboard-help" class="visually-hidden">${this.strings.keyboardHelp}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
      ${renderStatus(this.dataSource.loading, this.outcome, this.src ?? 'data', this.strings)}
      ${timeline && timeline.events.length > 0 ? this.renderTimeline(timeline) : nothing}
    </div>`;
  }

  private renderTimeline(timeline: Timeline): TemplateResult {
    const strings = this.strings;
    const selected = this.selection.event;
    return html`${renderHeading(timeline)} ${this.renderToolbar(timeline.events.length)}
      ${this.panels.isOpen('filters') ? renderFilters(timeline.events, this.shown.filter, strings, (kind, value) => (this.filter = this.shown.filterToggling(kind, value))) : nothing}
      ${this.listShown
        ? html`${renderList(this.shown.events, this.selected, strings, this.locale, this.onChooseListItem, this.shown.colours, this.print.printing)}
          ${renderLegend({ shapes: [], sources: this.shown.legend.sources }, this.shown.colours, strings)}`
        : html`${this.shown.scene ? this.renderViewport(this.shown.scene) : nothing} ${renderLegend(this.shown.legend, this.shown.colours, strings)}
          ${selected ? renderDetails(selected, strings, this.locale, this.onClose, this.shown.guide(selected, (to) => (this.selected = to.id))) : nothing}`}`;
  }

  private renderToolbar(total: number): TemplateResult {
    return renderToolbar({
      strings: this.strings,
      shown: this.shown.events.length,
      total,
      activeFilters: this.shown.filter.tags.size + this.shown.filter.actors.size,
      panels: this.panels,
      narrow: this.narrow,
      listShown: this.listShown,
      download: (format) => {
        if (this.timeline && this.shown.scene) downloadView(this, { timeline: this.timeline, scene: this.shown.scene, scale: this.shown.visibleScale, locale: this.locale, strings: this.strings }, format);
      },
      zoomBy: (factor) => this.zoom.zoomBy(factor),
      fit: () => void this.fit(),
    });
  }

  private renderViewport(scene: Scene): TemplateResult {
    return renderViewport({
      scene,
      shown: this.shown,
      width: this.metrics.width,
      laneHeight: this.metrics.laneHeight,
      selected: this.selected,
      tabStop: this.roving.tabStopId(scene),
      locale: this.locale,
      strings: this.strings,
      names: this.names,
      countWidth: (text) => this.metrics.countWidth(text),
      listeners: this.laneListeners,
      showWindow: (window) => this.zoom.showWindow(window, true),
      select: (id) => void this.select(id),
    });
  }
}
