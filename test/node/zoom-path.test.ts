// The element's smooth moves follow d3's zoom path, on one axis, without d3-interpolate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { interpolateZoom } from 'd3-interpolate';
import { zoomPath } from '../../src/element/smooth-zoom.js';

/** Views as the element has them: a centre in a 1,000-pixel base view, down to 1/10,000 of it wide. */
const view = fc.record({ centre: fc.double({ min: 0, max: 1000, noNaN: true }), width: fc.double({ min: 0.1, max: 1000, noNaN: true }) });
const close = (a: number, b: number, tolerance = 1e-6) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

test('a move is where d3-interpolate’s interpolateZoom puts it, where d3’s formula keeps its digits', () => {
  const moves = [
    [100, 50, 900, 50],
    [500, 1000, 510, 2],
    [0, 0.5, 1000, 800],
    [300, 20, 300, 600],
  ] as const;
  for (const [centre0, width0, centre1, width1] of moves) {
    const ours = zoomPath(centre0, width0, centre1, width1);
    const d3 = interpolateZoom([centre0, 0, width0], [centre1, 0, width1]);
    for (let t = 0; t <= 1; t += 0.125) {
      const [centre, , width] = d3(t) as [number, number, number];
      assert.ok(close(ours(t).centre, centre) && close(ours(t).width, width), `${[centre0, width0, centre1, width1]} at ${t}`);
    }
  }
});

test('every move starts and ends at its views, and is a number all the way', () => {
  fc.assert(
    fc.property(view, view, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
      const path = zoomPath(from.centre, from.width, to.centre, to.width);
      const step = path(t);
      return (
        Number.isFinite(step.centre) &&
        step.width > 0 &&
        close(path(0).centre, from.centre) &&
        close(path(0).width, from.width) &&
        close(path(1).centre, to.centre) &&
        close(path(1).width, to.width)
      );
    }),
    { numRuns: 2000 },
  );
});

test('a move between far views zooms out on the way; one on the spot only zooms', () => {
  assert.ok(zoomPath(0, 10, 10_000, 10)(0.5).width > 100, 'the middle of the move sees more than either end');
  const onTheSpot = zoomPath(300, 10, 300, 1000)(0.5);
  assert.equal(onTheSpot.centre, 300);
  assert.ok(close(onTheSpot.width, 100), 'halfway in a steady zoom from 10 to 1000 is 100');
});
