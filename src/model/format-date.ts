// Dates in a reader's language, as precise as their source and no more: a month reads as a month.
import { precisionOf, startOf, type EventDate, type PartialDate, type Precision } from './partial-date.js';
import { dateLocale, type DateLocale } from './locale.js';

type Parts = 'year' | 'month-year' | 'day-month-year' | 'month' | 'day-month' | 'day' | 'short-month' | 'short-month-year' | 'day-short-month';

const INTL_OPTIONS: Record<Parts, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  'month-year': { year: 'numeric', month: 'long' },
  'day-month-year': { year: 'numeric', month: 'long', day: 'numeric' },
  month: { month: 'long' },
  'day-month': { month: 'long', day: 'numeric' },
  day: { day: 'numeric' },
  'short-month': { month: 'short' },
  'short-month-year': { year: 'numeric', month: 'short' },
  'day-short-month': { month: 'short', day: 'numeric' },
};

const FULL_PARTS: Record<Precision, Parts> = { year: 'year', month: 'month-year', day: 'day-month-year' };
const WITHOUT_YEAR: Record<Precision, Parts> = { year: 'year', month: 'month', day: 'day-month' };

const RANGE_SEPARATOR = ' – ';

/** A date's parts in words, for a locale that names its months itself: day, month, year. */
function inWords(instant: number, parts: Parts, months: NonNullable<DateLocale['months']>): string {
  const date = new Date(instant);
  const year = String(date.getUTCFullYear());
  const day = String(date.getUTCDate());
  const month = months.long[date.getUTCMonth()]!;
  const shortMonth = months.short[date.getUTCMonth()]!;
  switch (parts) {
    case 'year':
      return year;
    case 'month-year':
      return `${month} ${year}`;
    case 'day-month-year':
      return `${day} ${month} ${year}`;
    case 'month':
      return month;
    case 'day-month':
      return `${day} ${month}`;
    case 'day':
      return day;
    case 'short-month':
      return shortMonth;
    case 'short-month-year':
      return `${shortMonth} ${year}`;
    case 'day-short-month':
      return `${day} ${shortMonth}`;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatInstant(instant: number, parts: Parts, localeId: string): string {
  const { intlTag, months } = dateLocale(localeId);
  if (months) return inWords(instant, parts, months);
  const key = `${intlTag}|${parts}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // UTC on both sides: dates are stored as UTC midnights, so no reader's zone moves the day.
    formatter = new Intl.DateTimeFormat(intlTag, { ...INTL_OPTIONS[parts], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}

function formatParts(date: PartialDate, parts: Parts, localeId: string): string {
  return formatInstant(startOf(date), parts, localeId);
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Formats a partial date with exactly its precision: a month prints "July 2023" /
 * "juillet 2023", never a day.
 *
 * @example
 * formatPartialDate({ year: 2023, month: 7 }, 'fr') //=> 'juillet 2023'
 */
export function formatPartialDate(date: PartialDate, localeId: string): string {
  return formatParts(date, FULL_PARTS[precisionOf(date)], localeId);
}

/** The first date of a range, leaving out what the last date will say anyway. */
function formatRangeStart(first: PartialDate, last: PartialDate, localeId: string): string {
  const precision = precisionOf(first);
  if (first.year !== last.year || precision === 'year' || precisionOf(last) === 'year') {
    return formatPartialDate(first, localeId);
  }
  if (precision === 'day' && first.month === last.month && precisionOf(last) === 'day') {
    return formatParts(first, 'day', localeId);
  }
  return formatParts(first, WITHOUT_YEAR[precision], localeId);
}

/**
 * Formats an event's date as its sources allow: a single date, or a range that says
 * shared parts once ("May – June 2024", "14 – 19 July 2024"), marked when approximate.
 *
 * @example
 * formatEventDate(parseEventDate('2024-05', '2024-06', false).value, 'en') //=> 'May – June 2024'
 */
export function formatEventDate(when: EventDate, localeId: string): string {
  const { first, last } = when;
  const text = sameDate(first, last)
    ? formatPartialDate(first, localeId)
    : `${formatRangeStart(first, last, localeId)}${RANGE_SEPARATOR}${formatPartialDate(last, localeId)}`;
  return when.approximate ? dateLocale(localeId).approximately(text) : text;
}

/**
 * Labels an axis tick as precisely as the ticks run: "2024"; "Jul", with the year in January
 * ("Jan 2024") or on the first tick; "20 Jul".
 */
export function formatTick(instant: number, precision: Precision, localeId: string, isFirst: boolean): string {
  if (precision === 'year') return formatInstant(instant, 'year', localeId);
  if (precision === 'day') return formatInstant(instant, 'day-short-month', localeId);
  const showYear = isFirst || new Date(instant).getUTCMonth() === 0;
  return formatInstant(instant, showYear ? 'short-month-year' : 'short-month', localeId);
}

const DAY = 86_400_000;

/** The calendar date of a UTC instant, to the given precision. */
function partialDateAt(instant: number, precision: Precision): PartialDate {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month: date.getUTCMonth() + 1 };
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Names a stretch of time as a reader would say it, at a precision that suits its length:
 * days for under two months, months for under three years, else years.
 *
 * @example
 * formatWindow(Date.UTC(2024, 4, 3), Date.UTC(2024, 6, 28), 'en') //=> 'May – July 2024'
 */
export function formatWindow(start: number, end: number, localeId: string): string {
  const length = end - start;
  const precision: Precision = length < 60 * DAY ? 'day' : length < 3 * 365 * DAY ? 'month' : 'year';
  const first = partialDateAt(start, precision);
  const last = partialDateAt(end - 1, precision);
  return formatEventDate({ first, last, approximate: false, start, end }, localeId);
}
