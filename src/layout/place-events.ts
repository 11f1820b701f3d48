// A view's marks and clusters, in steps: count the stretches, measure each mark and label to
// place, lay them in lanes, then draw what reaches into the view and gather the rest in clusters.
import type { TimelineEvent } from '../model/types.js';
import { precisionOf } from '../model/partial-date.js';
import { layoutLanes, type LaneLayout, type MarkBox, type PlacedMark } from './lanes.js';
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
type Box = MarkBox &
  Pick<SceneMark, 'event' | 'kind' | 'continuesBefore' | 'continuesAfter' | 'labelInside' | 'labelCut'> & {
    /** Its label's first place is left of the mark (its second, `endLabelX0`, is right of it). */
    flipped: boolean;
  };

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
): Omit<Scene, 'eras' | 'laneCount'> {
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
  const drawn = drawnMarks(placing, boxes, layout, kept, crowds);
  const clusters = sceneClusters(boxes, layout, crowds, shown, options.gap);
  return { ...drawn, clusters: withoutClustersOfOne(clusters, drawn, boxes, options.lanes) };
}

/**
 * A cluster of one event says less than the event's own mark: the mark is drawn instead, in
 * the row under the lanes where clusters stand, without its label (there is no lane for it).
 */
function withoutClustersOfOne(clusters: SceneCluster[], { marks, lanes: placedLanes }: Pick<Scene, 'marks' | 'lanes'>, boxes: readonly Box[], lanes: number): SceneCluster[] {
  const kept = clusters.filter((cluster) => cluster.density > 0 || cluster.events.length > 1);
  if (kept.length === clusters.length) return clusters;
  for (const cluster of clusters) {
    if (kept.includes(cluster)) continue;
    const box = boxes.find((candidate) => candidate.event === cluster.events[0])!;
    const { event, kind, x0, x1, continuesBefore, continuesAfter, labelInside } = box;
    placedLanes.set(event.id, lanes);
    marks.push({ event, kind, x0: kind === 'point' ? x0 : Math.max(x0, -OVERHANG), x1, continuesBefore, continuesAfter, lane: lanes, labelShown: false, labelX: x0, labelEndX: undefined, labelWidth: 0, labelInside, labelCut: false });
  }
  marks.sort((a, b) => a.x0 - b.x0);
  return kept;
}

/**
 * One event's mark, cut where placing starts and a little past the view's right edge, and
 * where its label goes: on the mark, for a span or bar with room for it in view; else just to
 * the right of the mark, or, where the view's right edge leaves no room there, flipped just to
 * its left (the other side is the label's second place, for the lanes to choose). A label that
 * fits on neither side of a narrow view gets the wider side's room, cut short. A label is
 * never drawn past the view's edges.
 */
function markBox({ events, x, options, keptIndex }: Placing, index: number, labelWidth: (event: TimelineEvent) => number, from: number): Box {
  const { width, pointRadius, minSpanWidth, labelGap = 6, maxLabelWidth = Infinity, labelEdges: [leftEdge, rightEdge] = [0, width] } = options;
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
  const box = { event, kind, x0, x1, continuesBefore, continuesAfter, first: event.featured };
  const measured = labelWidth(event);
  const textWidth = Math.min(measured, maxLabelWidth);
  const shownFrom = Math.max(x0, leftEdge);
  const shownTo = Math.min(x1, rightEdge);
  if (kind !== 'point' && shownTo - shownFrom >= textWidth + 2 * labelGap) {
    const labelX0 = shownFrom + labelGap;
    return { ...box, labelX0, labelX1: labelX0 + textWidth, labelInside: true, flipped: false, labelCut: textWidth < measured };
  }
  const right = x1 + labelGap;
  const leftEnd = x0 - labelGap;
  const roomRight = rightEdge - right;
  const roomLeft = leftEnd - leftEdge;
  const fitsRight = roomRight >= textWidth;
  const fitsLeft = roomLeft >= textWidth;
  if (fitsRight || fitsLeft || index === keptIndex) {
    const flipped = !fitsRight && (fitsLeft || roomLeft > roomRight);
    const room = fitsRight || fitsLeft ? textWidth : Math.max(0, roomRight, roomLeft);
    const labelX0 = flipped ? leftEnd - room : right;
    // The other side, where the label fits there too: the lanes may need it.
    const otherX0 = flipped ? (fitsRight ? right : undefined) : fitsLeft ? leftEnd - room : undefined;
    return { ...box, labelX0, labelX1: labelX0 + room, endLabelX0: otherX0, labelInside: false, flipped, labelCut: room < measured };
  }
  // Too narrow a view for the whole label either side: the wider side's room, cut short.
  const flipped = roomLeft > roomRight;
  const room = Math.max(0, flipped ? roomLeft : roomRight);
  const labelX0 = flipped ? leftEnd - room : right;
  return { ...box, labelX0, labelX1: labelX0 + room, labelInside: false, flipped, labelCut: room < measured };
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
 * that would start on a crowd's column away from its mark is hidden, unless it is the kept
 * event's; one that runs on from its mark over a column is still read from its mark.
 */
function drawnMarks({ shown }: Placing, boxes: readonly Box[], layout: LaneLayout, kept: number | undefined, crowds: readonly CrowdColumn[]): Pick<Scene, 'marks' | 'lanes'> {
  const onColumn = (at: number) => crowds.some((column) => column.x0 <= at && at < column.x1);
  const marks: SceneMark[] = [];
  const placedLanes = new Map<string, number>();
  for (const mark of layout.marks) {
    const box = boxes[mark.index]!;
    const { event, kind, x0, x1, continuesBefore, continuesAfter, labelInside, labelCut } = box;
    placedLanes.set(event.id, mark.lane);
    if (!shown(event)) continue;
    const labelX = reachLabelStart(box, mark);
    const labelWidth = box.labelX1 - box.labelX0;
    // Beside its mark, a label runs on over a column; moved away from it, it would read as the column's.
    const besideMark = !mark.labelAtEnd && !box.flipped && !labelInside;
    const labelShown = mark.labelShown && labelWidth > 0 && (mark.index === kept || besideMark || !onColumn(labelX));
    // A label left of its mark is drawn by its end, so that it ends by the mark whatever the font.
    const flipped = mark.labelAtEnd ? !box.flipped : box.flipped;
    const labelEndX = labelShown && flipped ? labelX + labelWidth : undefined;
    // A bar cut where placing starts is drawn, as any other, from a little past the view's edge.
    const drawnX0 = kind === 'point' ? x0 : Math.max(x0, -OVERHANG);
    marks.push({ event, kind, x0: drawnX0, x1, continuesBefore, continuesAfter, lane: mark.lane, labelShown, labelX, labelEndX, labelWidth, labelInside, labelCut });
  }
  // Left to right, as the page holds them: the kept mark, placed first, goes to its place, so
  // that a screen reader reads it there and a focused mark is not moved out of its focus.
  marks.sort((a, b) => a.x0 - b.x0);
  return { marks, lanes: placedLanes };
}

/** Where a placed mark's label starts: its first place, or its second where the lanes chose that. */
const reachLabelStart = (box: Box, mark: PlacedMark) => (mark.labelAtEnd ? box.endLabelX0! : box.labelX0);

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
