// Where each event of a view is drawn: marks in lanes with their labels, clusters, era bands.
import type { Era, TimelineEvent } from '../model/types.js';
import { markKind, OVERHANG, placeEvents } from './place-events.js';
import type { Scene, SceneCluster, SceneOptions } from './scene-types.js';

export type * from './scene-types.js';
export { markKind };

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
  return { ...placeEvents(events, x, labelWidth, options, from), eras: shownEras, laneCount: options.lanes };
}
