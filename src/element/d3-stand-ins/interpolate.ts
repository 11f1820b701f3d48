// d3-zoom imports d3-interpolate only for the path of a zoom transition, which the element never
// starts (smooth-zoom.ts draws its own moves). Importing d3-interpolate would bring d3-color,
// which its colour interpolators keep in any bundle.
export function interpolateZoom(): never {
  throw new Error('conflict-timeline: zoom transitions are not part of this build');
}
