import type { Era, TimelineEvent } from '../model/types.js';
import { precisionOf } from '../model/partial-date.js';
import { layoutLanes } from './lanes.js';
import type { TimeWindow } from './time-window.js';

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
  /** The stretch of time to zoom to so that its events can be told apart. */
  window: TimeWindow;
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
}

/** The kind of mark an event's date calls for. */
export function markKind(event: TimelineEvent): MarkKind {
  const { first, last } = event.when;
  if (first !== last && (first.year !== last.year || first.month !== last.month || first.day !== last.day)) return 'range';
  return precisionOf(first) === 'day' ? 'point' : 'span';
}

/**
 * Lays out one view: each event's mark in pixels and its lane, which labels fit, clusters for
 * marks with no room, and era bands. `x` maps a UTC instant to pixels; `labelWidth` measures
 * an event's label. Pure: the same inputs give the same scene.
 */
export function layoutScene(
  events: readonly TimelineEvent[],
  eras: readonly Era[],
  x: (instant: number) => number,
  labelWidth: (event: TimelineEvent) => number,
  options: SceneOptions,
): Scene {
  const { width, lanes, pointRadius, minSpanWidth, gap, keepId, clusterWidth } = options;
  // One record per event, made in one pass as a view may hold 100,000: its mark, cut to a
  // little past the view, and its label, which starts at the mark but stays inside the view
  // (moved right for a mark that began before it, left for one that would run past its edge).
  const boxes = events.map((event) => {
    const kind = markKind(event);
    const { start, end } = event.when;
    let x0: number;
    let x1: number;
    let continuesBefore = false;
    let continuesAfter = false;
    if (kind === 'point') {
      const centre = x((start + end) / 2);
      x0 = centre - pointRadius;
      x1 = centre + pointRadius;
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
    return { event, kind, x0, x1, continuesBefore, continuesAfter, labelX0, labelX1: labelX0 + textWidth };
  });
  // The event to keep is placed first only when it would otherwise be lost in a cluster, so
  // that selecting a mark does not move it.
  const kept = events.findIndex((event) => event.id === keepId);
  let layout = layoutLanes(boxes, { lanes, gap, clusterWidth });
  if (kept !== -1 && !layout.marks.some((mark) => mark.index === kept)) layout = layoutLanes(boxes, { lanes, gap, clusterWidth, keep: kept });
  const marks = layout.marks.map(({ index, lane, labelShown }): SceneMark => {
    const { event, kind, x0, x1, continuesBefore, continuesAfter, labelX0 } = boxes[index]!;
    return { event, kind, x0, x1, continuesBefore, continuesAfter, lane, labelShown, labelX: labelX0 };
  });
  const clusters = layout.clusters.map(({ x0, x1, indices }) => {
    const clustered = indices.map((index) => events[index]!);
    let start = Infinity;
    let end = -Infinity;
    for (const { when } of clustered) {
      start = Math.min(start, when.start);
      end = Math.max(end, when.end);
    }
    return { x0, x1, events: clustered, window: { start, end } };
  });
  const shownEras = eras
    .map((era) => ({ era, x0: Math.max(x(era.when.start), -OVERHANG), x1: Math.min(x(era.when.end), width + OVERHANG) }))
    .filter(({ x0, x1 }) => x1 > 0 && x0 < width);
  return { marks, clusters, eras: shownEras };
}
