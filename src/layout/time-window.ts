/** A stretch of time, in UTC milliseconds: [start, end). */
export interface TimeWindow {
  start: number;
  end: number;
}

interface Dated {
  when: TimeWindow;
}

/** Index of the first item whose start is at or after `time` (items sorted by start). */
export function firstStartingAtOrAfter(items: readonly Dated[], time: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.when.start < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The latest end under each node of a binary tree over the items (sorted by start): worked out
 * once per set of items, so that `itemsInWindow` finds the few that began before a window and
 * reach into it without reading every item before it. Leaves start at the tree's middle.
 */
export function latestEnds(items: readonly Dated[]): Float64Array {
  let leaves = 1;
  while (leaves < items.length) leaves *= 2;
  const tree = new Float64Array(2 * leaves).fill(-Infinity);
  for (let index = 0; index < items.length; index++) tree[leaves + index] = items[index]!.when.end;
  for (let node = leaves - 1; node > 0; node--) tree[node] = Math.max(tree[2 * node]!, tree[2 * node + 1]!);
  return tree;
}

/**
 * The items, sorted by start, that show in a window: any that overlaps it. Two binary searches
 * find those that start inside it; `latest` (from `latestEnds`) leads to those that began
 * before it and run into it. The work follows the items found, not the items before them.
 */
export function itemsInWindow<T extends Dated>(items: readonly T[], window: TimeWindow, latest = latestEnds(items)): T[] {
  const first = firstStartingAtOrAfter(items, window.start);
  // Every item lasts some time, so one that starts inside the window overlaps it.
  const inside = items.slice(first, firstStartingAtOrAfter(items, window.end));
  const leaves = latest.length / 2;
  const before: T[] = [];
  // Left to right, only into subtrees holding an item that starts before the window and reaches into it.
  const visit = (node: number, from: number, to: number): void => {
    if (from >= first || latest[node]! <= window.start) return;
    if (node >= leaves) {
      before.push(items[from]!);
      return;
    }
    const middle = (from + to) / 2;
    visit(2 * node, from, middle);
    visit(2 * node + 1, middle, to);
  };
  visit(1, 0, leaves);
  return before.length === 0 ? inside : before.concat(inside);
}

/** The items' ends, sorted: worked out once per set of items, for `countOutside`. */
export function sortedEnds(items: readonly Dated[]): Float64Array {
  return Float64Array.from(items, (item) => item.when.end).sort();
}

/**
 * How many items lie wholly outside a window on each side: those that end by its start, and
 * those (sorted by start) that start at its end or after. An item that reaches into the window
 * is in view, however far it runs past an edge. Two binary searches, whatever the number.
 */
export function countOutside(items: readonly Dated[], ends: Float64Array, window: TimeWindow): { before: number; after: number } {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle]! <= window.start) low = middle + 1;
    else high = middle;
  }
  return { before: low, after: items.length - firstStartingAtOrAfter(items, window.end) };
}

/** Of the items wholly before a window, the one that ends last: the one a reader looks for next. */
export function lastEndingBefore<T extends Dated>(items: readonly T[], start: number): T | undefined {
  let found: T | undefined;
  for (const item of items) if (item.when.end <= start && (!found || item.when.end > found.when.end)) found = item;
  return found;
}

/** The window from the earliest start to the latest end of the items in some lists, if any. */
export function extentOf(...lists: (readonly Dated[])[]): TimeWindow | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const items of lists) {
    for (let index = 0; index < items.length; index++) {
      const { when } = items[index]!;
      if (when.start < start) start = when.start;
      if (when.end > end) end = when.end;
    }
  }
  return start === Infinity ? undefined : { start, end };
}

/** A window widened by a share of its length on each side. */
export function padWindow(window: TimeWindow, share: number): TimeWindow {
  const pad = (window.end - window.start) * share;
  return { start: window.start - pad, end: window.end + pad };
}

/**
 * The shortest stretch that holds the starts of at least `share` of the items (sorted by
 * start): where a story is told densely, so that a first view does not crush it under one
 * event decades away. It runs from the first to the last of those starts; pad it to show the
 * last one whole.
 *
 * @example
 * densestWindow(events, 0.8) // 12 of 14 events: July 2023 – July 2024, not 1994 – 2024
 */
export function densestWindow(items: readonly Dated[], share: number): TimeWindow | undefined {
  if (items.length === 0) return undefined;
  const count = Math.min(items.length, Math.max(1, Math.ceil(items.length * share)));
  const startAt = (index: number) => items[index]!.when.start;
  let best = 0;
  for (let first = 1; first + count <= items.length; first++) {
    if (startAt(first + count - 1) - startAt(first) < startAt(best + count - 1) - startAt(best)) best = first;
  }
  return { start: startAt(best), end: startAt(best + count - 1) };
}
