import { expect } from '@esm-bundle/chai';
import { firstWindow, MIN_WINDOW } from '../../src/layout/view.js';
import type { TimelineEvent } from '../../src/model/index.js';

const DAY = 86_400_000;
const on = (iso: string, days = 1) => ({ when: { start: Date.parse(iso), end: Date.parse(iso) + days * DAY } }) as TimelineEvent;

describe('the first view', () => {
  const full = { start: Date.parse('2020-01-01'), end: Date.parse('2025-01-01') };

  it('shows a lone event in a week around it, not in a window of no width', () => {
    const window = firstWindow([on('2024-07-20')], full);
    expect(window.end - window.start).to.equal(MIN_WINDOW);
    expect(window.start).to.be.below(Date.parse('2024-07-20'));
    expect(window.end).to.be.above(Date.parse('2024-07-21'));
  });

  it('frames where most events are, leaving out a far-off few', () => {
    const events = [on('2001-01-01'), ...Array.from({ length: 9 }, (_, index) => on(`2024-0${index + 1}-01`))];
    const window = firstWindow(events, full);
    expect(window.start).to.be.above(Date.parse('2023-12-01'));
    expect(window.end).to.be.below(Date.parse('2024-10-01'));
  });

  it('shows start to end, whole months and years, when they are given', () => {
    expect(firstWindow([], full, '2024-05', '2024-07')).to.deep.equal({ start: Date.parse('2024-05-01'), end: Date.parse('2024-08-01') });
    expect(firstWindow([], full, '2024'), 'from a start to the end of everything').to.deep.equal({ start: Date.parse('2024-01-01'), end: full.end });
  });
});
