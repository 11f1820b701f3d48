// Dates as sources give them (a year, a month or a day), parsed strictly into spans of time.
import { UTCDateMini } from '@date-fns/utc/date/mini';
// Its own module: the package's index loads every date-fns function, which costs the command
// line about a fifth of a second at start.
import { addMonths } from 'date-fns/addMonths';

/** How much of a date its source gives. */
export type Precision = 'year' | 'month' | 'day';

/**
 * A calendar date exactly as precise as its source: `month` (1–12) and `day` are present
 * only when the source gives them. "July 2023" is `{ year: 2023, month: 7 }`, never a day.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * When an event happened: from the first to the last partial date (the same one for a
 * single date), and the instants that interval covers, in UTC milliseconds, so that every
 * reader sees the same calendar day whatever their time zone.
 */
export interface EventDate {
  first: PartialDate;
  last: PartialDate;
  approximate: boolean;
  /** The first instant covered. */
  start: number;
  /** The first instant after the interval (exclusive). */
  end: number;
}

/** What is wrong with a date, and how to put it right. */
export interface DateIssue {
  message: string;
  fix: string;
}

export type DateResult<T> = { ok: true; value: T } | { ok: false; issue: DateIssue };

export const DATE_FORMAT_HINT = 'write YYYY, YYYY-MM or YYYY-MM-DD';

const DAY = 86_400_000;

const PARTIAL_DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a partial date carries. */
export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return 'day';
  return date.month !== undefined ? 'month' : 'year';
}

/** Where a month begins and where the next begins, in UTC milliseconds. */
interface MonthSpan {
  start: number;
  end: number;
}

/**
 * Each month met so far, by year × 12 + month − 1. A large file names thousands of days but
 * few months, and making a UTC date is slow in code the browser has not optimised yet.
 */
const months = new Map<number, MonthSpan>();

/** The span of a month (1–12) of a year. */
function monthSpan(year: number, month: number): MonthSpan {
  const key = year * 12 + month - 1;
  let span = months.get(key);
  if (!span) {
    const first = new UTCDateMini(0);
    // setFullYear, unlike Date.UTC, keeps years 0–99 as written instead of moving them to 19xx.
    first.setFullYear(year, month - 1, 1);
    span = { start: first.getTime(), end: addMonths(first, 1).getTime() };
    months.set(key, span);
  }
  return span;
}

function daysInMonth(year: number, month: number): number {
  const { start, end } = monthSpan(year, month);
  return (end - start) / DAY;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strictly: a month or day that the calendar does not
 * have (`2024-13`, `2024-02-30`) is an issue, never rolled over into the next month.
 *
 * @example
 * parsePartialDate('2023-07') //=> { ok: true, value: { year: 2023, month: 7 } }
 * parsePartialDate('2023-02-29').ok //=> false
 */
export function parsePartialDate(text: string): DateResult<PartialDate> {
  const notADate = (fix: string): DateResult<PartialDate> => ({
    ok: false,
    issue: { message: `${JSON.stringify(text)} is not a date`, fix },
  });
  const match = PARTIAL_DATE_SHAPE.exec(text);
  if (!match) return notADate(DATE_FORMAT_HINT);
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, value: { year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return notADate(`there is no month ${match[2]}: ${DATE_FORMAT_HINT}`);
  if (match[3] === undefined) return { ok: true, value: { year, month } };
  const day = Number(match[3]);
  // Every month has 28 days; only a later day needs the calendar (and the check runs per event).
  const days = day >= 1 && day <= 28 ? 28 : daysInMonth(year, month);
  if (day < 1 || day > days) {
    return notADate(`${match[1]}-${match[2]} has ${days} days: check the day against the source`);
  }
  return { ok: true, value: { year, month, day } };
}

/**
 * A partial date written back as the data file writes it (and as `<time datetime>` wants it):
 * `2023`, `2023-07`, `2023-07-06`.
 */
export function partialDateText({ year, month, day }: PartialDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return [pad(year, 4), month && pad(month, 2), day && pad(day, 2)].filter(Boolean).join('-');
}

/** The UTC instant at which a partial date begins. */
export function startOf(date: PartialDate): number {
  // A UTC day is always 24 hours long: no time zone moves it.
  return monthSpan(date.year, date.month ?? 1).start + ((date.day ?? 1) - 1) * DAY;
}

/** The first UTC instant after a partial date: the next day, month or year. */
export function endOf(date: PartialDate): number {
  if (date.day !== undefined) return startOf(date) + DAY;
  // A year ends where its December does.
  return monthSpan(date.year, date.month ?? 12).end;
}

/** A partial date as an event date of its own: the day, month or year it names. */
export function wholeDate(date: PartialDate): EventDate {
  return { first: date, last: date, approximate: false, start: startOf(date), end: endOf(date) };
}

/**
 * Joins two event dates into one, from the start of the first to the end of the last
 * (inclusive). A last date that ends before the first begins is an issue.
 */
export function joinDates(first: EventDate, last: EventDate, approximate: boolean): DateResult<EventDate> {
  if (last.end <= first.start) {
    return {
      ok: false,
      issue: {
        message: 'ends before it starts',
        fix: 'swap "start" and "end", or check both against the source',
      },
    };
  }
  return { ok: true, value: { first: first.first, last: last.last, approximate, start: first.start, end: last.end } };
}

/**
 * Joins a first and a last partial date (inclusive) into an event date.
 * A last date that ends before the first begins is an issue.
 *
 * @example
 * eventDateOf({ year: 2024, month: 5 }, { year: 2024, month: 6 }, false)
 * //=> covers 1 May 2024 up to, not including, 1 July 2024
 */
export function eventDateOf(first: PartialDate, last: PartialDate, approximate: boolean): DateResult<EventDate> {
  return joinDates(wholeDate(first), wholeDate(last), approximate);
}

/** Reads a single date, or a start and an end, into an event date. */
export function parseEventDate(startText: string, endText: string, approximate: boolean): DateResult<EventDate> {
  const first = parsePartialDate(startText);
  if (!first.ok) return first;
  const last = endText === startText ? first : parsePartialDate(endText);
  if (!last.ok) return last;
  return eventDateOf(first.value, last.value, approximate);
}

/**
 * The span from the earliest start to the latest end of some dates, if there are any. Of dates
 * that start, or end, at the same instant, the one first in date order gives its wording, so
 * the span reads the same whether the dates come sorted or as a file lists them.
 */
export function spanOf(dates: readonly EventDate[]): EventDate | undefined {
  if (dates.length === 0) return undefined;
  let earliest = dates[0]!;
  let latest = dates[0]!;
  for (const date of dates) {
    if (date.start < earliest.start || (date.start === earliest.start && date.end < earliest.end)) earliest = date;
    if (date.end > latest.end || (date.end === latest.end && date.start < latest.start)) latest = date;
  }
  return {
    first: earliest.first,
    last: latest.last,
    approximate: earliest.approximate || latest.approximate,
    start: earliest.start,
    end: latest.end,
  };
}
