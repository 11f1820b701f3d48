// d3-zoom imports d3-transition only to stop transitions before it moves the view. The element
// never starts one (its smooth moves are its own: smooth-zoom.ts), and with no transitions,
// stopping them is doing nothing.
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
