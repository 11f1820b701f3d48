import { expect } from '@esm-bundle/chai';
import { formatEventDate, formatPartialDate, formatTick } from '../../src/model/format-date.js';
import { registerDateLocale } from '../../src/model/locale.js';
import { parseEventDate, parsePartialDate, type EventDate } from '../../src/model/partial-date.js';

declare global {
  interface Window {
    expectedTimeZone?: string;
  }
}

function when(start: string, end = start, approximate = false): EventDate {
  const result = parseEventDate(start, end, approximate);
  if (!result.ok) throw new Error(result.issue.message);
  return result.value;
}

function partial(text: string) {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.issue.message);
  return result.value;
}

describe('formatting by precision', () => {
  if (window.expectedTimeZone) {
    it(`runs in ${window.expectedTimeZone}, far from UTC`, () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(window.expectedTimeZone);
      expect(new Date(Date.UTC(2024, 6, 20)).getTimezoneOffset()).to.not.equal(0);
    });
  }

  it('prints a month without a day, in English and French', () => {
    expect(formatPartialDate(partial('2023-07'), 'en')).to.equal('July 2023');
    expect(formatPartialDate(partial('2023-07'), 'fr')).to.equal('juillet 2023');
  });

  it('prints a year alone, and years below 1000 as written', () => {
    expect(formatPartialDate(partial('2024'), 'en')).to.equal('2024');
    expect(formatPartialDate(partial('0600'), 'en')).to.equal('600');
  });

  it('prints a calendar day as the same day in every time zone', () => {
    expect(formatEventDate(when('2024-07-20'), 'en')).to.equal('20 July 2024');
    expect(formatEventDate(when('2024-07-20'), 'fr')).to.equal('20 juillet 2024');
    expect(formatEventDate(when('2024-01-01'), 'en')).to.equal('1 January 2024');
    expect(formatEventDate(when('2023-12-31'), 'en')).to.equal('31 December 2023');
  });

  it('says shared parts of a range once', () => {
    expect(formatEventDate(when('2024-05', '2024-06'), 'en')).to.equal('May – June 2024');
    expect(formatEventDate(when('2024-05', '2024-06'), 'fr')).to.equal('mai – juin 2024');
    expect(formatEventDate(when('2024-07-14', '2024-07-19'), 'en')).to.equal('14 – 19 July 2024');
    expect(formatEventDate(when('2024-06-30', '2024-07-02'), 'en')).to.equal('30 June – 2 July 2024');
    expect(formatEventDate(when('2023-12', '2024-02'), 'en')).to.equal('December 2023 – February 2024');
    expect(formatEventDate(when('1994', '2024'), 'en')).to.equal('1994 – 2024');
    expect(formatEventDate(when('2024-05', '2024'), 'en')).to.equal('May 2024 – 2024');
  });

  it('says when a date is approximate', () => {
    expect(formatEventDate(when('2024-07', '2024-07', true), 'en')).to.equal('c. July 2024');
    expect(formatEventDate(when('2024-07', '2024-07', true), 'fr')).to.equal('vers juillet 2024');
    expect(formatEventDate(when('1994', '2024', true), 'en')).to.equal('c. 1994 – 2024');
  });

  it('falls back to English for a locale it does not ship', () => {
    expect(formatPartialDate(partial('2023-07'), 'xx')).to.equal('July 2023');
  });
});

describe('dates in the languages that ship', () => {
  const YEARS = [1, 5, 99, 999, 1000, 1582, 2023, 2024, 9999];
  /** Every day of each year above, as a UTC instant and as the `YYYY-MM-DD` a file holds. */
  function* days(): Generator<{ instant: number; text: string }> {
    for (const year of YEARS) {
      for (let month = 0; month < 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = new Date(0);
          date.setUTCFullYear(year, month, day);
          if (date.getUTCMonth() !== month) break;
          const text = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          yield { instant: date.getTime(), text };
        }
      }
    }
  }
  const intl = (tag: string, options: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    return (instant: number) => formatter.format(instant);
  };

  for (const [id, tag] of [
    ['en', 'en-GB'],
    ['fr', 'fr-FR'],
  ] as const) {
    it(`reads in ${id} as the browser's Intl writes ${tag}, for every day of nine years from 1 to 9999`, () => {
      const full = intl(tag, { year: 'numeric', month: 'long', day: 'numeric' });
      const monthYear = intl(tag, { year: 'numeric', month: 'long' });
      const year = intl(tag, { year: 'numeric' });
      const day = intl(tag, { day: 'numeric' });
      const dayMonth = intl(tag, { month: 'long', day: 'numeric' });
      const month = intl(tag, { month: 'long' });
      const tickDay = intl(tag, { month: 'short', day: 'numeric' });
      const tickMonth = intl(tag, { month: 'short' });
      const tickMonthYear = intl(tag, { year: 'numeric', month: 'short' });
      for (const { instant, text } of days()) {
        const mismatch = `${id} ${text}`;
        expect(formatPartialDate(partial(text), id), mismatch).to.equal(full(instant));
        expect(formatPartialDate(partial(text.slice(0, 7)), id), mismatch).to.equal(monthYear(instant));
        expect(formatPartialDate(partial(text.slice(0, 4)), id), mismatch).to.equal(year(instant));
        expect(formatTick(instant, 'day', id, false), mismatch).to.equal(tickDay(instant));
        expect(formatTick(instant, 'month', id, true), mismatch).to.equal(tickMonthYear(instant));
        // A month tick says its year in January only.
        if (!text.slice(5).startsWith('01')) expect(formatTick(instant, 'month', id, false), mismatch).to.equal(tickMonth(instant));
        // A range from the first of the month says its first day, or day and month, alone.
        if (!text.endsWith('-01')) {
          const first = `${text.slice(0, 8)}01`;
          const firstInstant = when(first).start;
          expect(formatEventDate(when(first, text), id), mismatch).to.equal(`${day(firstInstant)} – ${full(instant)}`);
        }
        if (!text.slice(5).startsWith('01')) {
          const january = `${text.slice(0, 4)}-01`;
          const januaryInstant = when(january).start;
          expect(formatEventDate(when(`${january}-01`, text), id), mismatch).to.equal(`${dayMonth(januaryInstant)} – ${full(instant)}`);
          expect(formatEventDate(when(january, text.slice(0, 7)), id), mismatch).to.equal(`${month(januaryInstant)} – ${monthYear(instant)}`);
        }
      }
    });
  }

  it('reads year 0000 as 0, as the file writes it (Intl would print 1, meaning 1 BC)', () => {
    expect(formatPartialDate(partial('0000'), 'en')).to.equal('0');
    expect(formatPartialDate(partial('0000-07'), 'fr')).to.equal('juillet 0');
  });

  it('writes them without Intl, and a language added with its Intl tag with it', () => {
    // Every Intl date formatter, new or kept from an earlier call, formats through this getter.
    const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    let used = 0;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      ...format,
      get(this: Intl.DateTimeFormat) {
        used++;
        return format.get!.call(this);
      },
    });
    try {
      expect(formatEventDate(when('2024-06-30', '2024-07-02'), 'en')).to.equal('30 June – 2 July 2024');
      expect(formatTick(Date.UTC(2024, 8, 1), 'month', 'fr', true)).to.equal('sept. 2024');
      expect(used).to.equal(0);
      registerDateLocale('nl', { intlTag: 'nl-NL', approximately: (date) => `ca. ${date}` });
      expect(formatPartialDate(partial('2024-07-20'), 'nl')).to.equal('20 juli 2024');
      expect(used).to.equal(1);
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', format);
    }
  });
});
