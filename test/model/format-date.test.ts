import { expect } from '@esm-bundle/chai';
import { formatEventDate, formatPartialDate } from '../../src/model/format-date.js';
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
