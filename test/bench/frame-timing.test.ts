import { expect } from '@esm-bundle/chai';
import { framesWork, nextFrameRendered } from '../../bench/frame-timing.js';

/** Keeps the main thread busy for `ms`, as a library's redraw would. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('bench frame timing', () => {
  beforeEach(() => nextFrameRendered());

  it('counts a redraw another script puts off to the next frame', async () => {
    const work = framesWork(2);
    requestAnimationFrame(() => busy(30));
    expect(await work).to.be.at.least(30);
  });

  it('counts a redraw put off once more, to the frame after', async () => {
    const work = framesWork(2);
    requestAnimationFrame(() => requestAnimationFrame(() => busy(30)));
    expect(await work).to.be.at.least(30);
  });

  it('counts the style and layout a change leaves to its frame', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const work = framesWork(1);
      // Made now, laid out only when the frame renders.
      host.append(...Array.from({ length: 20_000 }, (_, index) => Object.assign(document.createElement('span'), { textContent: `mark ${index} ` })));
      const measured = await work;
      // The same layout again, forced at once, takes about as long as the frame's did.
      host.style.width = '50%';
      const began = performance.now();
      void host.offsetHeight;
      const relayout = performance.now() - began;
      expect(measured).to.be.greaterThan(relayout / 2);
    } finally {
      host.remove();
    }
  });

  it('leaves out the idle wait between frames', async () => {
    const began = performance.now();
    const work = await framesWork(2);
    const waited = performance.now() - began;
    // Two frames of an idle page: most of their time is the wait for the frame clock.
    expect(work).to.be.lessThan(waited / 2);
  });
});
