// A linear scale from instants to pixels, as much of d3-scale's time scale as the view uses.
import { calendarTicks } from './calendar-ticks.js';

/**
 * A linear map from UTC instants to pixels, with what d3-zoom (`rescaleX`) asks of a scale,
 * and the axis's ticks. d3-scale's time scale does the same but carries a default date
 * formatter that this timeline never uses, which readers would pay for in every article.
 */
export interface TimeScale {
  (instant: number | Date): number;
  domain(): [Date, Date];
  domain(domain: Array<number | Date>): TimeScale;
  range(): [number, number];
  range(range: number[]): TimeScale;
  invert(pixel: number): Date;
  copy(): TimeScale;
  /** About `count` ticks at whole UTC years, months, weeks or days. */
  ticks(count: number): Date[];
}

/**
 * @example
 * const x = timeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 366]);
 * x(Date.UTC(2024, 6, 20)) //=> 201
 */
export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((instant: number | Date) => r0 + (+instant - d0) * k) as TimeScale;
  scale.domain = ((next?: Array<number | Date>) =>
    next ? timeScale([+next[0]!, +next[1]!], range) : [new Date(d0), new Date(d1)]) as TimeScale['domain'];
  scale.range = ((next?: number[]) => (next ? timeScale(domain, [next[0]!, next[1]!]) : [r0, r1])) as TimeScale['range'];
  scale.invert = (pixel) => new Date(k === 0 ? d0 : d0 + (pixel - r0) / k);
  scale.copy = () => timeScale(domain, range);
  scale.ticks = (count) => calendarTicks(new Date(d0), new Date(d1), count);
  return scale;
}
