import type { Era, TimelineEvent } from '../model/types.js';
import { precisionOf } from '../model/partial-date.js';
import { layoutLanes, reachFrom, reachTo, type MarkBox, type PlacedMark } from './lanes.js';
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
  /**
   * Where the label ends, for one moved to end with its mark where there was no room for it
   * after the mark's start (`labelX` is then where its measured width starts): drawn aligned
   * there, so that it ends with its mark whatever the font.
   */
  labelEndX: number | undefined;
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
  /** From left to right, by where each is drawn from. */
  marks: SceneMark[];
  clusters: SceneCluster[];
  eras: SceneEra[];
  /** The lane of every event placed, by id, those of the lead-in too: the next view's `previousLanes`. */
  lanes: Map<string, number>;
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
   * More events than this in one stretch show as that stretch's cluster alone: far more than
   * its lanes could draw apart, so that any marks drawn there would be a few picked at random.
   */
  crowdedCount: number;
  /** Where a fixed instant is, in pixels: stretches are counted from it so that they stay put as the view pans. */
  origin?: number;
  /** How wide the stretches are that crowds are counted in, in pixels: `clusterWidth` unless given (see `crowdStretches`). */
  stretchWidth?: number;
  /**
   * Every event a stretch counts, sorted by start: all that could be shown, not only those
   * given, so that a stretch at the view's edge counts the events past the edge too, and is
   * crowded or not whatever part of it the view shows. The events given, unless given.
   */
  counted?: readonly TimelineEvent[];
  /**
   * A stretch of time just before the view, ending at the view's start. Events in it take
   * their lanes, unseen, before the view's own: as long as a view that pans keeps the same
   * lead-in, every mark keeps its lane. `events` then include those that end in it; only
   * events that reach into the view are drawn. Without it, marks are placed from the view's
   * edge and every event given is drawn. A crowded stretch takes no lanes: where the lead-in
   * holds one, placing starts after the last.
   */
  leadIn?: TimeWindow;
  /**
   * The lane of each event's mark in the view before, by event id, at the same scale: a mark
   * goes back to it where it is free, so that marks hold still when placing starts afresh (a
   * new lead-in, or a crowd come into it).
   */
  previousLanes?: ReadonlyMap<string, number>;
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

/**
 * Where each cluster's count is drawn in a view `width` pixels wide, and how wide it may be:
 * a crowd's under its column, no wider; any other's from its column's left to the next
 * cluster's, less a gap, so that no count lies over the next. The last, where the view's
 * right edge leaves it less room than `countWidth` says it needs, moves left to be read
 * whole, but only as far as leaves the count before it the room it needs too. `clusters`
 * come sorted by their left edge, as a scene gives them.
 */
export function countBoxes(
  clusters: readonly Pick<SceneCluster, 'x0' | 'x1' | 'density'>[],
  width: number,
  countWidth: (index: number) => number,
): { left: number; width: number }[] {
  const columns = clusters.map((cluster) => columnOf(cluster, width));
  const lefts = columns.map((column) => column.left);
  const last = clusters.length - 1;
  if (last >= 0 && clusters[last]!.density === 0) {
    const previous = last > 0 ? columns[last - 1]! : undefined;
    const clear = !previous ? 0 : clusters[last - 1]!.density > 0 ? previous.left + previous.width : previous.left + countWidth(last - 1);
    lefts[last] = Math.min(lefts[last]!, Math.max(clear + COLUMN_GAP, width - COLUMN_GAP - countWidth(last)));
  }
  return clusters.map((cluster, index) =>
    cluster.density > 0 ? columns[index]! : { left: lefts[index]!, width: (lefts[index + 1] ?? width) - lefts[index]! - COLUMN_GAP },
  );
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
  const { width, leadIn } = options;
  // Marks are placed from here: a long bar that began earlier is cut here, as it is a little
  // past the view's edge when there is no lead-in.
  const from = leadIn ? Math.min(x(leadIn.start), 0) - OVERHANG : -OVERHANG;
  const shownEras = eras
    .map((era) => ({ era, x0: Math.max(x(era.when.start), -OVERHANG), x1: Math.min(x(era.when.end), width + OVERHANG) }))
    .filter(({ x0, x1 }) => x1 > 0 && x0 < width);
  return { ...placeEvents(events, x, labelWidth, options, from), eras: shownEras };
}

