// Marks in lanes, their labels beside them: greedy interval colouring with label extents.
import { HeldStretches } from './held-stretches.js';
import type { Cluster, LaneLayout, LaneOptions, MarkBox, PlacedMark } from './lane-types.js';

export type { Cluster, LaneLayout, LaneOptions, MarkBox, PlacedMark } from './lane-types.js';

/** Where a mark with its label shown begins, the label at `labelX0` or (`atEnd`) at `endLabelX0`. */
const reachFrom = (box: MarkBox, atEnd: boolean) => Math.min(box.x0, atEnd ? box.endLabelX0! : box.labelX0);

/** Where a mark with its label shown ends, the label at `labelX0` or (`atEnd`) at `endLabelX0`. */
const reachTo = (box: MarkBox, atEnd: boolean) => Math.max(box.x1, (atEnd ? box.endLabelX0! : box.labelX0) + box.labelX1 - box.labelX0);

/**
 * How clear of the marks awaiting their lanes a placing keeps: not at all, of them and their
 * labels, or (`marks`) of their marks only, their labels being free to give way.
 */
type Clearance = boolean | 'marks';

/** The searches for a free lane: out of the way of marks awaiting their lanes, or not. */
const ONLY_CLEAR = [true];
const CLEAR_FIRST = [true, false];
const ANY_LANE = [false];

/**
 * Places marks in lanes so that no two marks or labels overlap: greedy interval colouring, as
 * vis-timeline's stack does, each mark's extent taken with its label's. Marks are taken from
 * left to right by where they and their labels begin; each goes to the first lane free for it
 * with its label at `labelX0`, else at `endLabelX0` (its label's other side), else for the mark
 * alone; else it takes the place of an earlier mark's label (moved to its other side where that
 * has room, else hidden); when even marks fill every lane it joins a cluster. Given the lanes
 * marks had (`preferredLane`), each goes back to its own where it is free, and the others keep
 * out of the way of those still to come. Marks placed `first` (featured) are laid out before
 * all the others, by the same colouring among themselves, and their stretches held (as the
 * kept box's is): they keep their labels where any mark can. O(n log n) for the sort,
 * O(n × lanes) for the placing.
 *
 * @example
 * layoutLanes([{ x0: 0, x1: 10, labelX0: 0, labelX1: 50 }, { x0: 20, x1: 30, labelX0: 20, labelX1: 70 }], { lanes: 2, gap: 4 })
 * //=> marks in lanes 0 and 1, both labels shown
 */
export function layoutLanes(boxes: readonly MarkBox[], options: LaneOptions): LaneLayout {
  const placer = new LanePlacer(boxes, options);
  const from = (box: MarkBox) => Math.min(box.x0, box.labelX0);
  const order = boxes
    .map((_, index) => index)
    .sort((a, b) => from(boxes[a]!) - from(boxes[b]!) || boxes[a]!.x1 - boxes[b]!.x1);
  placer.awaitPreferredLanes(order);
  const placedFirst = placer.placeFirst(order.filter((index) => boxes[index]!.first && index !== options.keep));
  for (let position = 0; position < order.length; position++) {
    const index = order[position]!;
    placer.passAwaited(position);
    if (index !== options.keep && !placedFirst.has(index)) placer.placeBox(index);
  }
  return { marks: placer.marks, clusters: placer.clusters };
}

/** The state of the placing, mark by mark from left to right, and each step of it. */
class LanePlacer {
  readonly marks: PlacedMark[] = [];
  readonly clusters: Cluster[] = [];
  private readonly lanes: number;
  private readonly gap: number;
  private readonly clusterWidth: number;
  private readonly preferredLane: ((index: number) => number | undefined) | undefined;
  /** The last mark placed in each lane. */
  private readonly lastInLane: (PlacedMark | undefined)[];
  /** Where each lane ended before its last mark came: how far back that mark's label may move. */
  private readonly endBeforeLast: number[];
  /** The stretches of the kept box (in the last lane) and of the marks placed first. */
  private readonly held: HeldStretches;
  /**
   * Where each lane's next mark with that preferred lane begins (label included), in the order
   * of placing: another mark keeps out of its way where it can, so that a mark new to the view
   * does not push the ones that had their lanes into others.
   */
  private readonly awaited: { position: number; from: number; markFrom: number }[][];
  private readonly nextAwaited: number[];
  /**
   * The earliest any lane's last mark ends. Every way to place a mark needs a lane whose last
   * mark ends a gap before it starts, so a mark starting before this joins a cluster at once:
   * where a view holds thousands of events, most of them do.
   */
  private earliestEnd = -Infinity;

