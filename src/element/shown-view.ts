// What the view shows: the events the filter lets through, the scales from time to pixels,
// and the scene laid out for the zoom, placed again only when something that moves marks changed.
import type { ZoomTransform } from 'd3-zoom';
import { formatFilter, formatWindow, matchesFilter, parseFilter, toggled, type EventFilter, type Era, type Timeline, type TimelineEvent } from '../model/index.js';
import { layoutScene, type Scene } from '../layout/scene.js';
import { timeScale, type TimeScale } from '../layout/time-scale.js';
import { itemsInWindow, latestEnds, sortedEnds, type TimeWindow } from '../layout/time-window.js';
import { crowdStretches, fittingLanes, fullWindowOf, panAnchor, VIEW_LAYOUT, type LaneFit, type PanAnchor } from '../layout/view.js';
import type { UiStrings } from '../i18n/strings.js';
import { tagColours } from '../layout/tag-colours.js';
import { windowOf } from './controllers/zoom-controller.js';
import type { Guide } from './templates/details.js';
import { legendContent, type LegendContent } from './templates/legend.js';

export interface LayoutInput {
  /** Whatever, changed, moves the marks; the scene is kept while every part is the same. */
  key: readonly unknown[];
  /** Whatever, changed, asks for the lanes to be fitted again (data, filter, width, font): not the zoom. */
  fitKey: readonly unknown[];
  transform: ZoomTransform;
  width: number;
  eras: readonly Era[];
  /** The event whose mark must be drawn, not clustered: the focused or the selected one. */
  keepId: string | null;
  labelWidth: (event: TimelineEvent) => number;
}

export class ShownView {
  filter: EventFilter = parseFilter('');
  /** The events the filter lets through, in date order, with their ends sorted and their latest ends. */
  events: readonly TimelineEvent[] = [];
  ends: Float64Array = new Float64Array();
  latestEnds: Float64Array = latestEnds([]);
  /** Every event's stretch of time, padded; undefined without data. */
  fullWindow?: TimeWindow;
  /** The full window across the width, and the stretch in view across it. */
  baseScale: TimeScale = timeScale([0, 1], [0, 1]);
  visibleScale: TimeScale = this.baseScale;
  scene?: Scene;
  /** How far the lanes have moved, as one, since the marks were placed for `panFrom`. */
  panShift = 0;
  private panFrom?: PanAnchor;
  private sceneKey: readonly unknown[] = [];
  private fit?: LaneFit;
  private fitKey: readonly unknown[] = [];

  /** The colour of each first tag, by index (see `tagColours`). */
  colours = new Map<string, number>();
  /** The key under the view, for the events shown. */
  legend: LegendContent = { shapes: [], sources: [] };

  /** How many lanes the view has. */
  get laneCount(): number {
    return this.fit?.lanes ?? VIEW_LAYOUT.lanes;
  }

  setTimeline(timeline: Timeline | undefined): void {
    this.fullWindow = timeline && fullWindowOf(timeline);
    this.colours = tagColours(timeline?.events ?? []);
  }

  /** The filter text with one tag or actor switched on or off. */
  filterToggling(kind: 'tags' | 'actors', value: string): string {
    return formatFilter({ ...this.filter, [kind]: toggled(this.filter[kind], value) });
  }

  filterEvents(all: readonly TimelineEvent[], filterText: string): void {
    this.filter = parseFilter(filterText);
    const { tags, actors } = this.filter;
    // With no filter, every event shows: the list itself rather than a copy.
    this.events = tags.size + actors.size > 0 ? all.filter((event) => matchesFilter(event, this.filter)) : all;
    this.ends = sortedEnds(this.events);
    this.latestEnds = latestEnds(this.events);
    this.legend = legendContent(this.events);
  }

  /** Spreads the full window across the width. */
  scaleTo(width: number): void {
    if (this.fullWindow) this.baseScale = timeScale([this.fullWindow.start, this.fullWindow.end], [0, width]);
  }

  /** Nothing is drawn (no data, no width, or the list is shown). */
  clear(): void {
    this.scene = undefined;
  }

  get window(): TimeWindow {
    return windowOf(this.visibleScale);
  }

  /** What a screen reader hears once the view rests: the stretch in view, and how many events it holds. */
  describe(strings: UiStrings, locale: string): string | undefined {
    if (!this.scene) return undefined;
    const { start, end } = this.window;
    return strings.showingWindow(formatWindow(start, end, locale), itemsInWindow(this.events, this.window, this.latestEnds).length);
  }

  /** Previous and Next from an event: the events shown, in date order, filters respected. */
  guide(event: TimelineEvent, go: (to: TimelineEvent) => void): Guide {
    const index = this.events.indexOf(event);
    return { position: index + 1, total: this.events.length, previous: this.events[index - 1], next: index === -1 ? undefined : this.events[index + 1], go };
  }

  /** Places the marks for the view, unless nothing that moves them has changed. */
  layOut(input: LayoutInput): void {
    const { key, fitKey } = input;
    if (!this.fullWindow || (this.scene && key.every((part, index) => part === this.sceneKey[index]))) return;
    this.sceneKey = key;
    if (!this.fit || fitKey.some((part, index) => part !== this.fitKey[index])) {
      // Placing starts afresh: the marks have no lanes to go back to in other lanes.
      this.fitKey = fitKey;
      this.panFrom = undefined;
      this.scene = undefined;
      this.fit = fittingLanes((fit) => this.place(input, fit, undefined));
    }
    this.scene = this.place(input, this.fit, this.scene?.lanes);
  }

  /** The scene of the view in the lanes and label widths given, marks back in `previousLanes` where free. */
  private place({ transform, width, eras, keepId, labelWidth }: LayoutInput, fit: LaneFit, previousLanes: ReadonlyMap<string, number> | undefined): Scene {
    this.visibleScale = transform.rescaleX(this.baseScale);
    const view = this.window;
    // Each mark goes back to the lane it had where it can: marks hold still while the view
    // pans, even where placing starts afresh, and keep their lanes while it zooms.
    this.panFrom = panAnchor(this.panFrom, transform, view);
    this.panShift = transform.x - this.panFrom.x;
    const leadIn = { start: this.panFrom.leadInStart, end: view.start };
    return layoutScene(
      itemsInWindow(this.events, { start: leadIn.start, end: view.end }, this.latestEnds),
      eras,
      (instant) => this.visibleScale(instant),
      labelWidth,
      {
        ...VIEW_LAYOUT,
        ...fit,
        ...crowdStretches(this.fullWindow!, this.visibleScale),
        counted: this.events,
        width,
        keepId,
        leadIn,
        previousLanes,
        labelEdges: [this.panShift, width + this.panShift],
      },
    );
  }
}
