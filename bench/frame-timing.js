// How the bench times frames: on the page's main thread, at the browser's own frame clock,
// counting the work of a frame and never the idle wait before it.

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves after the frame being made when it is called has been rendered: a message posted
 * during a frame's animation callbacks is delivered after that frame's style, layout, paint
 * and commit, in the next task.
 */
export const rendered = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** The end of the next frame's rendering. */
export const nextFrameRendered = () => frame().then(rendered);

/**
 * The main-thread time of the next `count` frames, each from its first animation callback to
 * the end of its rendering. Each frame's callback is asked for before any other, at the start
 * of the frame before, so that its time holds every other callback of its frame: a library
 * that draws in the frame after a change (vis-timeline does) is timed whole.
 */
export const framesWork = (count) =>
  new Promise((resolve) => {
    let total = 0;
    let left = count;
    const onFrame = () => {
      const began = performance.now();
      if (left > 1) requestAnimationFrame(onFrame);
      rendered().then(() => {
        total += performance.now() - began;
        if (--left === 0) resolve(total);
      });
    };
    requestAnimationFrame(onFrame);
  });
