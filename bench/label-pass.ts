// `npx tsx bench/label-pass.ts`: what fitting the lanes to a first view costs at 10,000 events
// (once per data, width or font), against one layout of that view (each frame's work), in Node.
import { generateTimeline } from './generate.mjs';
import { validateTimeline } from '../src/model/index.js';
import { layoutScene } from '../src/layout/scene.js';
import { timeScale } from '../src/layout/time-scale.js';
import { itemsInWindow } from '../src/layout/time-window.js';
import { crowdStretches, firstWindow, fittingLanes, fullWindowOf, VIEW_LAYOUT, type LaneFit } from '../src/layout/view.js';

const { timeline } = validateTimeline(generateTimeline(10_000));
const full = fullWindowOf(timeline)!;
const window = firstWindow(timeline.events, full);
const scale = timeScale([window.start, window.end], [0, 1200]);
const events = itemsInWindow(timeline.events, window);
const place = (fit: LaneFit) =>
  layoutScene(events, timeline.eras, scale, (event) => event.title.length * 7, { ...VIEW_LAYOUT, ...fit, width: 1200, ...crowdStretches(full, scale), counted: timeline.events });
const median = (run: () => unknown) => {
  const times: number[] = [];
  for (let round = 0; round < 60; round++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[30]!.toFixed(2);
};
const fit = fittingLanes(place);
console.log(`10,000 events, first view: fitting the lanes ${median(() => fittingLanes(place))} ms (once); one layout in ${fit.lanes} lanes ${median(() => place(fit))} ms (a frame's)`);
