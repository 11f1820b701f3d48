// The view's fixed measures and its windows: everything, the first view, and a zoom's stretch.
import type { Timeline, TimelineEvent } from '../model/types.js';
import type { Scene } from './scene-types.js';
import { parseEventDate } from '../model/partial-date.js';
import { densestWindow, extentOf, padWindow, type TimeWindow } from './time-window.js';

/** How a view is laid out, the same in the element and in its pictures. */
export const VIEW_LAYOUT = {
  /** Lanes of a view whose first view cannot be labeled whole in `maxLanes` (a dense file). */
  lanes: 7,
  /** The most lanes a story is given, and the fewest (see `fittingLanes`). */
  maxLanes: 12,
  minLanes: 4,
  pointRadius: 6,
  /** Space between a mark and its label. */
  labelGap: 6,
  /** The widest label where full titles cannot all be drawn: 30 characters and more, then "…". */
  cutLabelWidth: 230,
  /** The narrowest a span or bar is drawn, so that a month seen from afar stays visible. */
  minSpanWidth: 12,
  gap: 10,
  /** The widest stretch one cluster gathers, and the narrowest a crowd's: room for its "N events" text. */
  clusterWidth: 90,
  /** Twice the points that the lanes of the narrowest stretch could hold (7 × 90 / 22). */
  crowdedCount: 60,
};

/** How many lanes a view is laid out in, and the widest its labels are drawn. */
export interface LaneFit {
  lanes: number;
  maxLabelWidth: number;
}

/**
 * The fewest lanes (at most `maxLanes`) in which a view shows every event with its whole
 * title, else with titles cut to `cutLabelWidth`; where not even that is enough (a dense
 * file), the default lanes, titles cut. `place` lays the view out in some lanes with labels
 * at most so wide. Worked out for the first view, and kept while the reader zooms and pans,
 * so that the timeline's height holds still.
 */
export function fittingLanes(place: (fit: LaneFit) => Scene): LaneFit {
  for (const maxLabelWidth of [Infinity, VIEW_LAYOUT.cutLabelWidth]) {
    const scene = place({ lanes: VIEW_LAYOUT.maxLanes, maxLabelWidth });
    if (scene.clusters.length === 0 && scene.marks.every((mark) => mark.labelShown)) {
      const used = scene.marks.reduce((most, mark) => Math.max(most, mark.lane + 1), 0);
      return { lanes: Math.max(VIEW_LAYOUT.minLanes, used), maxLabelWidth };
    }
  }
  return { lanes: VIEW_LAYOUT.lanes, maxLabelWidth: VIEW_LAYOUT.cutLabelWidth };
}

/**
 * The stretches a view counts crowds in, for a scale `x` that maps instants to pixels: from
 * where the whole of `full` starts, each as long as `full` halved as often as leaves a stretch
 * at least `clusterWidth` pixels wide (so under twice that). Zooming in widens the stretches
 * until each splits in two; their edges never move. So a stretch's count (every event that
 * starts in it, see `layoutScene`'s `counted`) only falls as a reader zooms in, and marks shown
 * stay out of crowds.
 */
export function crowdStretches(full: TimeWindow, x: (instant: number) => number): { origin: number; stretchWidth: number } {
  const origin = x(full.start);
  const fullWidth = x(full.end) - origin;
  const halvings = Math.floor(Math.log2(fullWidth / VIEW_LAYOUT.clusterWidth));
  return { origin, stretchWidth: fullWidth / 2 ** halvings };
}

/** Pixels between axis ticks, at least. */
export const TICK_SPACING = 110;

/** The narrowest window a view shows: a week. */
export const MIN_WINDOW = 7 * 86_400_000;

/** Share of events the first view frames when no start and end are given. */
const FIRST_VIEW_SHARE = 0.8;

/** Everything there is to see: every event and era, with a little room at the ends. */
export function fullWindowOf(timeline: Timeline): TimeWindow | undefined {
  const extent = extentOf(timeline.events, timeline.eras);
  return extent && padWindow(extent, 0.02);
}

/**
 * The stretch a first view shows: from `start` to `end` (`YYYY[-MM[-DD]]`) when given, else
 * where the events are dense, and the featured ones whatever their place.
 */
export function firstWindow(events: readonly TimelineEvent[], full: TimeWindow, start?: string, end?: string): TimeWindow {
  const first = start ? parseEventDate(start, end ?? start, false) : undefined;
  if (first?.ok) return atLeastMinimum({ start: first.value.start, end: end ? first.value.end : full.end });
  const dense = densestWindow(events, FIRST_VIEW_SHARE);
  return atLeastMinimum(withLead(dense ? padWindow(dense, 0.08) : full, events));
}

/** A window widened, where it must be, to hold the featured events whole, with a little room. */
function withLead(window: TimeWindow, events: readonly TimelineEvent[]): TimeWindow {
  const lead = extentOf(events.filter((event) => event.featured));
  if (!lead || (lead.start >= window.start && lead.end <= window.end)) return window;
  return padWindow({ start: Math.min(window.start, lead.start), end: Math.max(window.end, lead.end) }, 0.03);
}

/**
 * The stretch from `start` to `end` inclusive, each a date, a time value or `YYYY[-MM[-DD]]`;
 * undefined where either cannot be read, or the end is not after the start.
 */
export function windowBetween(start: string | Date | number, end: string | Date | number): TimeWindow | undefined {
  const instant = (value: string | Date | number, edge: 'start' | 'end') => {
    if (typeof value !== 'string') return +value;
    const parsed = parseEventDate(value, value, false);
    return parsed.ok ? parsed.value[edge] : NaN;
  };
  const window = { start: instant(start, 'start'), end: instant(end, 'end') };
  return Number.isFinite(window.start) && Number.isFinite(window.end) && window.end > window.start ? window : undefined;
}

/** A window widened about its middle to the narrowest a view shows (one event alone has no width). */
function atLeastMinimum(window: TimeWindow): TimeWindow {
  const missing = MIN_WINDOW - (window.end - window.start);
  return missing > 0 ? { start: window.start - missing / 2, end: window.end + missing / 2 } : window;
}

/** The zoom the marks were placed for, and where their lanes start to be filled. */
export interface PanAnchor {
  /** Scale and offset of the zoom, as d3-zoom gives them. */
  k: number;
  x: number;
  /** Where the lead-in before the view starts: lanes are filled from here. */
  leadInStart: number;
}

/**
 * Keeps the marks' lanes and places while the view pans. At a new scale, marks are placed
 * afresh from the view's start. At the same scale the anchor holds while the view's start
 * stays within a view's length after the lead-in's start: the lanes then move as one, by the
 * offset's change, and each mark keeps its lane. Past that, either way, the lead-in starts
 * again half a view before the view, so that a pan either way keeps its lanes for a while.
 */
export function panAnchor(anchor: PanAnchor | undefined, zoom: { k: number; x: number }, view: TimeWindow): PanAnchor {
  const length = view.end - view.start;
  if (anchor?.k !== zoom.k) return { k: zoom.k, x: zoom.x, leadInStart: view.start };
  if (view.start >= anchor.leadInStart && view.start - anchor.leadInStart <= length) return anchor;
  return { k: zoom.k, x: zoom.x, leadInStart: view.start - length / 2 };
}

/**
 * The scale for a window as long as the view's, kept exactly: a window worked out from dates
 * comes back a rounding error away, and a new scale would place every mark afresh.
 */
export function keptScale(scale: number, current: number): number {
  return Math.abs(scale - current) <= current * 1e-9 ? current : scale;
}
