// What layout makes of a view, and what it is given: marks in lanes, clusters, era bands.
import type { Era, TimelineEvent } from '../model/types.js';
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
  /**
   * Where the label starts: just right of the mark, inside a span or bar wide enough to hold
   * it, or (see `labelEndX`) just left of the mark; never past the view's edges.
   */
  labelX: number;
  /**
   * Where a label flipped to the left of its mark ends, a little before the mark: drawn
   * aligned there, so that it ends by its mark whatever the font.
   */
  labelEndX: number | undefined;
  /** The room the label has, in pixels: a title longer than that is cut short with "…". */
  labelWidth: number;
  /** The label is drawn on its span or bar, inside it. */
  labelInside: boolean;
  /** The title is longer than the label's room: drawn cut short, whole on hover and focus. */
  labelCut: boolean;
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

export interface Scene {
  /** From left to right, by where each is drawn from. */
  marks: SceneMark[];
  clusters: SceneCluster[];
  eras: SceneEra[];
  /** The lane of every event placed, by id, those of the lead-in too: the next view's `previousLanes`. */
  lanes: Map<string, number>;
  /** How many lanes the view was laid out in. */
  laneCount: number;
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
  /** Space between a mark and a label beside it, or between a span's edge and a label inside it. */
  labelGap?: number;
  /** The widest a label is drawn: a longer title is cut short with "…". Unlimited unless given. */
  maxLabelWidth?: number;
  /**
   * The edges labels are kept inside, in pixels: the view's (0 and `width`) unless given. A
   * view that pans gives the edges it had where placing started, so that labels do not move
   * to their marks' other side, and marks to other lanes, at every step of a pan.
   */
  labelEdges?: readonly [number, number];
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
