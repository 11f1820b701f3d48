// d3-zoom imports d3-transition only to stop transitions before it moves the view. The element
// never starts one (its smooth moves are its own: smooth-zoom.ts), and with no transitions,
// stopping them is doing nothing (the stand-in selection's `interrupt` does nothing too).
export function interrupt(): void {}
