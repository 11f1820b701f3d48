// A view's marks and clusters, in steps: count the stretches, measure each mark and label to
// place, lay them in lanes, then draw what reaches into the view and gather the rest in clusters.
import type { TimelineEvent } from '../model/types.js';
import { precisionOf } from '../model/partial-date.js';
import { layoutLanes, reachFrom, reachTo, type LaneLayout, type MarkBox, type PlacedMark } from './lanes.js';
import { crowdColumns, stretchRuns, type CrowdColumn } from './crowds.js';
import { extentOf } from './time-window.js';
import type { MarkKind, Scene, SceneCluster, SceneMark, SceneOptions } from './scene-types.js';

/** How far past the view's edges a mark or band is drawn before it is cut. */
export const OVERHANG = 16;

/** The kind of mark an event's date calls for. */
export function markKind(event: TimelineEvent): MarkKind {
  const { first, last } = event.when;
  if (first !== last && (first.year !== last.year || first.month !== last.month || first.day !== last.day)) return 'range';
  return precisionOf(first) === 'day' ? 'point' : 'span';
}

/** A mark to place in lanes, with what the scene draws of it. */
type Box = MarkBox & Pick<SceneMark, 'event' | 'kind' | 'continuesBefore' | 'continuesAfter'>;

/** What every step needs: the events, the scale, the options, and which event is kept. */
interface Placing {
  events: readonly TimelineEvent[];
  x: (instant: number) => number;
  options: SceneOptions;
  /** Index of the event to keep in view with its label, or -1. */
  keptIndex: number;
  /** Whether an event reaches into the view (rather than only into the lead-in). */
  shown: (event: TimelineEvent) => boolean;
}

/** Marks and clusters of a view, placing marks in lanes from `from` (pixels, at or before the view). */
export function placeEvents(
  events: readonly TimelineEvent[],
  x: (instant: number) => number,
  labelWidth: (event: TimelineEvent) => number,
  options: SceneOptions,
  from: number,
): Omit<Scene, 'eras'> {
  const { keepId, leadIn, stretchWidth = options.clusterWidth } = options;
  const viewStart = leadIn?.end;
  const shown = (event: TimelineEvent) => viewStart === undefined || event.when.end > viewStart;
  const stretches = stretchRuns(events, x, from, options);
  // A crowd in the lead-in takes no lanes: placing starts after the last one, where nothing
  // before it can reach, so that the lanes stay put until another crowd comes into the lead-in.
  const lastCrowdBefore = leadIn && stretches.runs.findLast((run) => run.crowded && stretches.startOf(stretches.columnAt(run) + 1) <= 0);
  if (lastCrowdBefore) {
    // A hair past the crowd's edge, so that rounding cannot count its events in it again. Of
    // the events that start before it, only those that reach past it, or into the view, count.
    const after = stretches.startOf(stretches.columnAt(lastCrowdBefore) + 1) + 1e-6;
    const reaching = events.slice(0, lastCrowdBefore.end).filter((event) => shown(event) || x(event.when.end) > after);
    return placeEvents(reaching.concat(events.slice(lastCrowdBefore.end)), x, labelWidth, options, after);
  }
  const keptIndex = keepId == null ? -1 : events.findIndex((event) => event.id === keepId);
  const placing: Placing = { events, x, options, keptIndex, shown };
  const placed: number[] = [];
  for (const run of stretches.runs) {
    if (!run.crowded) for (let index = run.begin; index < run.end; index++) placed.push(index);
    else if (keptIndex >= run.begin && keptIndex < run.end) placed.push(keptIndex);
  }
  const boxes = placed.map((index) => markBox(placing, index, labelWidth, from));
  const keptPosition = placed.indexOf(keptIndex);
  const kept = keptPosition === -1 ? undefined : keptPosition;
  const layout = laneLayout(boxes, kept, options);
  const crowds = crowdColumns(stretches, events, stretchWidth, shown, keptIndex);
  return { ...drawnMarks(placing, boxes, layout, kept, crowds), clusters: sceneClusters(boxes, layout, crowds, shown, options.gap) };
}

/**
 * One event's mark, cut where placing starts and a little past the view's right edge, and its
 * label at the mark, moved left for one that would run past that edge, or else ending where
 * the mark ends (or the view, if sooner) where it starts in view. The kept event is placed even
 * in a crowd, its label moved right into the view, as it will be drawn.
 */
function markBox({ events, x, options, keptIndex }: Placing, index: number, labelWidth: (event: TimelineEvent) => number, from: number): Box {
  const { width, pointRadius, minSpanWidth } = options;
  const event = events[index]!;
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
  const isKept = index === keptIndex;
  const labelX0 = isKept ? Math.max(0, Math.min(x0, width - textWidth)) : Math.min(x0, width - textWidth);
  const endLabelX0 = Math.min(x1, width) - textWidth;
  return { event, kind, x0, x1, continuesBefore, continuesAfter, labelX0, labelX1: labelX0 + textWidth, endLabelX0: endLabelX0 >= 0 && !isKept ? endLabelX0 : undefined };
}

