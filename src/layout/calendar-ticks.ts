// The axis's ticks at whole UTC days, weeks, months and years: d3-time's `utcTicks` choice of
// interval, for the intervals a source date can name, without its hours, minutes and seconds.

const DAY = 86_400_000;

/** How a tick interval finds its ticks: the first on or after an instant, then each next. */
interface Interval {
  ceil(instant: number): number;
  next(instant: number): number;
}

/** An interval's length, as d3-time's ticks weigh them (a month 30 days, a year 365). */
const durationOf = { day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };

/** The first of a month in UTC; `setUTCFullYear`, as `Date.UTC` reads years 0 to 99 as 1900 to 1999. */
const utc = (year: number, month: number) => new Date(0).setUTCFullYear(year, month, 1);

/** Days whose number since 1970 is a multiple of `step`, as d3's `utcDay.every(step)`. */
function days(step: number): Interval {
  const ceil = (instant: number) => Math.ceil(instant / DAY / step) * step * DAY;
  return { ceil, next: (instant) => instant + step * DAY };
}

/** Sundays, as d3's `utcWeek`. */
const weeks: Interval = {
  ceil: (instant) => {
    const day = Math.ceil(instant / DAY) * DAY;
    return day + ((7 - new Date(day).getUTCDay()) % 7) * DAY;
  },
  next: (instant) => instant + 7 * DAY,
};

/** The first of every `step`th month, from January, as d3's `utcMonth.every(step)`. */
function months(step: number): Interval {
  const at = (index: number) => utc(Math.floor(index / 12), ((index % 12) + 12) % 12);
  const indexOf = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
  return {
    ceil: (instant) => {
      const date = new Date(instant);
      let index = indexOf(date);
      if (at(index) < instant) index++;
      return at(Math.ceil(index / step) * step);
    },
    next: (instant) => at(indexOf(new Date(instant)) + step),
  };
}

/** 1 January of years that are multiples of `step`, as d3's `utcYear.every(step)`. */
function years(step: number): Interval {
  return {
    ceil: (instant) => {
      let year = new Date(instant).getUTCFullYear();
      if (utc(year, 0) < instant) year++;
      return utc(Math.ceil(year / step) * step, 0);
    },
    next: (instant) => utc(new Date(instant).getUTCFullYear() + step, 0),
  };
}

/** d3-time's intervals from a day up, each with the duration it is chosen by. */
const INTERVALS: [Interval, number][] = [
  [days(1), durationOf.day],
  [days(2), 2 * durationOf.day],
  [weeks, durationOf.week],
  [months(1), durationOf.month],
  [months(3), 3 * durationOf.month],
  [years(1), durationOf.year],
];

/** d3-array's `tickStep` for steps of one or more: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const step = span / count;
  const power = 10 ** Math.floor(Math.log10(step));
  const error = step / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}

function intervalFor(start: number, stop: number, count: number): Interval {
  const target = (stop - start) / count;
  const above = INTERVALS.findIndex(([, duration]) => duration > target);
  if (above === -1) return years(Math.max(1, niceStep((stop - start) / durationOf.year, count)));
  // Below a day, d3 would choose hours or finer, of which only the midnights are whole days.
  if (above === 0) return days(1);
  const [lower, lowerDuration] = INTERVALS[above - 1]!;
  const [upper, upperDuration] = INTERVALS[above]!;
  return target / lowerDuration < upperDuration / target ? lower : upper;
}

/**
 * About `count` ticks from `start` to `stop` (both included), at whole UTC days, weeks, months
 * or years: the interval whose length is nearest a `count`th of the span, as d3-time chooses.
 */
export function calendarTicks(start: Date, stop: Date, count: number): Date[] {
  const [from, to] = [+start, +stop];
  if (!(to >= from) || !(count > 0)) return [];
  const interval = intervalFor(from, to, count);
  const ticks: Date[] = [];
  for (let instant = interval.ceil(from); instant <= to; instant = interval.next(instant)) ticks.push(new Date(instant));
  return ticks;
}
