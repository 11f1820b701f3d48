import type { Era, TimelineEvent } from '../model/types.js';
import { precisionOf } from '../model/partial-date.js';
import { layoutLanes, type MarkBox } from './lanes.js';
import { extentOf, type TimeWindow } from './time-window.js';

/** How an event is drawn: a day as a point, a month or year as a span, a period as a bar. */
export type MarkKind = 'point' | 'span' | 'range';

export interface SceneMark {
  event: TimelineEvent;
  kind: MarkKind;
  /** Left and right edges of the mark, in pixels from the view's left edge, cut to a little
   * past the view: a decades-long bar seen a week at a time is not millions of pixels wide. */
  x0: number;
  x1: number;
  /** Whether the event runs on past the left or right edge of the view. */
  continuesBefore: boolean;
  continuesAfter: boolean;
  lane: number;
  labelShown: boolean;
  /** Where the label starts: at the mark, or at the view's edge for a mark that began off it. */
  labelX: number;
}

export interface SceneCluster {
  x0: number;
  x1: number;
  events: TimelineEvent[];
  /**
   * The stretch of time to zoom to so that its events can be told apart: where they start
   * (to the end of the last to start) for a crowd, from first start to last end otherwise.
   */
  window: TimeWindow;
  /**
   * For a stretch too crowded to draw mark by mark, its events as a share of the most crowded
   * stretch in view (0 to 1), drawn as a column over it; 0 for marks that found no room.
   */
  density: number;
}

export interface SceneEra {
  era: Era;
  /** Edges of the band, cut to a little past the view. */
  x0: number;
  x1: number;
}

/** How far past the view's edges a mark or band is drawn before it is cut. */
const OVERHANG = 16;

export interface Scene {
  marks: SceneMark[];
  clusters: SceneCluster[];
  eras: SceneEra[];
}

export interface SceneOptions {
  width: number;
  lanes: number;
  /** Radius of a point mark, in pixels. */
  pointRadius: number;
  /** The narrowest a span or bar is drawn, so that a month seen from afar stays visible. */
  minSpanWidth: number;
  /** Space between neighbours in a lane, in pixels. */
  gap: number;
  /** Id of an event that must get a mark and label of its own: the focused or selected one. */
  keepId?: string | null;
  /** The widest stretch of the view one cluster gathers, in pixels. */
  clusterWidth: number;
  /**
   * More events than this in one stretch of `clusterWidth` pixels show as that stretch's
   * cluster alone: far more than its lanes could draw apart, so that any marks drawn there
   * would be a few picked at random.
   */
  crowdedCount: number;
  /** Where a fixed instant is, in pixels: stretches are counted from it so that they stay put as the view pans. */
  origin?: number;
}

/** Pixels between the columns of neighbouring crowded stretches. */
const COLUMN_GAP = 2;

/**
 * Where a crowded stretch's column is drawn in a view `width` pixels wide: from its cluster's
 * left, or the view's, to its right, or the view's, less a gap before the next column.
 */
export function columnOf(cluster: Pick<SceneCluster, 'x0' | 'x1'>, width: number): { left: number; width: number } {
  const left = Math.max(0, cluster.x0);
  return { left, width: Math.min(width, cluster.x1) - left - COLUMN_GAP };
}

/** The kind of mark an event's date calls for. */
export function markKind(event: TimelineEvent): MarkKind {
  const { first, last } = event.when;
  if (first !== last && (first.year !== last.year || first.month !== last.month || first.day !== last.day)) return 'range';
  return precisionOf(first) === 'day' ? 'point' : 'span';
}

/**
 * Lays out one view: each event's mark in pixels and its lane, which labels fit, clusters for
 * marks with no room and for stretches too crowded to draw, and era bands. `events` come
 * sorted by start, as `itemsInWindow` gives them; `x` maps a UTC instant to pixels;
 * `labelWidth` measures an event's label. Pure: the same inputs give the
 * same scene. Events in crowded stretches are only placed and counted, never measured or laid
 * out, so that a view of 100,000 events costs little more than the marks it can show.
 */