/**
 * The boxes in lanes, each back in its lane of the view before where it can. The kept box is
 * placed first only when it would otherwise be lost in a cluster, so that selecting a mark
 * does not move it.
 */
function laneLayout(boxes: readonly Box[], kept: number | undefined, { lanes, gap, clusterWidth, previousLanes }: SceneOptions): LaneLayout {
  const preferredLane = previousLanes && ((index: number) => previousLanes.get(boxes[index]!.event.id));
  const layout = layoutLanes(boxes, { lanes, gap, clusterWidth, preferredLane });
  if (kept === undefined || layout.marks.some((mark) => mark.index === kept)) return layout;
  return layoutLanes(boxes, { lanes, gap, clusterWidth, preferredLane, keep: kept });
}

/**
 * The marks that reach into the view, left to right, and every placed event's lane. A label
 * that would start on a crowd's column (moved there to stay in view, or of a mark cut at the
 * view's edge) is hidden, unless it is the kept event's; one that runs on into a column is
 * still read from its mark. A label that would start left of the view is drawn at its edge
 * where its lane is free there; its lane was taken from where the label would start, so that a
 * pan which brings the mark to the edge moves no other mark to another lane.
 */
function drawnMarks({ options, shown }: Placing, boxes: readonly Box[], layout: LaneLayout, kept: number | undefined, crowds: readonly CrowdColumn[]): Pick<Scene, 'marks' | 'lanes'> {
  const { lanes, gap } = options;
  const onColumn = (at: number) => crowds.some((column) => column.x0 <= at && at < column.x1);
  const reach = ({ index, labelShown, labelAtEnd }: PlacedMark): [number, number] => {
    const box = boxes[index]!;
    return labelShown ? [reachFrom(box, labelAtEnd), reachTo(box, labelAtEnd)] : [box.x0, box.x1];
  };
  const laneMarks: PlacedMark[][] = Array.from({ length: lanes }, () => []);
  for (const mark of layout.marks) laneMarks[mark.lane]!.push(mark);
  const freeInLane = (mark: PlacedMark, to: number) => laneMarks[mark.lane]!.every((other) => other === mark || reach(other)[1] + gap <= 0 || to + gap <= reach(other)[0]);
  const marks: SceneMark[] = [];
  const placedLanes = new Map<string, number>();
  for (const mark of layout.marks) {
    const { event, kind, x0, x1, continuesBefore, continuesAfter, labelX0: startLabelX0, labelX1, endLabelX0 } = boxes[mark.index]!;
    placedLanes.set(event.id, mark.lane);
    if (!shown(event)) continue;
    const labelX0 = mark.labelAtEnd ? endLabelX0! : startLabelX0;
    const labelX = Math.max(0, labelX0);
    const textWidth = labelX1 - startLabelX0;
    const labelShown = mark.labelShown && (mark.index === kept || (!onColumn(labelX) && (labelX0 >= 0 || freeInLane(mark, textWidth))));
    const labelEndX = labelShown && mark.labelAtEnd ? labelX0 + textWidth : undefined;
    // A bar cut where placing starts is drawn, as any other, from a little past the view's edge.
    const drawnX0 = kind === 'point' ? x0 : Math.max(x0, -OVERHANG);
    marks.push({ event, kind, x0: drawnX0, x1, continuesBefore, continuesAfter, lane: mark.lane, labelShown, labelX, labelEndX });
  }
  // Left to right, as the page holds them: the kept mark, placed first, goes to its place, so
  // that a screen reader reads it there and a focused mark is not moved out of its focus.
  marks.sort((a, b) => a.x0 - b.x0);
  return { marks, lanes: placedLanes };
}

/**
 * The clusters of marks that found no room, and the crowds: marks with no room beside a crowd
 * join it rather than show a second cluster over the same place. A crowd's density is its
 * share of the most crowded stretch in view.
 */
function sceneClusters(boxes: readonly Box[], layout: LaneLayout, crowds: CrowdColumn[], shown: (event: TimelineEvent) => boolean, gap: number): SceneCluster[] {
  const clusters: SceneCluster[] = [];
  for (const { x0, x1, indices } of layout.clusters) {
    const overflowing = indices.map((index) => boxes[index]!.event).filter(shown);
    if (overflowing.length === 0) continue;
    const window = extentOf(overflowing)!;
    const crowd = crowds.find((cluster) => cluster.x0 < x1 + gap && x0 < cluster.x1 + gap);
    if (crowd) {
      crowd.events.push(...overflowing);
      crowd.window = { start: Math.min(crowd.window.start, window.start), end: Math.max(crowd.window.end, window.end) };
    } else clusters.push({ x0: Math.max(x0, -OVERHANG), x1, events: overflowing, window, density: 0 });
  }
  const mostCrowded = Math.max(0, ...crowds.map((cluster) => cluster.events.length));
  for (const cluster of crowds) if (cluster.events.length > 0) clusters.push({ ...cluster, density: cluster.events.length / mostCrowded });
  return clusters.sort((a, b) => a.x0 - b.x0);
}
