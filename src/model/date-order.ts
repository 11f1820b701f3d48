import type { EventDate } from './partial-date.js';

const DAY = 86_400_000;
/** Days from 1 January of year 0 to 1970: counted from year 0, no date has a negative day. */
const DAYS_BEFORE_1970 = 719_528;
/** A day from year 0 to the end of year 9999 (3,652,425) takes 22 bits: two passes of 11. */
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Moves `from` into `to` in order of one 11-bit digit of each index's key, keeping the order of
 * equal digits (a counting sort, the step of a radix sort).
 */
function passByDigit(from: Uint32Array, to: Uint32Array, keys: Uint32Array, shift: number, counts: Uint32Array): void {
  counts.fill(0);
  for (let index = 0; index < from.length; index++) counts[(keys[from[index]!]! >>> shift) & DIGIT_MASK]!++;
  let total = 0;
  for (let digit = 0; digit < counts.length; digit++) {
    const count = counts[digit]!;
    counts[digit] = total;
    total += count;
  }
  for (let index = 0; index < from.length; index++) {
    const item = from[index]!;
    to[counts[(keys[item]! >>> shift) & DIGIT_MASK]!++] = item;
  }
}

/**
 * Items in date order: by start, then by end, then as the file gives them. Dates are whole UTC
 * days of years 0000 to 9999, so each is a day number below 2^22, and a radix sort orders them
 * in four passes over the items; a sort by comparison took about three times as long for
 * 100,000 events. Each pass keeps the order of the one before, so sorting by end first and by
 * start last leaves equal starts in order of end, then of the file.
 */
export function sortedByDate<T extends { when: EventDate }>(items: readonly T[]): T[] {
  const count = items.length;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let order = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const { when } = items[index]!;
    starts[index] = Math.round(when.start / DAY) + DAYS_BEFORE_1970;
    ends[index] = Math.round(when.end / DAY) + DAYS_BEFORE_1970;
    order[index] = index;
  }
  let spare = new Uint32Array(count);
  const counts = new Uint32Array(1 << DIGIT_BITS);
  for (const [keys, shift] of [[ends, 0], [ends, DIGIT_BITS], [starts, 0], [starts, DIGIT_BITS]] as const) {
    passByDigit(order, spare, keys, shift, counts);
    [order, spare] = [spare, order];
  }
  // Filled by push, not into `new Array(count)`: a list made with holes stays slower to read,
  // and every frame of the view reads this one.
  const sorted: T[] = [];
  for (let index = 0; index < count; index++) sorted.push(items[order[index]!]!);
  return sorted;
}