  constructor(
    private readonly boxes: readonly MarkBox[],
    { lanes, gap, keep, clusterWidth = Infinity, preferredLane }: LaneOptions,
  ) {
    this.lanes = lanes;
    this.gap = gap;
    this.clusterWidth = clusterWidth;
    this.preferredLane = preferredLane;
    this.lastInLane = new Array(lanes).fill(undefined);
    this.endBeforeLast = new Array<number>(lanes).fill(-Infinity);
    this.awaited = Array.from({ length: lanes }, () => []);
    this.nextAwaited = new Array<number>(lanes).fill(0);
    this.held = new HeldStretches(lanes, gap);
    if (keep === undefined) return;
    // The kept box holds its stretch of the last lane, label shown.
    this.held.hold(lanes - 1, reachFrom(boxes[keep]!, false), reachTo(boxes[keep]!, false));
    this.marks.push({ index: keep, lane: lanes - 1, labelShown: true, labelAtEnd: false });
  }

  /**
   * Places the given boxes, left to right, each in its preferred lane or the first where it and
   * its label (at its start, else at its end) are clear of the stretches held, and holds that
   * stretch. A box no lane can take with its label is left to the greedy pass. Returns those placed.
   */
  placeFirst(indices: readonly number[]): Set<number> {
    const placed = new Set<number>();
    const preferred = (index: number) => this.preferredLane?.(index) ?? -1;
    for (const index of indices) {
      const box = this.boxes[index]!;
      const lanes = [preferred(index), ...this.lastInLane.keys()].filter((lane) => lane >= 0 && lane < this.lanes);
      for (const atEnd of box.endLabelX0 === undefined ? [false] : [false, true]) {
        const lane = lanes.find((candidate) => this.held.clear(candidate, reachFrom(box, atEnd), reachTo(box, atEnd)));
        if (lane === undefined) continue;
        this.held.hold(lane, reachFrom(box, atEnd), reachTo(box, atEnd));
        this.marks.push({ index, lane, labelShown: true, labelAtEnd: atEnd });
        placed.add(index);
        break;
      }
    }
    return placed;
  }

  /** Notes, lane by lane, where the marks that had a lane before will want it again. */
  awaitPreferredLanes(order: readonly number[]): void {
    const { preferredLane, boxes } = this;
    if (!preferredLane) return;
    order.forEach((index, position) => {
      const lane = preferredLane(index);
      if (lane !== undefined && lane >= 0 && lane < this.lanes) this.awaited[lane]!.push({ position, from: Math.min(boxes[index]!.x0, boxes[index]!.labelX0), markFrom: boxes[index]!.x0 });
    });
  }

  /** Forgets the awaited marks placed by now: from `position` on, only those to come are in the way. */
  passAwaited(position: number): void {
    if (!this.preferredLane) return;
    for (let lane = 0; lane < this.lanes; lane++) {
      const waiting = this.awaited[lane]!;
      while (this.nextAwaited[lane]! < waiting.length && waiting[this.nextAwaited[lane]!]!.position <= position) this.nextAwaited[lane]!++;
    }
  }

  /**
   * Places one box: in the lane it had, where that is free; else in a lane free for it and its
   * label (at its start, else at its end), else for the mark alone, first out of the way of
   * marks awaiting their lanes, then any; else in the room of an earlier label that gives way;
   * else in a cluster. A mark that had no lane (new to the view, or in a cluster before) takes
   * only room that no other mark awaits, or stays in a cluster: the marks already seen hold still.
   */
  placeBox(index: number): void {
    const box = this.boxes[index]!;
    if (box.x0 < this.earliestEnd + this.gap) return this.joinCluster(index, box);
    const preferred = this.preferredLane?.(index);
    const hadLane = preferred !== undefined && preferred >= 0 && preferred < this.lanes;
    if (hadLane && this.placeInPreferred(index, box, preferred)) return;
    // A mark drawn under the lanes before (in the clusters' row) had no lane either.
    const newcomer = this.preferredLane !== undefined && !hadLane;
    if (this.placeInFreeLane(index, box, newcomer)) return;
    // Take the room of an earlier label, if moving or hiding it frees the lane.
    const stolen = this.lastInLane.findIndex((_, lane) => this.labelCanGiveWay(lane, box) && (!newcomer || this.outOfTheWay(lane, box.x1)));
    if (stolen === -1) return this.joinCluster(index, box);
    this.giveWay(stolen, box);
    this.placeIn(index, box, stolen, false);
  }

  /**
   * The lane the mark had, where it is free; as before, the label of its last mark gives way
   * where it alone is in the way. Its own label keeps out of the way of the marks still to come
   * back to that lane: a label that moved to the mark's other side (near the view's edge) is
   * hidden rather than push them out.
   */
  private placeInPreferred(index: number, box: MarkBox, lane: number): boolean {
    if (!this.fits(lane, box.x0, box.x1) && this.labelCanGiveWay(lane, box)) this.giveWay(lane, box);
    if (!this.fits(lane, box.x0, box.x1)) return false;
    this.placeIn(index, box, lane, 'marks');
    return true;
  }

