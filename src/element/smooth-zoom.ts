import { interpolateZoom } from 'd3-interpolate';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

/** Slow at both ends, as d3's transitions move by default. */
const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * Moves a horizontal zoom from one transform to another, one step a frame, along the path d3's
 * zoom transitions take (out, across, in). d3-transition would do it, but with colour and
 * attribute interpolators the element never uses: about 9 KB gzip for every reader.
 * Returns a function that stops the move where it is.
 */
export function animateZoom(from: ZoomTransform, to: ZoomTransform, width: number, duration: number, step: (transform: ZoomTransform) => void): () => void {
  const centre = width / 2;
  const path = interpolateZoom([from.invertX(centre), 0, width / from.k], [to.invertX(centre), 0, width / to.k]);
  const began = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    const progress = Math.min(1, Math.max(0, (now - began) / duration));
    if (progress < 1) {
      const [x, , viewWidth] = path(easeCubicInOut(progress)) as [number, number, number];
      const scale = width / viewWidth;
      step(zoomIdentity.translate(centre - x * scale, 0).scale(scale));
      frame = requestAnimationFrame(tick);
    } else step(to);
  });
  return () => cancelAnimationFrame(frame);
}
