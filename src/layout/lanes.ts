/** A mark to place, and the label that would go with it, in pixels. */
export interface MarkBox {
  /** Left and right edges of the mark (x0 ≤ x1). */
  x0: number;
  x1: number;
  /** Left and right edges of its label, if shown. */
  labelX0: number;
  labelX1: number;
  /**
   * A second place its label may start, as wide: in a scene, where it ends with the mark. A
   * label goes there when marks that follow leave it no room at `labelX0` but there is room
   * before the mark's end.
   */
  endLabelX0?: number;
}

export interface PlacedMark {
  /** Index of the box in the input. */
  index: number;
  lane: number;
  /** Whether its label is drawn; a label is hidden rather than drawn over another mark or label. */
  labelShown: boolean;
  /** Whether a label shown ends where the mark ends (from `endLabelX0`) rather than at `labelX0`. */
  labelAtEnd: boolean;
}

/** Marks that found no free lane, drawn as one "N events" mark that zooms in on them. */
export interface Cluster {
  x0: number;
  x1: number;
  indices: number[];
}

export interface LaneLayout {
  marks: PlacedMark[];
  clusters: Cluster[];
}

export interface LaneOptions {
  /** How many lanes there is room for. */
  lanes: number;
  /** Space kept between neighbours in one lane, in pixels. */
  gap: number;
  /** Index of a box that must get a mark of its own, label shown: the one a reader is on. */
  keep?: number;
  /** The widest stretch of the view one cluster gathers, in pixels. */
  clusterWidth?: number;
  /**
   * The lane a box's mark had before, if any: it goes back there where that lane is free for
   * it, with its label or, failing that, without, so that marks hold still while a view pans.
   */
  preferredLane?: (index: number) => number | undefined;
}

/** Where a mark with its label shown begins, the label at `labelX0` or (`atEnd`) at `endLabelX0`. */
export const reachFrom = (box: MarkBox, atEnd: boolean) => Math.min(box.x0, atEnd ? box.endLabelX0! : box.labelX0);

/** Where a mark with its label shown ends, the label at `labelX0` or (`atEnd`) at `endLabelX0`. */
export const reachTo = (box: MarkBox, atEnd: boolean) => Math.max(box.x1, (atEnd ? box.endLabelX0! : box.labelX0) + box.labelX1 - box.labelX0);

/** The searches for a free lane: out of the way of marks awaiting their lanes, or not. */
const ONLY_CLEAR = [true];
const CLEAR_FIRST = [true, false];
const ANY_LANE = [false];

/**
 * Places marks in lanes so that no two marks or labels overlap. Marks are taken from left to
 * right; each goes to the first lane free where it (and its label) begins, the label
 * reserving the lane while it runs. Where no lane has room for a label at `labelX0`, it may go
 * at `endLabelX0`. When no lane is free, the mark takes the place of an earlier mark's label
 * (moved to `endLabelX0` where that has room, else hidden), and when even marks fill every
 * lane it joins a cluster.
 * Given the lanes marks had (`preferredLane`), each goes back to its own where it is free, and
 * the others keep out of the way of those still to come.
 * O(n log n) for the sort, O(n × lanes) for the placing.
 *
 * @example
 * layoutLanes([{ x0: 0, x1: 10, labelX0: 0, labelX1: 50 }, { x0: 20, x1: 30, labelX0: 20, labelX1: 70 }], { lanes: 2, gap: 4 })
 * //=> marks in lanes 0 and 1, both labels shown
 */
