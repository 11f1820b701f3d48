import { expect } from '@esm-bundle/chai';
import { zoomIdentity } from 'd3-zoom';
import { timeScale } from '../../src/layout/time-scale.js';

const utc = Date.UTC;

describe('timeScale', () => {
  const scale = timeScale([utc(2024, 0, 1), utc(2025, 0, 1)], [0, 366]);

  it('maps instants to pixels and back', () => {
    expect(scale(utc(2024, 6, 20))).to.equal(201);
    expect(scale(new Date(utc(2024, 0, 1)))).to.equal(0);
    expect(+scale.invert(201)).to.equal(utc(2024, 6, 20));
  });

  it('is a value: domain and range make new scales', () => {
    const wider = scale.range([0, 732]);
    expect(wider(utc(2024, 6, 20))).to.equal(402);
    expect(scale(utc(2024, 6, 20))).to.equal(201);
    expect(scale.domain().map(Number)).to.deep.equal([utc(2024, 0, 1), utc(2025, 0, 1)]);
    expect(scale.copy()(utc(2024, 6, 20))).to.equal(201);
  });

  it('works with d3-zoom: a transform rescales it to the zoomed view', () => {
    const zoomed = zoomIdentity.translate(-201, 0).scale(2).rescaleX(scale);
    expect(+zoomed.domain()[0]!).to.equal(utc(2024, 3, 10, 12));
    expect(zoomed(utc(2024, 6, 20))).to.be.closeTo(201, 1e-9);
  });

  it('ticks at whole UTC months for a year', () => {
    const ticks = scale.ticks(12).map((date) => date.toISOString().slice(0, 10));
    expect(ticks[0]).to.equal('2024-01-01');
    expect(ticks[1]).to.equal('2024-02-01');
  });
});
