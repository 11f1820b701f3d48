// What the lane placing takes and gives: marks with their labels' extents in, lanes and clusters out.

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
  /** Placed, with its label, before all the others: a featured event. */
  first?: boolean;
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
