// Runs in the page: draws one library on given data, then moves its view through a fixed
// sequence, timing the work of each step: its script, then the two frames after it on the page's
// main thread (callbacks, style, layout, paint and commit), without the idle time between.
// Rasterizing and compositing follow on other threads and are not in the time.
import { frame, framesWork, nextFrameRendered } from './frame-timing.js';

const host = document.querySelector('#host');
const DAY = 86_400_000;

/** Nodes in the page, counting those inside shadow roots. */
function countNodes(root = document) {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count++;
    if (node.shadowRoot) count += countNodes(node.shadowRoot);
  }
  return count;
}

/** Sixty windows: zoom in on the middle, pan right, zoom back out. */
function sequence(start, end) {
  const windows = [];
  let [from, to] = [start, end];
  for (let step = 0; step < 20; step++) {
    const centre = (from + to) / 2;
    const half = ((to - from) / 2) * 0.85;
    [from, to] = [centre - half, centre + half];
    windows.push([from, to]);
  }
  for (let step = 0; step < 20; step++) {
    const shift = (to - from) * 0.05;
    [from, to] = [from + shift, to + shift];
    windows.push([from, to]);
  }
  for (let step = 0; step < 20; step++) {
    const centre = (from + to) / 2;
    const half = ((to - from) / 2) / 0.85;
    [from, to] = [centre - half, centre + half];
    windows.push([from, to]);
  }
  return windows;
}

const libraries = {
  async ours(file) {
    const element = document.createElement('conflict-timeline');
    host.append(element);
    await customElements.whenDefined('conflict-timeline');
    let checked;
    element.addEventListener('timeline-load', () => (checked = performance.now()), { once: true });
    const started = performance.now();
    element.data = file;
    // Until the end of the first frame that draws marks.
    while (!element.view || element.shadowRoot.querySelectorAll('.mark, .cluster').length === 0) await nextFrameRendered();
    const firstFrame = performance.now() - started;
    return {
      firstFrame,
      // The element checks the data before it lays anything out, and says so when done.
      checkMs: checked - started,
      window: () => [+element.view.start, +element.view.end],
      show: (from, to) => element.zoomTo(from, to),
    };
  },
  async vis(file, items) {
    const started = performance.now();
    const timeline = new window.vis.Timeline(host, items, { width: '1200px', height: '400px', stack: true });
    // It draws as it is made, then once more a frame later.
    await nextFrameRendered();
    await nextFrameRendered();
    const firstFrame = performance.now() - started;
    return {
      firstFrame,
      window: () => {
        const { start, end } = timeline.getWindow();
        return [+start, +end];
      },
      show: (from, to) => timeline.setWindow(from, to, { animation: false }),
    };
  },
  /**
   * No library: as many plain marks as the element draws in a typical view (a shape and a
   * label each, in a shadow root), all moved at every step. What a frame costs on this machine
   * before any timeline work: the floor under every frame time measured here.
   */
  reference: () => movingMarks(REFERENCE_MARKS),
  /**
   * No library: the same marks changed at every step as the element's longest steps change
   * them (all moved, a third widened or narrowed as bars are, and 40 replaced by new marks),
   * what the browser alone takes for such a step.
   */
  churn: () => movingMarks(REFERENCE_MARKS, CHURNED_MARKS),
  /** No library, one mark moved: what the measure itself costs, two frames a step. */
  single: () => movingMarks(1),
};

/** Marks drawn by the element in a median step of the 10,000-event sequence. */
const REFERENCE_MARKS = 100;
/** Marks drawn anew in one of the longest steps of the 10,000-event sequence. */
const CHURNED_MARKS = 40;

/**
 * A page of `count` plain marks, drawn as the element draws them, every one moved at each step;
 * with `replaced`, a third of them are bars whose width changes at each step, and that many
 * marks are replaced by new ones at each step.
 */
async function movingMarks(count, replaced = 0) {
  const root = host.attachShadow({ mode: 'open' });
  const style = new CSSStyleSheet();
  style.replaceSync(
    '.mark{position:absolute;left:0;top:0;display:flex;flex-direction:column}' +
      '.shape{width:12px;height:12px;border-radius:999px;background:#1f5fbf}.label{font-size:12px;white-space:nowrap}' +
      '.bar .shape{width:100%;border-radius:3px}',
  );
  root.adoptedStyleSheets = [style];
  const started = performance.now();
  const makeMark = (index) => {
    const mark = document.createElement('div');
    mark.className = replaced > 0 && index % 3 === 0 ? 'mark bar' : 'mark';
    mark.role = 'button';
    mark.tabIndex = -1;
    const shape = document.createElement('span');
    shape.className = 'shape';
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = `Event ${index}`;
    mark.append(shape, label);
    return mark;
  };
  let marks = Array.from({ length: count }, (_, index) => makeMark(index));
  root.append(...marks);
  let made = count;
  await nextFrameRendered();
  const firstFrame = performance.now() - started;
  let view = [0, DAY * 365];
  let step = 0;
  return {
    firstFrame,
    window: () => view,
    // Every mark stays in view and moves, as marks do when the view pans.
    show: (from, to) => {
      view = [from, to];
      step++;
      if (replaced > 0) {
        for (const mark of marks.slice(0, replaced)) mark.remove();
        const fresh = Array.from({ length: replaced }, () => makeMark(made++));
        root.append(...fresh);
        marks = marks.slice(replaced).concat(fresh);
      }
      marks.forEach((mark, index) => {
        mark.style.transform = `translate(${(index * 37 + step * 13) % 1150}px, ${(index % 7) * 38}px)`;
        if (mark.classList.contains('bar')) mark.style.width = `${20 + ((index * 7 + step * 3) % 90)}px`;
      });
    },
  };
}

window.runBench = async (library, url, visUrl) => {
  const file = await (await fetch(url)).json();
  const items = library === 'vis' ? await (await fetch(visUrl)).json() : undefined;
  await frame();
  const drawn = await libraries[library](file, items);
  const [start, end] = drawn.window();
  const frameTimes = [];
  for (const [from, to] of sequence(start, Math.max(end, start + DAY))) {
    // The frame that draws the change, and the one after, where a library that draws late
    // finishes; an element with nothing left to do spends well under a millisecond there.
    const frames = framesWork(2);
    const began = performance.now();
    await drawn.show(from, to);
    const script = performance.now() - began;
    frameTimes.push(script + (await frames));
  }
  return { firstFrame: drawn.firstFrame, checkMs: drawn.checkMs, frameTimes, nodes: countNodes() };
};