/** Marks and clusters of a view, placing marks in lanes from `from` (pixels, at or before the view). */
function placeEvents(
  events: readonly TimelineEvent[],
  x: (instant: number) => number,
  labelWidth: (event: TimelineEvent) => number,
  options: SceneOptions,
  from: number,
): Omit<Scene, 'eras'> {
  const { width, lanes, pointRadius, minSpanWidth, gap, keepId, clusterWidth, crowdedCount, origin = 0, stretchWidth = clusterWidth, leadIn, previousLanes, counted } = options;
  const viewStart = leadIn?.end;
  const shown = (event: TimelineEvent) => viewStart === undefined || event.when.end > viewStart;
  const stretchOf = (pixels: number) => Math.floor((pixels - origin) / stretchWidth);
  // An event is counted in the stretch where it starts, and the long events that began before
  // the placing are counted apart, as a stretch of their own (-Infinity) drawn over the first:
  // so a stretch's count is the same wherever placing begins. As events come sorted by start,
  // each stretch holds a run of them, found by binary search, and a crowd's events are only
  // counted, whatever their number.
  const BEFORE = -Infinity;
  const stretchAt = (index: number) => {
    const at = x(events[index]!.when.start);
    return at < from ? BEFORE : stretchOf(at);
  };
  /** The first of the counted events that starts in `stretch` or after it. */
  const firstCountedFrom = (stretch: number) => {
    let low = 0;
    let high = counted!.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (stretchOf(x(counted![middle]!.when.start)) < stretch) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const crowdedAt = (stretch: number, given: number) =>
    (counted && stretch !== BEFORE ? firstCountedFrom(stretch + 1) - firstCountedFrom(stretch) : given) > crowdedCount;
  const runs: { stretch: number; begin: number; end: number; crowded: boolean }[] = [];
  for (let begin = 0; begin < events.length; ) {
    const stretch = stretchAt(begin);
    let end = begin + 1;
    let high = events.length;
    while (end < high) {
      const middle = (end + high) >>> 1;
      if (stretchAt(middle) <= stretch) end = middle + 1;
      else high = middle;
    }
    runs.push({ stretch, begin, end, crowded: crowdedAt(stretch, end - begin) });
    begin = end;
  }
  type Run = (typeof runs)[number];
  /** The stretch where a run's column would be drawn. */
  const columnAt = (run: Run) => (run.stretch === BEFORE ? stretchOf(from) : run.stretch);
  const inView = (run: Run) => origin + (columnAt(run) + 1) * stretchWidth > 0;
  // A crowd in the lead-in takes no lanes: placing starts after the last one, where nothing
  // before it can reach, so that the lanes stay put until another crowd comes into the lead-in.
  const lastCrowdBefore = leadIn && runs.findLast((run) => run.crowded && !inView(run));
  if (lastCrowdBefore) {
    // A hair past the crowd's edge, so that rounding cannot count its events in it again. Of
    // the events that start before it, only those that reach past it, or into the view, count.
    const after = origin + (columnAt(lastCrowdBefore) + 1) * stretchWidth + 1e-6;
    const reaching: TimelineEvent[] = [];
    for (let index = 0; index < lastCrowdBefore.end; index++) {
      const event = events[index]!;
      if (shown(event) || x(event.when.end) > after) reaching.push(event);
    }
    return placeEvents(reaching.concat(events.slice(lastCrowdBefore.end)), x, labelWidth, options, after);
  }
  const keptIndex = keepId == null ? -1 : events.findIndex((event) => event.id === keepId);
  const holdsKept = (run: Run) => keptIndex >= run.begin && keptIndex < run.end;

  // One record per event placed: its mark, cut where placing starts and a little past the
  // view's right edge, and its label at the mark, moved left for one that would run past that
  // edge, or else ending where the mark ends (or the view, if sooner) where it starts in view.
  // The kept event is placed even in a crowd, its label moved right into the view, as it will
  // be drawn.
  const boxes: (MarkBox & Pick<SceneMark, 'event' | 'kind' | 'continuesBefore' | 'continuesAfter'>)[] = [];
  let kept: number | undefined;
  const placed: number[] = [];
  for (const run of runs) {
    if (!run.crowded) for (let index = run.begin; index < run.end; index++) placed.push(index);
    else if (holdsKept(run)) placed.push(keptIndex);
  }
  for (const index of placed) {
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
      x0 = Math.max(left, from);
      x1 = Math.min(right, width + OVERHANG);
      continuesBefore = left < -OVERHANG;
      continuesAfter = right > width + OVERHANG;
    }
    const textWidth = labelWidth(event);
    const labelX0 = index === keptIndex ? Math.max(0, Math.min(x0, width - textWidth)) : Math.min(x0, width - textWidth);
    const endLabelX0 = Math.min(x1, width) - textWidth;
    boxes.push({
      event,
      kind,
      x0,
      x1,
      continuesBefore,
      continuesAfter,
      labelX0,
      labelX1: labelX0 + textWidth,
      endLabelX0: endLabelX0 >= 0 && index !== keptIndex ? endLabelX0 : undefined,
    });
  }
  // The event to keep is placed first only when it would otherwise be lost in a cluster, so
  // that selecting a mark does not move it.
  const preferredLane = previousLanes && ((index: number) => previousLanes.get(boxes[index]!.event.id));
  let layout = layoutLanes(boxes, { lanes, gap, clusterWidth, preferredLane });
  if (kept !== undefined && !layout.marks.some((mark) => mark.index === kept)) layout = layoutLanes(boxes, { lanes, gap, clusterWidth, preferredLane, keep: kept });
  // A crowd is its stretch's cluster, its column the stretch exactly; marks that found no room
  // beside it join it rather than show a second cluster over the same place. Its window runs
  // from its first start to the end of its last-starting event, read from those two alone (they
  // come sorted by start) rather than from each of what may be 100,000 events.
  const columns: { x0: number; events: TimelineEvent[] }[] = [];
  for (const run of runs.filter((run) => run.crowded)) {
    const x0 = origin + columnAt(run) * stretchWidth;
    const all = events.slice(run.begin, run.end);
    // Only a stretch that begins before the view can hold events of the lead-in.
    const crowd = x0 < 0 || holdsKept(run) ? all.filter((event) => shown(event) && event !== events[keptIndex]) : all;
    // The long events that began before the placing share the first stretch's column.
    const sharing = columns[columns.length - 1];
    if (sharing?.x0 === x0) sharing.events = sharing.events.concat(crowd);
    else columns.push({ x0, events: crowd });
  }
  const crowdClusters = columns.map(({ x0, events: crowd }) => ({
    x0,
    x1: x0 + stretchWidth,
    events: crowd,
    window: { start: crowd[0]?.when.start ?? 0, end: crowd[crowd.length - 1]?.when.end ?? 0 },
  }));
  // A label that would start on a column (moved there to stay in view, or of a mark cut at the
  // view's edge) is hidden, unless it is the kept event's; one that runs on into a column is
  // still read from its mark.
  const onColumn = (at: number) => crowdClusters.some((column) => column.x0 <= at && at < column.x1);
  // A label that would start left of the view is drawn at its edge where its lane is free
  // there; its lane was taken from where the label would start, so that a pan which brings
  // the mark to the edge moves no other mark to another lane.
  const reach = ({ index, labelShown, labelAtEnd }: PlacedMark): [number, number] => {
    const box = boxes[index]!;
    return labelShown ? [reachFrom(box, labelAtEnd), reachTo(box, labelAtEnd)] : [box.x0, box.x1];
  };
  const laneMarks: PlacedMark[][] = Array.from({ length: lanes }, () => []);
  for (const mark of layout.marks) laneMarks[mark.lane]!.push(mark);
  const freeInLane = (mark: PlacedMark, to: number) =>
    laneMarks[mark.lane]!.every((other) => other === mark || reach(other)[1] + gap <= 0 || to + gap <= reach(other)[0]);
  const marks: SceneMark[] = [];
  const placedLanes = new Map<string, number>();
  for (const mark of layout.marks) {
    const { event, kind, x0, x1, continuesBefore, continuesAfter, labelX0: startLabelX0, labelX1, endLabelX0 } = boxes[mark.index]!;
    placedLanes.set(event.id, mark.lane);
    if (!shown(event)) continue;
    const labelX0 = mark.labelAtEnd ? endLabelX0! : startLabelX0;
    const labelX = Math.max(0, labelX0);
    const textWidth = labelX1 - startLabelX0;
    const labelShown =
      mark.labelShown && (mark.index === kept || (!onColumn(labelX) && (labelX0 >= 0 || freeInLane(mark, textWidth))));
    const labelEndX = labelShown && mark.labelAtEnd ? labelX0 + textWidth : undefined;
    // A bar cut where placing starts is drawn, as any other, from a little past the view's edge.
    const drawnX0 = kind === 'point' ? x0 : Math.max(x0, -OVERHANG);
    marks.push({ event, kind, x0: drawnX0, x1, continuesBefore, continuesAfter, lane: mark.lane, labelShown, labelX, labelEndX });
  }
  // Left to right, as the page holds them: the kept mark, placed first, goes to its place, so
  // that a screen reader reads it there and a focused mark is not moved out of its focus.
  marks.sort((a, b) => a.x0 - b.x0);
  const clusters: SceneCluster[] = [];
  for (const { x0, x1, indices } of layout.clusters) {
    const overflowing = indices.map((index) => boxes[index]!.event).filter(shown);
    if (overflowing.length === 0) continue;
    const window = extentOf(overflowing)!;
    const crowd = crowdClusters.find((cluster) => cluster.x0 < x1 + gap && x0 < cluster.x1 + gap);
    if (crowd) {
      crowd.events.push(...overflowing);
      crowd.window = { start: Math.min(crowd.window.start, window.start), end: Math.max(crowd.window.end, window.end) };
    } else clusters.push({ x0: Math.max(x0, -OVERHANG), x1, events: overflowing, window, density: 0 });
  }
  const mostCrowded = Math.max(0, ...crowdClusters.map((cluster) => cluster.events.length));
  for (const cluster of crowdClusters) if (cluster.events.length > 0) clusters.push({ ...cluster, density: cluster.events.length / mostCrowded });
  clusters.sort((a, b) => a.x0 - b.x0);
  return { marks, clusters, lanes: placedLanes };
}