  private placeInFreeLane(index: number, box: MarkBox, newcomer: boolean): boolean {
    const endLabel = box.endLabelX0 !== undefined;
    const freeLane = (from: number, to: number, clear: boolean) => this.lastInLane.findIndex((_, lane) => this.roomIn(lane, from, to, clear));
    for (const clear of newcomer ? ONLY_CLEAR : this.preferredLane ? CLEAR_FIRST : ANY_LANE) {
      let lane = freeLane(reachFrom(box, false), reachTo(box, false), clear);
      if (lane === -1 && endLabel) lane = freeLane(reachFrom(box, true), reachTo(box, true), clear);
      if (lane === -1) lane = freeLane(box.x0, box.x1, clear);
      if (lane === -1) continue;
      this.placeIn(index, box, lane, clear);
      return true;
    }
    return false;
  }

  /** Places the mark in a lane free for it: its label where the lane has room, at its start, else at its end. */
  private placeIn(index: number, box: MarkBox, lane: number, clear: Clearance): void {
    if (this.roomIn(lane, reachFrom(box, false), reachTo(box, false), clear)) return this.place(index, lane, true, false);
    const atEnd = box.endLabelX0 !== undefined && this.roomIn(lane, reachFrom(box, true), reachTo(box, true), clear);
    this.place(index, lane, atEnd, atEnd);
  }

  private place(index: number, lane: number, labelShown: boolean, labelAtEnd: boolean): void {
    const mark = { index, lane, labelShown, labelAtEnd };
    this.endBeforeLast[lane] = this.laneEnd(this.lastInLane[lane]);
    this.lastInLane[lane] = mark;
    this.marks.push(mark);
    // Read in place, not mapped to a new list: this runs for every mark of every frame.
    this.earliestEnd = Infinity;
    for (const last of this.lastInLane) this.earliestEnd = Math.min(this.earliestEnd, this.markEnd(last));
  }

  /** True when the label of the lane's last mark alone keeps this box's mark out of the lane. */
  private labelCanGiveWay(lane: number, box: MarkBox): boolean {
    const last = this.lastInLane[lane];
    return last?.labelShown === true && this.markEnd(last) + this.gap <= box.x0 && this.held.clear(lane, box.x0, box.x1);
  }

  /** Moves that label to its mark's end where the lane has room there, clear of this box's mark; else hides it. */
  private giveWay(lane: number, box: MarkBox): void {
    const last = this.lastInLane[lane]!;
    const lastBox = this.boxes[last.index]!;
    last.labelShown =
      !last.labelAtEnd &&
      lastBox.endLabelX0 !== undefined &&
      this.endBeforeLast[lane]! + this.gap <= reachFrom(lastBox, true) &&
      reachTo(lastBox, true) + this.gap <= box.x0 &&
      this.held.clear(lane, reachFrom(lastBox, true), reachTo(lastBox, true));
    last.labelAtEnd = last.labelShown;
  }

  /**
   * A cluster holds the marks of one stretch of the view, so that a dense story shows as
   * several clusters where it is dense rather than one across the whole view.
   */
  private joinCluster(index: number, box: MarkBox): void {
    const cluster = this.clusters[this.clusters.length - 1];
    if (cluster && cluster.x1 + this.gap > box.x0 && box.x0 - cluster.x0 < this.clusterWidth) {
      cluster.indices.push(index);
      cluster.x1 = Math.min(Math.max(cluster.x1, box.x1), cluster.x0 + this.clusterWidth);
    } else {
      this.clusters.push({ x0: box.x0, x1: box.x1, indices: [index] });
    }
  }

  private roomIn(lane: number, from: number, to: number, clear: Clearance): boolean {
    return this.fits(lane, from, to) && (!clear || this.outOfTheWay(lane, to, clear === 'marks'));
  }

  private fits(lane: number, from: number, to: number): boolean {
    return this.laneEnd(this.lastInLane[lane]) + this.gap <= from && this.held.clear(lane, from, to);
  }

  private outOfTheWay(lane: number, to: number, ofMarksOnly = false): boolean {
    const next = this.awaited[lane]![this.nextAwaited[lane]!];
    return to + this.gap <= (next === undefined ? Infinity : ofMarksOnly ? next.markFrom : next.from);
  }

  private markEnd(mark: PlacedMark | undefined): number {
    return mark === undefined ? -Infinity : this.boxes[mark.index]!.x1;
  }

  private laneEnd(mark: PlacedMark | undefined): number {
    return mark === undefined ? -Infinity : mark.labelShown ? reachTo(this.boxes[mark.index]!, mark.labelAtEnd) : this.boxes[mark.index]!.x1;
  }
}
