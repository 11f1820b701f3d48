// Smooth moves between two views: the path d3's zoom transitions take, drawn frame by frame.
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

/** Slow at both ends, as d3's transitions move by default. */
const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/** How much a move zooms out to travel: √2, as in d3's zoom transitions. */
const RHO = Math.SQRT2;

/**
 * The path of a smooth move between two views of a line, each a centre and a width: out, across
 * and back in when the views are far apart (van Wijk and Nuij, "Smooth and efficient zooming and
 * panning", 2003), a steady zoom when they share a centre. The same path as d3-interpolate's
 * interpolateZoom, on one axis; that module would bring d3-color into every reader's bundle.
 */
export function zoomPath(centre0: number, width0: number, centre1: number, width1: number): (t: number) => { centre: number; width: number } {
  const distance = Math.abs(centre1 - centre0);
  const at = (share: number, width: number) => ({ centre: centre0 + share * (centre1 - centre0), width });
  // Views this close share a centre as far as the eye can tell, and the path's formula would
  // lose its digits: a steady zoom.
  if (distance < 1e-3 * Math.min(width0, width1)) {
    const scaleRate = Math.log(width1 / width0);
    return (t) => at(t, width0 * Math.exp(t * scaleRate));
  }
  const rho2 = RHO * RHO;
  const b0 = (width1 * width1 - width0 * width0 + rho2 * rho2 * distance * distance) / (2 * width0 * rho2 * distance);
  const b1 = (width1 * width1 - width0 * width0 - rho2 * rho2 * distance * distance) / (2 * width1 * rho2 * distance);
  // log(√(b² + 1) − b), written so that it stays a number when b is large.
  const r0 = -Math.asinh(b0);
  const r1 = -Math.asinh(b1);
  return (t) => {
    const r = r0 + t * (r1 - r0);
    const share = (width0 / (rho2 * distance)) * (Math.cosh(r0) * Math.tanh(r) - Math.sinh(r0));
    return at(share, (width0 * Math.cosh(r0)) / Math.cosh(r));
  };
}

/**
 * Moves a horizontal zoom from one transform to another, one step a frame along `zoomPath`.
 * Returns a function that stops the move where it is.
 */
export function animateZoom(from: ZoomTransform, to: ZoomTransform, width: number, duration: number, step: (transform: ZoomTransform) => void): () => void {
  const middle = width / 2;
  const path = zoomPath(from.invertX(middle), width / from.k, to.invertX(middle), width / to.k);
  const began = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    const progress = Math.min(1, Math.max(0, (now - began) / duration));
    if (progress < 1) {
      const { centre, width: viewWidth } = path(easeCubicInOut(progress));
      const scale = width / viewWidth;
      step(zoomIdentity.translate(middle - centre * scale, 0).scale(scale));
      frame = requestAnimationFrame(tick);
    } else step(to);
  });
  return () => cancelAnimationFrame(frame);
}
