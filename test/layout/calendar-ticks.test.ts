import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { utcTicks } from 'd3-time';
import { calendarTicks } from '../../src/layout/calendar-ticks.js';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** d3-time's ticks as the axis used them: its whole days only, as no source date has hours. */
const d3WholeDays = (start: Date, stop: Date, count: number) => utcTicks(start, stop, count).filter((tick) => +tick % DAY === 0).map(Number);

describe('calendarTicks', () => {
  it('chooses the ticks d3-time chose, for views from hours to centuries wide', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000 * YEAR, max: 300 * YEAR }),
        fc.double({ min: Math.log(3_600_000), max: Math.log(600 * YEAR), noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        (from, logSpan, count) => {
          const [start, stop] = [new Date(from), new Date(from + Math.exp(logSpan))];
          expect(calendarTicks(start, stop, count).map(Number)).to.deep.equal(d3WholeDays(start, stop, count));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts weeks from Sundays, quarters from January and decades from a year ending in 0', () => {
    const iso = (ticks: Date[]) => ticks.map((tick) => tick.toISOString().slice(0, 10));
    expect(iso(calendarTicks(new Date('2024-07-01'), new Date('2024-08-15'), 6))).to.deep.equal(['2024-07-07', '2024-07-14', '2024-07-21', '2024-07-28', '2024-08-04', '2024-08-11']);
    expect(iso(calendarTicks(new Date('2023-02-10'), new Date('2024-08-01'), 6))).to.deep.equal(['2023-04-01', '2023-07-01', '2023-10-01', '2024-01-01', '2024-04-01', '2024-07-01']);
    expect(iso(calendarTicks(new Date('1944-05-01'), new Date('2026-01-01'), 8))).to.deep.equal(['1950-01-01', '1960-01-01', '1970-01-01', '1980-01-01', '1990-01-01', '2000-01-01', '2010-01-01', '2020-01-01']);
  });

  it('names years before 100 as themselves, not as the 1900s', () => {
    const ticks = calendarTicks(new Date(new Date(0).setUTCFullYear(40, 0, 1)), new Date(new Date(0).setUTCFullYear(90, 0, 1)), 5);
    expect(ticks.map((tick) => tick.getUTCFullYear())).to.deep.equal([40, 50, 60, 70, 80, 90]);
  });
});
