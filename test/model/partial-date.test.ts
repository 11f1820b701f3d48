import { expect } from '@esm-bundle/chai';
import { endOf, eventDateOf, parseEventDate, parsePartialDate, precisionOf, spanOf, startOf } from '../../src/model/partial-date.js';
import { sortedByDate } from '../../src/model/date-order.js';

const utc = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day);

function parsed(text: string) {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.issue.message}`);
  return result.value;
}

describe('parsePartialDate', () => {
  it('keeps exactly the precision written', () => {
    expect(parsed('2023')).to.deep.equal({ year: 2023 });
    expect(parsed('2023-07')).to.deep.equal({ year: 2023, month: 7 });
    expect(parsed('2023-07-06')).to.deep.equal({ year: 2023, month: 7, day: 6 });
    expect(precisionOf(parsed('2023'))).to.equal('year');
    expect(precisionOf(parsed('2023-07'))).to.equal('month');
    expect(precisionOf(parsed('2023-07-06'))).to.equal('day');
  });

  it('refuses a month the calendar does not have instead of rolling over', () => {
    const result = parsePartialDate('2024-13');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issue.message).to.equal('"2024-13" is not a date');
      expect(result.issue.fix).to.contain('there is no month 13');
    }
    expect(parsePartialDate('2024-00').ok).to.equal(false);
  });

  it('refuses a day past the end of its month, knowing leap years', () => {
    const result = parsePartialDate('2024-02-30');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issue.fix).to.contain('2024-02 has 29 days');
    expect(parsePartialDate('2023-02-29').ok, '2023 is not a leap year').to.equal(false);
    expect(parsePartialDate('2024-02-29').ok, '2024 is a leap year').to.equal(true);
    expect(parsePartialDate('1900-02-29').ok, '1900 is not a leap year').to.equal(false);
    expect(parsePartialDate('2000-02-29').ok, '2000 is a leap year').to.equal(true);
    expect(parsePartialDate('2024-04-31').ok).to.equal(false);
    expect(parsePartialDate('2024-07-00').ok).to.equal(false);
  });

  it('refuses other shapes with the formats it accepts', () => {
    for (const text of ['20/07/2024', '2024-7', '24', 'July 2024', '2024-07-20T10:00', ' 2024', '']) {
      const result = parsePartialDate(text);
      expect(result.ok, text).to.equal(false);
      if (!result.ok) expect(result.issue.fix).to.equal('write YYYY, YYYY-MM or YYYY-MM-DD');
    }
  });
});

describe('intervals', () => {
  it('gives a day, a month and a year as [start, end) in UTC', () => {
    expect([startOf(parsed('2024-07-20')), endOf(parsed('2024-07-20'))]).to.deep.equal([utc(2024, 6, 20), utc(2024, 6, 21)]);
    expect([startOf(parsed('2023-07')), endOf(parsed('2023-07'))]).to.deep.equal([utc(2023, 6, 1), utc(2023, 7, 1)]);
    expect([startOf(parsed('2023')), endOf(parsed('2023'))]).to.deep.equal([utc(2023, 0, 1), utc(2024, 0, 1)]);
  });

  it('ends a month at the next month, whatever its length, and a year at the next year', () => {
    expect(endOf(parsed('2024-02'))).to.equal(utc(2024, 2, 1));
    expect(endOf(parsed('2023-12'))).to.equal(utc(2024, 0, 1));
    expect(endOf(parsed('2024-12-31'))).to.equal(utc(2025, 0, 1));
  });

  it('keeps years below 1000, and below 100, where they are written', () => {
    const start = new Date(startOf(parsed('0600')));
    expect(start.getUTCFullYear()).to.equal(600);
    expect(new Date(startOf(parsed('0045-03'))).getUTCFullYear()).to.equal(45);
    expect(new Date(endOf(parsed('0099'))).getUTCFullYear()).to.equal(100);
  });

  it('makes a range inclusive of its last date', () => {
    const result = parseEventDate('2024-05', '2024-06', false);
    expect(result.ok).to.equal(true);
    if (result.ok) expect([result.value.start, result.value.end]).to.deep.equal([utc(2024, 4, 1), utc(2024, 6, 1)]);
  });

  it('refuses a range that ends before it starts', () => {
    const result = eventDateOf(parsed('2024-05'), parsed('2024-04'), false);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issue.message).to.equal('ends before it starts');
    expect(eventDateOf(parsed('2024-05'), parsed('2024-05'), false).ok, 'a one-month range').to.equal(true);
  });

  it('spans from the earliest start to the latest end', () => {
    const dates = ['2024-07-20', '1994', '2023-12'].map((text) => {
      const result = parseEventDate(text, text, false);
      if (!result.ok) throw new Error(text);
      return result.value;
    });
    const span = spanOf(dates);
    expect(span?.start).to.equal(utc(1994, 0, 1));
    expect(span?.end).to.equal(utc(2024, 6, 21));
    expect(spanOf([])).to.equal(undefined);
  });

  it('reads as it does in date order, whatever the order a file lists the dates in', () => {
    // A year, its first and last months, and the year again, approximate: they start or end together.
    const dates = [
      parseEventDate('2024', '2024', false),
      parseEventDate('2024-01', '2024-01', false),
      parseEventDate('2024-12', '2024-12', false),
      parseEventDate('2024', '2024', true),
    ].map((result) => {
      if (!result.ok) throw new Error(result.issue.message);
      return result.value;
    });
    // Date order is by start, then end, then the file's order.
    const inDateOrder = (items: typeof dates) => sortedByDate(items.map((when) => ({ when }))).map((item) => item.when);
    const orders = (items: typeof dates): (typeof dates)[] =>
      items.length <= 1 ? [items] : items.flatMap((item, index) => orders(items.filter((_, other) => other !== index)).map((rest) => [item, ...rest]));
    for (const order of orders(dates)) {
      const span = spanOf(order);
      expect(span, order.map((date) => JSON.stringify(date)).join(' ')).to.deep.equal(spanOf(inDateOrder(order)));
      expect(span?.first, 'January ends before the year that starts with it').to.deep.equal({ year: 2024, month: 1 });
    }
  });
});