export function layoutLanes(boxes: readonly MarkBox[], { lanes, gap, keep, clusterWidth = Infinity, preferredLane }: LaneOptions): LaneLayout {
  const order = boxes.map((_, index) => index).sort((a, b) => boxes[a]!.x0 - boxes[b]!.x0 || boxes[a]!.x1 - boxes[b]!.x1);
  /** The last mark placed in each lane. */
  const lastInLane: (PlacedMark | undefined)[] = new Array(lanes).fill(undefined);
  /** Where each lane ended before its last mark came: how far back that mark's label may move. */
  const endBeforeLast = new Array<number>(lanes).fill(-Infinity);
  const marks: PlacedMark[] = [];
  const clusters: Cluster[] = [];

  // A cluster holds the marks of one stretch of the view, so that a dense story shows as
  // several clusters where it is dense rather than one across the whole view.
  const joinCluster = (index: number, box: MarkBox) => {
    const cluster = clusters[clusters.length - 1];
    if (cluster && cluster.x1 + gap > box.x0 && box.x0 - cluster.x0 < clusterWidth) {
      cluster.indices.push(index);
      cluster.x1 = Math.min(Math.max(cluster.x1, box.x1), cluster.x0 + clusterWidth);
    } else {
      clusters.push({ x0: box.x0, x1: box.x1, indices: [index] });
    }
  };
  const markEnd = (mark: PlacedMark | undefined) => (mark === undefined ? -Infinity : boxes[mark.index]!.x1);
  const laneEnd = (mark: PlacedMark | undefined) =>
    mark === undefined ? -Infinity : mark.labelShown ? reachTo(boxes[mark.index]!, mark.labelAtEnd) : boxes[mark.index]!.x1;

  // The kept box holds its stretch of the last lane; nothing else may cross it there.
  const kept = keep === undefined || boxes[keep] === undefined ? undefined : boxes[keep];
  const keptLane = lanes - 1;
  const keptFrom = kept ? Math.min(kept.x0, kept.labelX0) : 0;
  const keptTo = kept ? Math.max(kept.x1, kept.labelX1) : 0;
  if (kept) marks.push({ index: keep!, lane: keptLane, labelShown: true, labelAtEnd: false });
  const clearOfKept = (lane: number, from: number, to: number) => !kept || lane !== keptLane || to + gap <= keptFrom || keptTo + gap <= from;
  // Where each lane's next mark with that preferred lane begins (label included), in the order
  // of placing: another mark keeps out of its way where it can, so that a mark new to the view
  // does not push the ones that had their lanes into others.
  const awaited: { position: number; from: number }[][] = Array.from({ length: lanes }, () => []);
  if (preferredLane) {
    order.forEach((index, position) => {
      const lane = preferredLane(index);
      if (lane !== undefined && lane >= 0 && lane < lanes) awaited[lane]!.push({ position, from: Math.min(boxes[index]!.x0, boxes[index]!.labelX0) });
    });
  }
  const nextAwaited = new Array<number>(lanes).fill(0);
  const awaitedFrom = (lane: number) => awaited[lane]![nextAwaited[lane]!]?.from ?? Infinity;
  /**
   * The earliest any lane's last mark ends. Every way to place a mark needs a lane whose last
   * mark ends a gap before it starts, so a mark starting before this joins a cluster at once:
   * where a view holds thousands of events, most of them do.
   */
  let earliestEnd = -Infinity;

  for (let position = 0; position < order.length; position++) {
    const index = order[position]!;
    if (preferredLane) {
      for (let lane = 0; lane < lanes; lane++) {
        const waiting = awaited[lane]!;
        while (nextAwaited[lane]! < waiting.length && waiting[nextAwaited[lane]!]!.position <= position) nextAwaited[lane]!++;
      }
    }
    if (index === keep) continue;
    const box = boxes[index]!;
    if (box.x0 < earliestEnd + gap) {
      joinCluster(index, box);
      continue;
    }
    const withLabelTo = reachTo(box, false);
    const withLabelFrom = reachFrom(box, false);
    const place = (lane: number, labelShown: boolean, labelAtEnd: boolean) => {
      const mark = { index, lane, labelShown, labelAtEnd };
      endBeforeLast[lane] = laneEnd(lastInLane[lane]);
      lastInLane[lane] = mark;
      marks.push(mark);
      // Read in place, not mapped to a new list: this runs for every mark of every frame.
      earliestEnd = Infinity;
      for (const last of lastInLane) earliestEnd = Math.min(earliestEnd, markEnd(last));
    };
    const endLabel = box.endLabelX0 !== undefined;
    const endLabelFrom = endLabel ? reachFrom(box, true) : 0;
    const endLabelTo = endLabel ? reachTo(box, true) : 0;
    const fits = (lane: number, from: number, to: number) => laneEnd(lastInLane[lane]) + gap <= from && clearOfKept(lane, from, to);
    const outOfTheWay = (lane: number, to: number) => to + gap <= awaitedFrom(lane);
    const roomIn = (lane: number, from: number, to: number, clear: boolean) => fits(lane, from, to) && (!clear || outOfTheWay(lane, to));
    /** Places the mark in a lane free for it: its label where the lane has room, at its start, else at its end. */
    const placeIn = (lane: number, clear: boolean) => {
      if (roomIn(lane, withLabelFrom, withLabelTo, clear)) place(lane, true, false);
      else {
        const atEnd = endLabel && roomIn(lane, endLabelFrom, endLabelTo, clear);
        place(lane, atEnd, atEnd);
      }
    };
    /** True when the label of the lane's last mark alone keeps this mark out of the lane. */
    const labelCanGiveWay = (lane: number) => {
      const last = lastInLane[lane];
      return last?.labelShown === true && markEnd(last) + gap <= box.x0 && clearOfKept(lane, box.x0, box.x1);
    };
    /** Moves that label to its mark's end where the lane has room there, clear of this mark; else hides it. */
    const giveWay = (lane: number) => {
      const last = lastInLane[lane]!;
      const lastBox = boxes[last.index]!;
      last.labelShown =
        !last.labelAtEnd &&
        lastBox.endLabelX0 !== undefined &&
        endBeforeLast[lane]! + gap <= reachFrom(lastBox, true) &&
        reachTo(lastBox, true) + gap <= box.x0 &&
        clearOfKept(lane, reachFrom(lastBox, true), reachTo(lastBox, true));
      last.labelAtEnd = last.labelShown;
    };
    const preferred = preferredLane?.(index);
    if (preferred !== undefined && preferred >= 0 && preferred < lanes) {
      // As before, the label of the lane's last mark gives way where it alone is in the way.
      if (!fits(preferred, box.x0, box.x1) && labelCanGiveWay(preferred)) giveWay(preferred);
      if (fits(preferred, box.x0, box.x1)) {
        placeIn(preferred, false);
        continue;
      }
    }
    // A lane free for the mark and its label, else for the mark and its label at its end, else
    // for the mark alone: first one out of the way of marks awaiting their lanes, then any. A
    // mark that had no lane (new to the view, or in a cluster before) takes only room that no
    // other mark awaits, or stays in a cluster: the marks already seen hold still.
    const newcomer = preferredLane !== undefined && preferred === undefined;
    const freeLane = (from: number, to: number, clear: boolean) => lastInLane.findIndex((_, lane) => roomIn(lane, from, to, clear));
    let placed = false;
    for (const clear of newcomer ? ONLY_CLEAR : preferredLane ? CLEAR_FIRST : ANY_LANE) {
      let lane = freeLane(withLabelFrom, withLabelTo, clear);
      if (lane === -1 && endLabel) lane = freeLane(endLabelFrom, endLabelTo, clear);
      if (lane === -1) lane = freeLane(box.x0, box.x1, clear);
      if (lane === -1) continue;
      placeIn(lane, clear);
      placed = true;
      break;
    }
    if (placed) continue;
    // Take the room of an earlier label, if moving or hiding it frees the lane.
    const stolen = lastInLane.findIndex((_, lane) => labelCanGiveWay(lane) && (!newcomer || outOfTheWay(lane, box.x1)));
    if (stolen !== -1) {
      giveWay(stolen);
      placeIn(stolen, false);
      continue;
    }
    joinCluster(index, box);
  }
  return { marks, clusters };
}
