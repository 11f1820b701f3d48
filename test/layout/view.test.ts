import { expect } from '@esm-bundle/chai';
import { crowdStretches, firstWindow, keptScale, MIN_WINDOW, panAnchor, VIEW_LAYOUT } from '../../src/layout/view.js';
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

describe('the anchor of a panned view', () => {
  const view = (start: number) => ({ start: start * DAY, end: (start + 10) * DAY });

  it('places marks afresh from the view’s start at a new scale', () => {
    const anchor = panAnchor(undefined, { k: 2, x: -50 }, view(100));
    expect(anchor).to.deep.equal({ k: 2, x: -50, leadInStart: 100 * DAY });
    expect(panAnchor(anchor, { k: 3, x: -80 }, view(104))).to.deep.equal({ k: 3, x: -80, leadInStart: 104 * DAY });
  });

  it('holds while the view pans at the same scale within a view’s length of its lead-in', () => {
    const anchor = panAnchor(undefined, { k: 2, x: -50 }, view(100));
    expect(panAnchor(anchor, { k: 2, x: -150 }, view(105))).to.equal(anchor);
    expect(panAnchor(anchor, { k: 2, x: -250 }, view(110))).to.equal(anchor);
  });

  it('starts the lead-in again half a view before the view, past that either way', () => {
    const anchor = panAnchor(undefined, { k: 2, x: -50 }, view(100));
    expect(panAnchor(anchor, { k: 2, x: -270 }, view(111))).to.deep.equal({ k: 2, x: -270, leadInStart: 106 * DAY });
    expect(panAnchor(anchor, { k: 2, x: -30 }, view(99))).to.deep.equal({ k: 2, x: -30, leadInStart: 94 * DAY });
  });

  it('keeps the scale of a window as long as the view’s, to a rounding error', () => {
    expect(keptScale(2 * (1 + 1e-12), 2)).to.equal(2);
    expect(keptScale(2.5, 2)).to.equal(2.5);
  });
});

describe('the stretches crowds are counted in', () => {
  const full = { start: Date.parse('1990-01-01'), end: Date.parse('2025-01-01') };
  /** A view `scale` times closer than the whole on 1,000 pixels, panned by `pan` pixels. */
  const zoomed = (scale: number, pan: number) => (instant: number) => ((instant - full.start) / (full.end - full.start)) * 1000 * scale + pan;
  /** The instants where stretches begin, from the start of everything to `until`. */
  const edges = (scale: number, until: number) => {
    const x = zoomed(scale, -123);
    const { origin, stretchWidth } = crowdStretches(full, x);
    const msPerPixel = (full.end - full.start) / (x(full.end) - origin);
    return Array.from({ length: Math.floor((x(until) - origin) / stretchWidth) + 1 }, (_, index) => full.start + index * stretchWidth * msPerPixel);
  };

  it('are wide enough for a count and no more than twice that, at any zoom', () => {
    for (let scale = 0.05; scale < 5000; scale *= 1.37) {
      const { stretchWidth } = crowdStretches(full, zoomed(scale, 40));
      expect(stretchWidth).to.be.at.least(VIEW_LAYOUT.clusterWidth - 1e-9);
      expect(stretchWidth).to.be.below(2 * VIEW_LAYOUT.clusterWidth);
    }
  });

  it('begin where everything begins, wherever the view is panned', () => {
    expect(crowdStretches(full, zoomed(3, -480)).origin).to.equal(-480);
  });

  it('only split as the view zooms in: every edge stays an edge', () => {
    const until = Date.parse('1992-01-01');
    let farther = edges(1, until);
    for (let scale = 1.17; scale < 200; scale *= 1.17) {
      const closer = edges(scale, until);
      const kept = farther.filter((edge) => closer.some((other) => Math.abs(other - edge) < 1000));
      expect(kept.length, `at ${scale.toFixed(2)}× the whole`).to.equal(farther.length);
      expect(closer.length).to.be.at.least(farther.length);
      farther = closer;
    }
  });
});
