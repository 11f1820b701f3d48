// Runs in the page: draws one library on given data, then moves its view through a fixed
// sequence, timing each step from the change to the frame after it is drawn.
const host = document.querySelector('#host');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
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
    const started = performance.now();
    element.data = file;
    while (!element.view || element.shadowRoot.querySelectorAll('.mark, .cluster').length === 0) await frame();
    await frame();
    const firstFrame = performance.now() - started;
    return {
      firstFrame,
      window: () => [+element.view.start, +element.view.end],
      show: (from, to) => element.zoomTo(from, to),
    };
  },
  async vis(file, items) {
    const started = performance.now();
    const timeline = new window.vis.Timeline(host, items, { width: '1200px', height: '400px', stack: true });
    await frame();
    await frame();
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
};

window.runBench = async (library, url, visUrl) => {
  const file = await (await fetch(url)).json();
  const items = library === 'vis' ? await (await fetch(visUrl)).json() : undefined;
  await frame();
  const drawn = await libraries[library](file, items);
  const [start, end] = drawn.window();
  const frameTimes = [];
  for (const [from, to] of sequence(start, Math.max(end, start + DAY))) {
    const began = performance.now();
    await drawn.show(from, to);
    await frame();
    await frame();
    frameTimes.push(performance.now() - began);
  }
  return { firstFrame: drawn.firstFrame, frameTimes, nodes: countNodes() };
};
