import { expect } from '@esm-bundle/chai';
import { countOutside, densestWindow, extentOf, firstStartingAtOrAfter, itemsInWindow, latestEnds, padWindow, sortedEnds } from '../../src/layout/time-window.js';

const item = (start: number, end: number) => ({ when: { start, end } });

describe('time windows', () => {
  const items = [item(0, 10), item(5, 100), item(20, 30), item(40, 41), item(90, 95)];

  it('finds where starts reach a time by binary search', () => {
    expect(firstStartingAtOrAfter(items, -1)).to.equal(0);
    expect(firstStartingAtOrAfter(items, 5)).to.equal(1);
    expect(firstStartingAtOrAfter(items, 6)).to.equal(2);
    expect(firstStartingAtOrAfter(items, 1000)).to.equal(5);
  });

  it('keeps the items that overlap a window, including one that spans it', () => {
    expect(itemsInWindow(items, { start: 25, end: 45 })).to.deep.equal([items[1], items[2], items[3]]);
    expect(itemsInWindow(items, { start: 10, end: 20 }), 'end is exclusive').to.deep.equal([items[1]]);
    expect(itemsInWindow(items, { start: 200, end: 300 })).to.deep.equal([]);
  });

  it('finds the items in a window late in 10,000 without reading those before it', () => {
    let reads = 0;
    const many = Array.from({ length: 10_000 }, (_, index) => {
      const when = { start: index * 10, end: index === 3 ? 1_000_000 : index * 10 + 5 };
      return {
        get when() {
          reads++;
          return when;
        },
      };
    });
    const latest = latestEnds(many);
    reads = 0;
    const found = itemsInWindow(many, { start: 90_000, end: 90_050 }, latest);
    // Two binary searches read about 14 items each; reading every item before the window, 9,005.
    expect(reads).to.be.lessThan(100);
    expect(found).to.deep.equal([many[3], ...many.slice(9_000, 9_005)]);
  });

  it('counts the items wholly outside either edge, not those that reach into the window', () => {
    const ends = sortedEnds(items);
    expect([...ends]).to.deep.equal([10, 30, 41, 95, 100]);
    expect(countOutside(items, ends, { start: 15, end: 50 }), '0–10 before, 90–95 after; 5–100 is in view').to.deep.equal({ before: 1, after: 1 });
    expect(countOutside(items, ends, { start: -5, end: 200 })).to.deep.equal({ before: 0, after: 0 });
    expect(countOutside(items, ends, { start: 95, end: 96 }), 'an item ending on the start is before').to.deep.equal({ before: 4, after: 0 });
  });

  it('spans all items and pads a window', () => {
    expect(extentOf(items)).to.deep.equal({ start: 0, end: 100 });
    expect(extentOf([])).to.equal(undefined);
    expect(padWindow({ start: 0, end: 100 }, 0.1)).to.deep.equal({ start: -10, end: 110 });
  });

  it('finds the densest stretch, leaving out a lone event far away', () => {
    const story = [item(-5000, 1000), item(100, 101), item(110, 111), item(120, 130), item(150, 151), item(160, 161)];
    expect(densestWindow(story, 0.8)).to.deep.equal({ start: 100, end: 160 });
    expect(densestWindow(story, 1)).to.deep.equal({ start: -5000, end: 160 });
    expect(densestWindow([], 0.8)).to.equal(undefined);
    expect(densestWindow([item(7, 8)], 0.8)).to.deep.equal({ start: 7, end: 7 });
  });
});