export function layoutScene(
  events: readonly TimelineEvent[],
  eras: readonly Era[],
  x: (instant: number) => number,
  labelWidth: (event: TimelineEvent) => number,
  options: SceneOptions,
): Scene {
  const { width, lanes, pointRadius, minSpanWidth, gap, keepId, clusterWidth, crowdedCount, origin = 0 } = options;
  // An event is counted in the stretch where it starts (or the first one, if it began before
  // the view): as events come sorted by start, each stretch holds a run of them, found by
  // binary search, and a crowd's events are only counted, whatever their number.
  const stretchAt = (index: number) => Math.floor((Math.max(x(events[index]!.when.start), -OVERHANG) - origin) / clusterWidth);
  const runs: { stretch: number; begin: number; end: number }[] = [];
  for (let begin = 0; begin < events.length; ) {
    const stretch = stretchAt(begin);
    let end = begin + 1;
    let high = events.length;
    while (end < high) {
      const middle = (end + high) >>> 1;
      if (stretchAt(middle) <= stretch) end = middle + 1;
      else high = middle;
    }
    runs.push({ stretch, begin, end });
    begin = end;
  }
  const keptIndex = keepId == null ? -1 : events.findIndex((event) => event.id === keepId);
  type Run = (typeof runs)[number];
  const crowded = (run: Run) => run.end - run.begin > crowdedCount;
  const holdsKept = (run: Run) => keptIndex >= run.begin && keptIndex < run.end;

  // One record per event drawn: its mark, cut to a little past the view, and its label, which
  // starts at the mark but stays inside the view (moved right for a mark that began before
  // it, left for one that would run past its edge). The kept event is drawn even in a crowd.
  const boxes: (MarkBox & Pick<SceneMark, 'event' | 'kind' | 'continuesBefore' | 'continuesAfter'>)[] = [];
  let kept: number | undefined;
  const drawn = runs.flatMap((run) => {
    if (!crowded(run)) return Array.from({ length: run.end - run.begin }, (_, offset) => run.begin + offset);
    return holdsKept(run) ? [keptIndex] : [];
  });
  for (const index of drawn) {
    const event = events[index]!;
    if (index === keptIndex) kept = boxes.length;
    const kind = markKind(event);
    const { start, end } = event.when;
    let x0: number;
    let x1: number;
    let continuesBefore = false;
    let continuesAfter = false;
    if (kind === 'point') {
      x0 = x((start + end) / 2) - pointRadius;
      x1 = x0 + 2 * pointRadius;
    } else {
      const left = x(start);
      const right = Math.max(x(end), left + minSpanWidth);
      x0 = Math.max(left, -OVERHANG);
      x1 = Math.min(right, width + OVERHANG);
      continuesBefore = left < -OVERHANG;
      continuesAfter = right > width + OVERHANG;
    }
    const textWidth = labelWidth(event);
    const labelX0 = Math.max(0, Math.min(x0, width - textWidth));
    boxes.push({ event, kind, x0, x1, continuesBefore, continuesAfter, labelX0, labelX1: labelX0 + textWidth });
  }
  // The event to keep is placed first only when it would otherwise be lost in a cluster, so
  // that selecting a mark does not move it.
  let layout = layoutLanes(boxes, { lanes, gap, clusterWidth });
  if (kept !== undefined && !layout.marks.some((mark) => mark.index === kept)) layout = layoutLanes(boxes, { lanes, gap, clusterWidth, keep: kept });
  // A crowd is its stretch's cluster, its column the stretch exactly; marks that found no room
  // beside it join it rather than show a second cluster over the same place. Its window runs
  // from its first start to the end of its last-starting event, read from those two alone (they
  // come sorted by start) rather than from each of what may be 100,000 events.
  const crowdClusters = runs.filter(crowded).map((run) => {
    const x0 = origin + run.stretch * clusterWidth;
    const crowd = events.slice(run.begin, run.end);
    const window = { start: events[run.begin]!.when.start, end: events[run.end - 1]!.when.end };
    return { x0, x1: x0 + clusterWidth, events: holdsKept(run) ? crowd.filter((event) => event !== events[keptIndex]) : crowd, window };
  });
  // A label that would start on a column (moved there to stay in view, or of a mark cut at the
  // view's edge) is hidden, unless it is the kept event's; one that runs on into a column is
  // still read from its mark.
  const onColumn = (at: number) => crowdClusters.some((column) => column.x0 <= at && at < column.x1);
  const marks = layout.marks.map(({ index, lane, labelShown }): SceneMark => {
    const { event, kind, x0, x1, continuesBefore, continuesAfter, labelX0 } = boxes[index]!;
    const labelClear = index === kept || !onColumn(labelX0);
    return { event, kind, x0, x1, continuesBefore, continuesAfter, lane, labelShown: labelShown && labelClear, labelX: labelX0 };
  });
  const clusters: SceneCluster[] = [];
  for (const { x0, x1, indices } of layout.clusters) {
    const overflowing = indices.map((index) => boxes[index]!.event);
    const window = extentOf(overflowing)!;
    const crowd = crowdClusters.find((cluster) => cluster.x0 < x1 + gap && x0 < cluster.x1 + gap);
    if (crowd) {
      crowd.events.push(...overflowing);
      crowd.window = { start: Math.min(crowd.window.start, window.start), end: Math.max(crowd.window.end, window.end) };
    } else clusters.push({ x0, x1, events: overflowing, window, density: 0 });
  }
  const mostCrowded = Math.max(0, ...crowdClusters.map((cluster) => cluster.events.length));
  for (const cluster of crowdClusters) clusters.push({ ...cluster, density: cluster.events.length / mostCrowded });
  clusters.sort((a, b) => a.x0 - b.x0);

  const shownEras = eras
    .map((era) => ({ era, x0: Math.max(x(era.when.start), -OVERHANG), x1: Math.min(x(era.when.end), width + OVERHANG) }))
    .filter(({ x0, x1 }) => x1 > 0 && x0 < width);
  return { marks, clusters, eras: shownEras };
}

