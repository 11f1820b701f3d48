// The view cut into stretches of a fixed width, counting the events that start in each: a
// stretch with more than it could draw apart is a crowd, drawn as one column, its events unplaced.
import type { TimelineEvent } from '../model/types.js';
import type { SceneCluster, SceneOptions } from './scene-types.js';

/** The long events that began before the placing: counted apart, as a stretch of their own. */
const BEFORE = -Infinity;

/** A run of events, in start order, that start in one stretch. */
export interface Run {
  stretch: number;
  /** The events `[begin, end)` of those placed. */
  begin: number;
  end: number;
  crowded: boolean;
}

export interface Stretches {
  runs: Run[];
  /** The stretch where a run's column would be drawn. */
  columnAt: (run: Run) => number;
  /** Where a stretch starts, in pixels. */
  startOf: (stretch: number) => number;
}

/**
 * The runs of `events` by stretch. An event is counted in the stretch where it starts, and the
 * long events that began before `from` are counted apart (`BEFORE`), drawn over the first: so
 * a stretch's count is the same wherever placing begins. As events come sorted by start, each
 * stretch holds a run of them, found by binary search, and a crowd's events are only counted,
 * whatever their number. A stretch counts `counted` where given: the events past the view too.
 */
export function stretchRuns(events: readonly TimelineEvent[], x: (instant: number) => number, from: number, options: SceneOptions): Stretches {
  const { clusterWidth, crowdedCount, origin = 0, stretchWidth = clusterWidth, counted } = options;
  const stretchOf = (pixels: number) => Math.floor((pixels - origin) / stretchWidth);
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
  const runs: Run[] = [];
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
  return { runs, columnAt: (run) => (run.stretch === BEFORE ? stretchOf(from) : run.stretch), startOf: (stretch) => origin + stretch * stretchWidth };
}

/** A crowded stretch's cluster, before its density is known. */
export type CrowdColumn = Omit<SceneCluster, 'density'>;

/**
 * A crowd is its stretch's cluster, its column the stretch exactly. Its window runs from its
 * first start to the end of its last-starting event, read from those two alone (they come
 * sorted by start) rather than from each of what may be 100,000 events. The kept event (at
 * `keptIndex`, -1 for none), and the events of the lead-in (`shown` false), are not among a crowd's.
 */
export function crowdColumns(
  { runs, columnAt, startOf }: Stretches,
  events: readonly TimelineEvent[],
  stretchWidth: number,
  shown: (event: TimelineEvent) => boolean,
  keptIndex: number,
): CrowdColumn[] {
  const kept = events[keptIndex];
  const columns: { x0: number; events: TimelineEvent[] }[] = [];
  for (const run of runs.filter((run) => run.crowded)) {
    const x0 = startOf(columnAt(run));
    const all = events.slice(run.begin, run.end);
    // Only a stretch that begins before the view can hold events of the lead-in.
    const holdsKept = keptIndex >= run.begin && keptIndex < run.end;
    const crowd = x0 < 0 || holdsKept ? all.filter((event) => shown(event) && event !== kept) : all;
    // The long events that began before the placing share the first stretch's column.
    const sharing = columns[columns.length - 1];
    if (sharing?.x0 === x0) sharing.events = sharing.events.concat(crowd);
    else columns.push({ x0, events: crowd });
  }
  return columns.map(({ x0, events: crowd }) => ({
    x0,
    x1: x0 + stretchWidth,
    events: crowd,
    window: { start: crowd[0]?.when.start ?? 0, end: crowd[crowd.length - 1]?.when.end ?? 0 },
  }));
}
