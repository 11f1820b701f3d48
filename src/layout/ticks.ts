// The axis's ticks for a view: as many as fit, and the precision their labels need.
import type { Precision } from '../model/partial-date.js';

/** Axis ticks for a view: where they fall, and the precision their labels need. */
export interface Ticks {
  values: number[];
  precision: Precision;
}

/** The precision that names every tick: years when all fall on 1 January, months on the 1st. */
export function tickPrecision(values: readonly number[]): Precision {
  const dates = values.map((value) => new Date(value));
  if (dates.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1)) return 'year';
  if (dates.every((date) => date.getUTCDate() === 1)) return 'month';
  return 'day';
}

/**
 * Ticks for a view about `width` pixels wide, one per `spacing` pixels or fewer, from a scale's
 * own tick choice (`calendarTicks`: whole days, weeks, months or years in UTC).
 */
export function chooseTicks(ticksOf: (count: number) => Date[], width: number, spacing: number): Ticks {
  const values = ticksOf(Math.max(2, Math.floor(width / spacing))).map((date) => date.getTime());
  return { values, precision: tickPrecision(values) };
}
