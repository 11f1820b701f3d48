import { expect } from '@esm-bundle/chai';
import { timeScale } from '../../src/layout/time-scale.js';
import { chooseTicks, tickPrecision } from '../../src/layout/ticks.js';
import { formatTick } from '../../src/model/format-date.js';

const utc = Date.UTC;

describe('axis ticks', () => {
  it('names ticks by the precision they run at', () => {
    expect(tickPrecision([utc(2023, 0, 1), utc(2024, 0, 1)])).to.equal('year');
    expect(tickPrecision([utc(2024, 4, 1), utc(2024, 5, 1)])).to.equal('month');
    expect(tickPrecision([utc(2024, 6, 14), utc(2024, 6, 21)])).to.equal('day');
  });

  it('chooses ticks for the room there is, never finer than a day', () => {
    const scale = timeScale([utc(2024, 6, 20), utc(2024, 6, 21)], [0, 900]);
    const ticks = chooseTicks((count) => scale.ticks(count), 900, 100);
    expect(ticks.values.every((value) => value % 86_400_000 === 0)).to.equal(true);
    const wide = timeScale([utc(1994, 0, 1), utc(2025, 0, 1)], [0, 900]);
    const yearly = chooseTicks((count) => wide.ticks(count), 900, 100);
    expect(yearly.precision).to.equal('year');
    expect(yearly.values.length).to.be.at.most(9);
  });

  it('labels ticks in the reader’s language, with the year where it changes', () => {
    expect(formatTick(utc(2024, 6, 1), 'month', 'en', false)).to.equal('Jul');
    expect(formatTick(utc(2024, 0, 1), 'month', 'en', false)).to.equal('Jan 2024');
    expect(formatTick(utc(2024, 6, 1), 'month', 'en', true)).to.equal('Jul 2024');
    expect(formatTick(utc(2024, 6, 1), 'month', 'fr', false)).to.equal('juil.');
    expect(formatTick(utc(2024, 6, 20), 'day', 'en', false)).to.equal('20 Jul');
    expect(formatTick(utc(2024, 0, 1), 'year', 'en', false)).to.equal('2024');
  });
});
